import type { InferenceError } from "../../inference/inference-error";
import { BaseError, type BaseErrorParameters } from "../errors";

/**
 * Codes of image decoding: a file that is not a decodable PNG or JPEG (400, with `field`
 * and `reason`), one whose header is over the budget (422, the limit and the image's
 * values), and every decoder busy (429 with `details.retryAfterSeconds`).
 */
export type ImageErrorCode = "INPUT_INVALID" | "IMAGE_TOO_LARGE" | "IMAGE_DECODER_BUSY";

/** An image that cannot be decoded within limits, or no decoder free to do it. */
export class ImageError extends BaseError<ImageErrorCode> {
  override name = "ImageError";

  constructor(parameters: BaseErrorParameters<ImageErrorCode>) {
    super(parameters);
  }
}

const IMAGE_CODES = new Set<string>(["INPUT_INVALID", "IMAGE_TOO_LARGE", "IMAGE_DECODER_BUSY"]);

/** The decode module's error (inference/images, a leaf that cannot extend BaseError) as an {@link ImageError}; null for another code. */
export function toImageError(error: InferenceError): ImageError | null {
  if (!IMAGE_CODES.has(error.code)) return null;
  return new ImageError({ code: error.code as ImageErrorCode, message: error.message, details: error.details, cause: error });
}
