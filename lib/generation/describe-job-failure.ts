import { isInferenceError } from "@/inference/inference-error";
import { BaseError, httpStatusOf } from "@/lib/errors";

/**
 * The words a requester sees when a job fails: the message of an error raised on purpose
 * (an inference or server error: written for people, no secrets), or a generic line with a
 * reference when it was unexpected. Unexpected errors and server faults (5xx codes) are
 * logged in full.
 */
export function describeJobFailure(error: unknown, log: (message: string, error: unknown) => void = (m, e) => console.error(m, e)): string {
  if (error instanceof BaseError) {
    if (httpStatusOf(error) >= 500) log(`[generation] job failed: [${error.code}] ${error.message}`, error);
    return error.message;
  }
  if (isInferenceError(error)) return error.message;
  const reference = crypto.randomUUID();
  log(`[generation ${reference}] unexpected job failure`, error);
  return `Generation failed (reference ${reference})`;
}
