import { decodeImages, type DecodedImage } from "../../images/decode-images";

/** How two images differ, pixel by pixel (RGB only; alpha is ignored). */
export interface ImageDifference {
  sameSize: boolean;
  /** Mean absolute difference per channel, 0..255 (Infinity when the sizes differ). */
  meanAbsoluteDifference: number;
  /** Largest difference of any channel. */
  maxDifference: number;
  /** Share of pixels with any channel different, 0..1. */
  differingPixels: number;
}

/** The difference of two decoded images; it runs inside a decode worker, so it is self-contained. */
function differenceOf([a, b]: DecodedImage[]): ImageDifference {
  if (a!.width !== b!.width || a!.height !== b!.height) {
    return { sameSize: false, meanAbsoluteDifference: Number.POSITIVE_INFINITY, maxDifference: 255, differingPixels: 1 };
  }
  let total = 0;
  let max = 0;
  let differing = 0;
  const pixels = a!.width * a!.height;
  for (let pixel = 0; pixel < pixels; pixel += 1) {
    let any = false;
    for (let channel = 0; channel < 3; channel += 1) {
      const difference = Math.abs(a!.data[pixel * 4 + channel]! - b!.data[pixel * 4 + channel]!);
      total += difference;
      if (difference > max) max = difference;
      if (difference > 0) any = true;
    }
    if (any) differing += 1;
  }
  return { sameSize: true, meanAbsoluteDifference: total / (pixels * 3), maxDifference: max, differingPixels: differing / pixels };
}

/**
 * Decodes two images (off the event loop, within the pixel budget) and measures how far
 * apart their pixels are.
 *
 * @throws ImageError INPUT_INVALID, IMAGE_TOO_LARGE, IMAGE_DECODER_BUSY (see decodeImages).
 */
export async function compareImages(left: Uint8Array, right: Uint8Array): Promise<ImageDifference> {
  return decodeImages({
    images: [
      { bytes: left, field: "image" },
      { bytes: right, field: "reproduced image" },
    ],
    reduce: differenceOf,
  });
}
