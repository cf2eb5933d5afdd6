import { hasPngSignature, readPngIhdr } from "./read-png-ihdr";

/** Samples per pixel for each PNG colour type (3, palette, is one index a pixel). */
const PNG_CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Bit depths the PNG specification allows for each colour type. */
const PNG_BIT_DEPTHS: Readonly<Record<number, readonly number[]>> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/** What an image file's header says about its pixels, read without inflating or decoding anything. */
export interface ImageHeader {
  format: "png" | "jpeg";
  width: number;
  height: number;
  /** Bits per sample: 1 to 16 for PNG, the SOF precision (8 or 12) for JPEG. */
  bitDepth: number;
  /** Samples per pixel (PNG: from the colour type; JPEG: the SOF component count). */
  channels: number;
  /** PNG colour type (0, 2, 3, 4, 6); null for JPEG. */
  colorType: number | null;
  /** PNG Adam7 interlacing, or a progressive JPEG. */
  interlaced: boolean;
}

/** {@link readImageHeader}'s answer: the header, or why there is none. */
export type ReadImageHeaderResult = { header: ImageHeader } | { header: null; reason: string };

/**
 * Reads the dimensions, bit depth, channels and interlacing of a PNG (from IHDR) or a JPEG
 * (from its first SOF marker) in O(header) time, so a budget can be checked before a byte is
 * inflated. The bytes are recognised by their signature, never by a name or declared type.
 *
 * @returns `{ header }`, or `{ header: null, reason }` when the bytes are not a PNG or JPEG
 * or their header is malformed (the reason is written for a person).
 */
export function readImageHeader(bytes: Uint8Array): ReadImageHeaderResult {
  const format = sniffImageFormat(bytes);
  if (format === "png") return readPngImageHeader(bytes);
  if (format === "jpeg") return readJpegSof(bytes);
  return { header: null, reason: "not a PNG or JPEG image" };
}

/** PNG or JPEG by the file's first bytes (its signature), whatever follows; undefined for anything else. */
export function sniffImageFormat(bytes: Uint8Array): ImageHeader["format"] | undefined {
  if (hasPngSignature(bytes)) return "png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  return undefined;
}

function readPngImageHeader(bytes: Uint8Array): ReadImageHeaderResult {
  const ihdr = readPngIhdr(bytes);
  if (ihdr === "short") return { header: null, reason: "the PNG ends before its header (IHDR)" };
  if (ihdr === "no-ihdr") return { header: null, reason: "the PNG does not start with a 13-byte IHDR chunk" };
  const { width, height, bitDepth, colorType, interlace } = ihdr;
  const channels = PNG_CHANNELS[colorType];
  if (channels === undefined) return { header: null, reason: `the PNG colour type ${colorType} does not exist` };
  if (!PNG_BIT_DEPTHS[colorType]!.includes(bitDepth)) return { header: null, reason: `the PNG bit depth ${bitDepth} is not allowed with colour type ${colorType}` };
  if (interlace > 1) return { header: null, reason: `the PNG interlace method ${interlace} does not exist` };
  return { header: { format: "png", width, height, bitDepth, channels, colorType, interlaced: interlace === 1 } };
}

/** Start-of-frame markers: C0-CF except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function readJpegSof(bytes: Uint8Array): ReadImageHeaderResult {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return { header: null, reason: `the JPEG has no marker at byte ${offset}` };
    const marker = bytes[offset + 1]!;
    // Fill bytes (FF FF ...) and stand-alone markers carry no length.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return { header: null, reason: "the JPEG has no frame header (SOF) before its image data" };
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    if (length < 2) return { header: null, reason: `the JPEG segment at byte ${offset} has length ${length}` };
    if (isStartOfFrame(marker)) {
      if (offset + 2 + length > bytes.length || length < 8) return { header: null, reason: "the JPEG ends inside its frame header (SOF)" };
      const bitDepth = bytes[offset + 4]!;
      const height = (bytes[offset + 5]! << 8) | bytes[offset + 6]!;
      const width = (bytes[offset + 7]! << 8) | bytes[offset + 8]!;
      const channels = bytes[offset + 9]!;
      if (channels < 1 || channels > 4) return { header: null, reason: `the JPEG frame has ${channels} components` };
      // SOF2, SOF6, SOF10 and SOF14 are progressive.
      const interlaced = marker === 0xc2 || marker === 0xc6 || marker === 0xca || marker === 0xce;
      return { header: { format: "jpeg", width, height, bitDepth, channels, colorType: null, interlaced } };
    }
    offset += 2 + length;
  }
  return { header: null, reason: "the JPEG ends before its frame header (SOF)" };
}
