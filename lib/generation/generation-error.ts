import type { InferenceError, InferenceErrorCode } from "@/inference/inference-error";
import { BaseError, type BaseErrorParameters, type ErrorCode } from "@/lib/errors";

/**
 * Codes of the generation domain: every code of the inference module (a model file or a
 * request the caller can fix, or an inference fault of ours), plus the two admission codes
 * that say when to come back.
 */
export type GenerationErrorCode = InferenceErrorCode | "QUEUE_FULL" | "RATE_LIMITED";

// Every inference code must have a status in lib/errors/error-codes.ts: this line stops
// the build when inference/ adds a code that the table lacks.
type UnmappedInferenceCode = Exclude<GenerationErrorCode, ErrorCode>;
const everyCodeMapped: [UnmappedInferenceCode] extends [never] ? true : UnmappedInferenceCode = true;
void everyCodeMapped;

/**
 * A generation, model-registration or upload failure. A full queue and the rate limit carry
 * `details.retryAfterSeconds`, which the routes send as `Retry-After`.
 */
export class GenerationError extends BaseError<GenerationErrorCode> {
  override name = "GenerationError";

  constructor(parameters: BaseErrorParameters<GenerationErrorCode>) {
    super(parameters);
  }
}

/**
 * The inference module's error as a server error with the same code, message and details
 * (`inference/` is a leaf and cannot extend BaseError itself). `field` is added to details
 * when the caller knows which request field the failure is about (e.g. the uploaded file).
 */
export function fromInferenceError(error: InferenceError, field?: string): GenerationError {
  const details = field !== undefined && !("field" in error.details) ? { field, ...error.details } : error.details;
  return new GenerationError({ code: error.code, message: error.message, details, cause: error });
}
