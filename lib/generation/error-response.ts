import { isInferenceError } from "@/inference/inference-error";
import { toErrorResponse } from "@/lib/errors";
import { fromInferenceError, GenerationError } from "./generation-error";

/**
 * The JSON error response of the generation routes: `{ error: { code, message, details } }`
 * with the status of the code (lib/errors), `Retry-After` when the error says when to come
 * back (a full queue, the rate limit), and never cached.
 */
export function errorResponse(error: unknown): Response {
  const { status, body } = toErrorResponse(isInferenceError(error) ? fromInferenceError(error) : error, (message, cause) => {
    // A full queue is a 503 by design, not a fault: it is not logged at every refusal.
    if (!(cause instanceof GenerationError && cause.code === "QUEUE_FULL")) console.error(message, cause);
  });
  const headers = new Headers({ "cache-control": "no-store" });
  const retryAfter = body.error.details?.retryAfterSeconds;
  if (typeof retryAfter === "number") headers.set("retry-after", String(retryAfter));
  return Response.json(body, { status, headers });
}
