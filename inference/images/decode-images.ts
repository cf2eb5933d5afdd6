import { InferenceError } from "../inference-error";
import { bytesPerPixelOf, checkImageBudget, IMAGE_LIMITS, type ImageLimits } from "./check-image-budget";
import { getImageDecodePool, ImageDecodeFailure, type ImageDecodePool } from "./image-decode-pool";
import { readImageHeader } from "./read-image-header";

/** An image as a reducer sees it: 8-bit RGBA, row-major, 4 bytes a pixel. */
export interface DecodedImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Parameters of {@link decodeImages}. */
export interface DecodeImagesParameters<Options, Result> {
  /** The files, each with the request field it came from (named in errors). */
  images: readonly { bytes: Uint8Array; field: string }[];
  /**
   * Runs in the worker on the decoded images and returns what the caller needs (a hash, a
   * difference, packed pixels), so megabytes of RGBA never cross back. It is sent as source
   * text: it must be self-contained (no imports, no variables from its module), and only
   * `options` (structured-cloneable) passes values in. Typed-array fields of its result
   * are transferred, not copied.
   */
  reduce: (images: DecodedImage[], options: Options) => Result;
  options?: Options;
  /** Default {@link IMAGE_LIMITS}. */
  limits?: ImageLimits;
  /** Default: the process's shared pool. */
  pool?: ImageDecodePool;
}

/**
 * Decodes untrusted PNG or JPEG images off the event loop, within a budget. Each header is
 * read and checked first (nothing is inflated for an image over the limits), then the files
 * go to a worker of the bounded decode pool, which decodes them fully (pngjs, jpeg-js) and
 * runs `reduce` on the pixels.
 *
 * @throws InferenceError INPUT_INVALID (not a PNG or JPEG, malformed header, truncated or
 * corrupt data: `details.field` and `details.reason`), IMAGE_TOO_LARGE (the limit and the
 * image's values), IMAGE_DECODER_BUSY (`details.retryAfterSeconds`).
 */
export async function decodeImages<Options, Result>({ images, reduce, options, limits = IMAGE_LIMITS, pool }: DecodeImagesParameters<Options, Result>): Promise<Result> {
  const checked = images.map(({ bytes, field }) => {
    const read = readImageHeader(bytes);
    if (read.header === null) {
      throw new InferenceError("INPUT_INVALID", `Invalid ${field}: ${read.reason}.`, { details: { field, reason: read.reason } });
    }
    const { header } = read;
    checkImageBudget(header, { field, limits });
    return {
      bytes,
      format: header.format,
      width: header.width,
      height: header.height,
      interlaced: header.interlaced,
      bytesPerPixel: bytesPerPixelOf(header),
      maxPixels: limits.maxPixels,
    };
  });
  try {
    return (await (pool ?? getImageDecodePool()).run({ images: checked, reduceSource: reduce.toString(), options })) as Result;
  } catch (error) {
    if (!(error instanceof ImageDecodeFailure)) throw error;
    // The reducer is ours: its failure is a bug, not the caller's input (a logged 500).
    if (error.index < 0) throw new Error(`image reducer failed: ${error.reason}`, { cause: error });
    const field = images[error.index]!.field;
    const { reason } = error;
    throw new InferenceError("INPUT_INVALID", `Invalid ${field}: the image could not be decoded (${reason}).`, { details: { field, reason }, cause: error });
  }
}
