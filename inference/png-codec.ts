import { PNG } from "pngjs";
import { InferenceError, messageOf } from "./inference-error";

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
} as const;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A decoded image as packed 8-bit RGB. */
export interface RgbImage {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/**
 * Decodes a PNG source image (any colour type pngjs reads) to packed 8-bit RGB; an alpha
 * channel is dropped, the colour channels kept as stored. Checks the file size and the
 * header's dimensions before inflating. Throws INPUT_INVALID or DIMENSIONS_TOO_LARGE.
 */
export function decodePng(bytes: Uint8Array): RgbImage {
  if (bytes.length > SOURCE_IMAGE_LIMITS.maxBytes) {
    throw new InferenceError("INPUT_INVALID", "The source image file is too large.", {
      details: { field: "sourceImage", sizeBytes: bytes.length, limitBytes: SOURCE_IMAGE_LIMITS.maxBytes },
    });
  }
  const isPng = bytes.length >= 33 && PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
  if (!isPng) throw new InferenceError("INPUT_INVALID", "The source image is not a PNG file.", { details: { field: "sourceImage" } });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width > SOURCE_IMAGE_LIMITS.maxSide || height > SOURCE_IMAGE_LIMITS.maxSide) {
    throw new InferenceError("DIMENSIONS_TOO_LARGE", "The source image is larger than the limit.", {
      details: { field: "sourceImage", width, height, maxSide: SOURCE_IMAGE_LIMITS.maxSide },
    });
  }
  let png: PNG;
  try {
    png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw new InferenceError("INPUT_INVALID", "The source image could not be decoded as PNG.", {
      details: { field: "sourceImage", reason: messageOf(error) },
      cause: error,
    });
  }
  const rgb = new Uint8Array(png.width * png.height * 3);
  for (let pixel = 0, count = png.width * png.height; pixel < count; pixel += 1) {
    rgb[pixel * 3] = png.data[pixel * 4]!;
    rgb[pixel * 3 + 1] = png.data[pixel * 4 + 1]!;
    rgb[pixel * 3 + 2] = png.data[pixel * 4 + 2]!;
  }
  return { width: png.width, height: png.height, rgb };
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
