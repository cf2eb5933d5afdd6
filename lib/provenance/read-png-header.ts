import { hasPngSignature, readPngIhdr } from "../../inference/images/read-png-ihdr";

/** What the PNG header (IHDR) says, read without inflating anything. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
}

/** The PNG's header, or null when the bytes are not a PNG file (signature, then IHDR first). */
export function readPngHeader(bytes: Uint8Array): PngHeader | null {
  if (!hasPngSignature(bytes)) return null;
  const ihdr = readPngIhdr(bytes);
  if (typeof ihdr === "string") return null;
  return { width: ihdr.width, height: ihdr.height, bitDepth: ihdr.bitDepth, colorType: ihdr.colorType };
}
