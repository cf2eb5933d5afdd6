import { decodeImages as decodeInWorker, type DecodeImagesParameters } from "../../inference/images/decode-images";
import { isInferenceError } from "../../inference/inference-error";
import { toImageError } from "./image-error";

export type { DecodedImage } from "../../inference/images/decode-images";

/**
 * Decodes untrusted PNG or JPEG images within the pixel budget, off the event loop, in the
 * process's bounded pool of decode workers (inference/images: one place, shared with the
 * generator's source-image decode), and returns what `reduce` computes from the pixels.
 *
 * @throws ImageError INPUT_INVALID (400: `details.field`, `details.reason`), IMAGE_TOO_LARGE
 * (422: the limit and the image's values), IMAGE_DECODER_BUSY (429: `retryAfterSeconds`).
 */
export async function decodeImages<Options, Result>(parameters: DecodeImagesParameters<Options, Result>): Promise<Result> {
  try {
    return await decodeInWorker(parameters);
  } catch (error) {
    throw (isInferenceError(error) && toImageError(error)) || error;
  }
}
