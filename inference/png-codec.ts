import { PNG } from "pngjs";
import { checkImageBudget, IMAGE_LIMITS } from "./images/check-image-budget";
import { decodeImages, type DecodedImage } from "./images/decode-images";
import { readImageHeader } from "./images/read-image-header";
import { InferenceError } from "./inference-error";

/**
 * PNG settings, fixed so the same pixels always give the same bytes: 8-bit RGB, no
 * ancillary chunks (no time, no gamma, no text), one filter type for every row (Paeth, good
 * on smooth gradients), zlib level 6 with the default strategy. The bytes depend on the
 * zlib that Node bundles; the generation facts record the ONNX Runtime version, and a
 * re-run check should use the same Node major version.
 */
export const PNG_ENCODING = {
  colorType: 2,
  inputColorType: 2,
  inputHasAlpha: false,
  bitDepth: 8,
  filterType: 4,
  deflateLevel: 6,
  deflateStrategy: 0,
} as const;

/** Encodes packed 8-bit RGB pixels (row-major, 3 bytes per pixel) as PNG. */
export function encodePng(rgb: Uint8Array, width: number, height: number): Uint8Array {
  if (rgb.length !== width * height * 3) throw new Error(`encodePng: ${rgb.length} bytes for ${width}x${height} RGB`);
  const data = Buffer.from(rgb.buffer, rgb.byteOffset, rgb.byteLength);
  const bytes = PNG.sync.write({ width, height, data } as unknown as PNG, { ...PNG_ENCODING });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Limits on source images, checked before the pixels are inflated. */
export const SOURCE_IMAGE_LIMITS = {
  /** Compressed size. */
  maxBytes: 32 * 1024 * 1024,
  /** Width and height, read from the PNG header before decoding (a small file can claim a huge image). */
  maxSide: 4096,
  /** Width × height (the decoder writes 4 bytes a pixel). */
  maxPixels: IMAGE_LIMITS.maxPixels,
  /** Width × height × bytes a pixel as stored (16-bit samples count double). */
  maxPixelBytes: IMAGE_LIMITS.maxPixelBytes,
} as const;

/** A decoded image as packed 8-bit RGB. */
export interface RgbImage {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** RGBA to packed RGB; runs inside a decode worker (see decodeImages), so it is self-contained. */
function packRgbOf([image]: DecodedImage[]): RgbImage {
  const { width, height, data } = image!;
  const rgb = new Uint8Array(width * height * 3);
  for (let pixel = 0, count = width * height; pixel < count; pixel += 1) {
    rgb[pixel * 3] = data[pixel * 4]!;
    rgb[pixel * 3 + 1] = data[pixel * 4 + 1]!;
    rgb[pixel * 3 + 2] = data[pixel * 4 + 2]!;
  }
  return { width, height, rgb };
}

/**
 * Decodes a PNG source image (any colour type pngjs reads) to packed 8-bit RGB; an alpha
 * channel is dropped, the colour channels kept as stored. The file size and the header
 * (dimensions, bit depth, colour type) are checked against {@link SOURCE_IMAGE_LIMITS}
 * before anything is inflated; the decode itself runs in the process's bounded pool of
 * decode workers (./images), off the event loop.
 *
 * @throws InferenceError INPUT_INVALID (not a PNG, truncated or corrupt), IMAGE_TOO_LARGE
 * (over the limits: details name them and the image's values), IMAGE_DECODER_BUSY.
 */
export async function decodePng(bytes: Uint8Array): Promise<RgbImage> {
  if (bytes.length > SOURCE_IMAGE_LIMITS.maxBytes) {
    throw new InferenceError("INPUT_INVALID", "The source image file is too large.", {
      details: { field: "sourceImage", sizeBytes: bytes.length, limitBytes: SOURCE_IMAGE_LIMITS.maxBytes },
    });
  }
  const read = readImageHeader(bytes);
  if (read.header?.format !== "png") {
    throw new InferenceError("INPUT_INVALID", "The source image is not a PNG file.", { details: { field: "sourceImage", reason: read.header === null ? read.reason : "a JPEG, not a PNG" } });
  }
  checkImageBudget(read.header, { field: "sourceImage", limits: SOURCE_IMAGE_LIMITS });
  return decodeImages({ images: [{ bytes, field: "sourceImage" }], reduce: packRgbOf, limits: SOURCE_IMAGE_LIMITS });
}

/**
 * Resamples packed RGB to a new size, bilinear with pixel centres aligned (the same
 * arithmetic on every platform: only + - * / and Math.floor/round).
 */
export function resizeRgb(image: RgbImage, width: number, height: number): RgbImage {
  if (image.width === width && image.height === height) return image;
  const output = new Uint8Array(width * height * 3);
  for (let row = 0; row < height; row += 1) {
    const sourceY = Math.min(image.height - 1, Math.max(0, ((row + 0.5) * image.height) / height - 0.5));
    const y0 = Math.floor(sourceY);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const fy = sourceY - y0;
    for (let column = 0; column < width; column += 1) {
      const sourceX = Math.min(image.width - 1, Math.max(0, ((column + 0.5) * image.width) / width - 0.5));
      const x0 = Math.floor(sourceX);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const fx = sourceX - x0;
      for (let channel = 0; channel < 3; channel += 1) {
        const top = image.rgb[(y0 * image.width + x0) * 3 + channel]! * (1 - fx) + image.rgb[(y0 * image.width + x1) * 3 + channel]! * fx;
        const bottom = image.rgb[(y1 * image.width + x0) * 3 + channel]! * (1 - fx) + image.rgb[(y1 * image.width + x1) * 3 + channel]! * fx;
        output[(row * width + column) * 3 + channel] = Math.round(top * (1 - fy) + bottom * fy);
      }
    }
  }
  return { width, height, rgb: output };
}
