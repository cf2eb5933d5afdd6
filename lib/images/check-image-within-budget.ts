import { checkImageBudget, IMAGE_LIMITS, type ImageLimits } from "../../inference/images/check-image-budget";
import { readImageHeader } from "../../inference/images/read-image-header";
import { isInferenceError } from "../../inference/inference-error";
import { toImageError } from "./image-error";

/**
 * Refuses, from its header alone, a PNG or JPEG whose pixels would be over the decode
 * budget, before any other work is spent on it. Bytes that are not a PNG or JPEG pass: what
 * they are is for the code that reads them to say.
 *
 * @throws ImageError IMAGE_TOO_LARGE (422) naming the limit and the image's values, and `field`.
 */
export function checkImageWithinBudget(bytes: Uint8Array, { field, limits = IMAGE_LIMITS }: { field: string; limits?: ImageLimits }): void {
  const { header } = readImageHeader(bytes);
  if (header === null) return;
  try {
    checkImageBudget(header, { field, limits });
  } catch (error) {
    if (!isInferenceError(error)) throw error;
    // A zero side is a malformed image, not a large one: left to the decoder to report.
    if (error.code === "IMAGE_TOO_LARGE") throw toImageError(error)!;
  }
}
