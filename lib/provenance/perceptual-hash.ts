import { decodeImages, type DecodedImage } from "../images/decode-images";

/** Hamming distance up to which two images are reported as the same picture. */
export const DEFAULT_SIMILARITY_DISTANCE = 10;

/**
 * The dHash of decoded pixels. It runs inside a decode worker (see decodeImages), so it is
 * self-contained: nothing from this module's scope.
 */
function differenceHashOf([image]: DecodedImage[]): string {
  const { width, height, data } = image!;
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

/**
 * A 64-bit difference hash (dHash) of a PNG or JPEG: the image is decoded (off the event
 * loop, within the pixel budget), turned into luma (BT.601), box-averaged down to 9x8, and
 * each bit says whether a cell is brighter than its right-hand neighbour. Re-encoding the
 * same pixels gives the same hash, and small edits (a pixel, mild compression, resizing)
 * move it by a few bits; different pictures differ in about half.
 *
 * @returns 16 lower-case hex digits, row by row, most significant bit first.
 * @throws ImageError INPUT_INVALID (not a decodable PNG or JPEG), IMAGE_TOO_LARGE (over the
 * budget: the header is read before anything is inflated), IMAGE_DECODER_BUSY.
 */
export async function perceptualHash(image: Uint8Array, { field = "image" }: { field?: string } = {}): Promise<string> {
  return decodeImages({ images: [{ bytes: image, field }], reduce: differenceHashOf });
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
