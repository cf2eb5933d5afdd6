/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** The fields of a PNG's IHDR chunk as written, not yet checked against the specification. */
export interface PngIhdr {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

/** Whether the bytes start with the PNG signature. */
export function hasPngSignature(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/**
 * The IHDR of a PNG, read in place without inflating anything: `"short"` when the bytes end
 * before it, `"no-ihdr"` when the first chunk is not a 13-byte IHDR. The caller checks the
 * signature (hasPngSignature) and whether the values are allowed.
 */
export function readPngIhdr(bytes: Uint8Array): PngIhdr | "short" | "no-ihdr" {
  if (bytes.length < 33) return "short";
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (view.getUint32(8) !== 13 || chunkType !== "IHDR") return "no-ihdr";
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: bytes[24]!, colorType: bytes[25]!, interlace: bytes[28]! };
}
