import { InferenceError } from "../inference-error";
import type { ImageHeader } from "./read-image-header";

/** How large an image may be before it is decoded: its header is checked against these. */
export interface ImageLimits {
  /** Width and height, each, in pixels. */
  maxSide: number;
  /** Width × height (every decoder writes 4 bytes a pixel of RGBA, whatever the file holds). */
  maxPixels: number;
  /** Width × height × bytes a pixel as stored (channels × 2 at 16 bits, × 1 otherwise): the inflated size. */
  maxPixelBytes: number;
}

/**
 * The default budget: any side up to 8192, at most 16.8 megapixels (4096×4096) and 64 MiB of
 * inflated samples, so 4096×4096 RGBA at 8 bits is the largest square image and 16-bit
 * images get half the pixels. A decode of an image at the limit holds about 130 MiB.
 */
export const IMAGE_LIMITS: ImageLimits = {
  maxSide: 8192,
  maxPixels: 4096 * 4096,
  maxPixelBytes: 64 * 1024 * 1024,
};

/** Bytes a pixel takes once inflated: a byte a sample (sub-byte depths are unpacked), two at 12 or 16 bits. */
export function bytesPerPixelOf(header: Pick<ImageHeader, "channels" | "bitDepth">): number {
  return header.channels * (header.bitDepth > 8 ? 2 : 1);
}

/**
 * Checks an image's header against a decode budget, before anything is inflated: a small
 * file can claim a huge image (a 522 KB PNG of zeros says 8192×8192 at 16 bits, 512 MiB).
 *
 * @throws InferenceError IMAGE_TOO_LARGE, whose message names the limit and the image's
 * values and whose details carry them all (and `field`); INPUT_INVALID for a zero side.
 */
export function checkImageBudget(header: ImageHeader, { field, limits = IMAGE_LIMITS }: { field: string; limits?: ImageLimits }): void {
  const { width, height, bitDepth } = header;
  const pixels = width * height;
  const bytesPerPixel = bytesPerPixelOf(header);
  const pixelBytes = pixels * bytesPerPixel;
  const facts = { field, format: header.format, width, height, bitDepth, channels: header.channels, pixels, bytesPerPixel, pixelBytes };
  if (width === 0 || height === 0) {
    throw new InferenceError("INPUT_INVALID", `The image header says ${width}x${height}: an image has at least one pixel.`, { details: { ...facts, reason: "zero width or height" } });
  }
  const image = `${width}x${height} at ${bitDepth} bits`;
  if (width > limits.maxSide || height > limits.maxSide) {
    throw new InferenceError("IMAGE_TOO_LARGE", `The image is ${image}; images are decoded up to ${limits.maxSide} pixels a side.`, {
      details: { ...facts, limit: "maxSide", ...limits },
    });
  }
  if (pixels > limits.maxPixels) {
    throw new InferenceError("IMAGE_TOO_LARGE", `The image is ${image}, ${pixels} pixels; images are decoded up to ${limits.maxPixels} pixels.`, {
      details: { ...facts, limit: "maxPixels", ...limits },
    });
  }
  if (pixelBytes > limits.maxPixelBytes) {
    throw new InferenceError(
      "IMAGE_TOO_LARGE",
      `The image is ${image}, ${pixelBytes} bytes of pixels (${bytesPerPixel} a pixel); images are decoded up to ${limits.maxPixelBytes} bytes.`,
      { details: { ...facts, limit: "maxPixelBytes", ...limits } },
    );
  }
}
