import { isInferenceError } from "@/inference/inference-error";
import { BaseError, toErrorResponse } from "@/lib/errors";
import { fromInferenceError } from "@/lib/generation/generation-error";

/** Refusals that are by design under load, not faults: not logged at every refusal. */
const EXPECTED_5XX = new Set(["QUEUE_FULL"]);

/**
 * Any thrown value as the API's JSON error `{ error: { code, message, details } }`, with the
 * status of its code from the one table (lib/errors `toErrorResponse`), never cached, and
 * `Retry-After` when the details say when to come back (`retryAfterSeconds`: a full queue,
 * a rate limit). An error of the inference module keeps its code. Anything unknown is a
 * logged 500 that carries only a reference id: never a stack, path or secret.
 */
export function respondError(error: unknown): Response {
  const known = isInferenceError(error) ? fromInferenceError(error) : error;
  const { status, body } = toErrorResponse(known, (message, cause) => {
    if (!(cause instanceof BaseError && EXPECTED_5XX.has(cause.code))) console.error(message, cause);
  });
  const headers = new Headers({ "cache-control": "no-store" });
  const retryAfter = body.error.details?.retryAfterSeconds;
  if (typeof retryAfter === "number" && Number.isFinite(retryAfter) && retryAfter >= 0) headers.set("retry-after", String(Math.ceil(retryAfter)));
  return Response.json(body, { status, headers });
}
