import { PNG } from "pngjs";
import { ProvenanceError } from "./provenance-error";
import { readPngHeader } from "./read-png-header";

/** Largest side decoded for a perceptual hash (a small file can claim a huge image). */
export const MAX_PERCEPTUAL_HASH_SIDE = 8192;

/** Hamming distance up to which two images are reported as the same picture. */
export const DEFAULT_SIMILARITY_DISTANCE = 10;

/**
 * A 64-bit difference hash (dHash) of a PNG: the image is decoded (pngjs), turned into
 * luma (BT.601), box-averaged down to 9x8, and each bit says whether a cell is brighter
 * than its right-hand neighbour. Re-encoding the same pixels gives the same hash, and small
 * edits (a pixel, mild compression, resizing) move it by a few bits; different pictures
 * differ in about half.
 *
 * @returns 16 lower-case hex digits, row by row, most significant bit first.
 * @throws ProvenanceError INPUT_INVALID when the bytes are not a decodable PNG within limits.
 */
export function perceptualHash(png: Uint8Array): string {
  const header = readPngHeader(png);
  if (!header) throw new ProvenanceError({ code: "INPUT_INVALID", message: "Not a PNG file: no perceptual hash.", details: { field: "image" } });
  if (header.width > MAX_PERCEPTUAL_HASH_SIDE || header.height > MAX_PERCEPTUAL_HASH_SIDE || header.width === 0 || header.height === 0) {
    throw new ProvenanceError({
      code: "INPUT_INVALID",
      message: `The PNG is ${header.width}x${header.height}; perceptual hashes are computed up to ${MAX_PERCEPTUAL_HASH_SIDE} pixels a side.`,
      details: { field: "image", width: header.width, height: header.height },
    });
  }
  let decoded: PNG;
  try {
    decoded = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  } catch (cause) {
    throw new ProvenanceError({ code: "INPUT_INVALID", message: `The PNG could not be decoded: ${(cause as Error).message}`, details: { field: "image" }, cause });
  }
  const { width, height, data } = decoded;
  const columns = 9;
  const rows = 8;
  const sums = new Float64Array(columns * rows);
  const counts = new Float64Array(columns * rows);
  for (let y = 0; y < height; y += 1) {
    const cellRow = Math.min(rows - 1, Math.floor((y * rows) / height));
    for (let x = 0; x < width; x += 1) {
      const cell = cellRow * columns + Math.min(columns - 1, Math.floor((x * columns) / width));
      const offset = (y * width + x) * 4;
      sums[cell]! += 0.299 * data[offset]! + 0.587 * data[offset + 1]! + 0.114 * data[offset + 2]!;
      counts[cell]! += 1;
    }
  }
  // An image narrower than 9 or shorter than 8 pixels leaves cells empty: they read as 0.
  const mean = (cell: number) => (counts[cell]! > 0 ? sums[cell]! / counts[cell]! : 0);
  let bits = 0n;
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns - 1; column += 1) {
      bits = (bits << 1n) | (mean(row * columns + column) > mean(row * columns + column + 1) ? 1n : 0n);
    }
  }
  return bits.toString(16).padStart(16, "0");
}

/** Number of differing bits between two perceptual hashes (0..64). */
export function perceptualDistance(left: string, right: string): number {
  let difference = BigInt(`0x${left}`) ^ BigInt(`0x${right}`);
  let count = 0;
  while (difference > 0n) {
    count += Number(difference & 1n);
    difference >>= 1n;
  }
  return count;
}
