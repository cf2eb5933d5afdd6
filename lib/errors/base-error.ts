import type { ErrorCode } from "./error-codes";

/** Extra facts about a failure, safe to show to the caller (never secrets). */
export type ErrorDetails = Readonly<Record<string, unknown>>;

/** Parameters of {@link BaseError}. */
export interface BaseErrorParameters<Code extends ErrorCode = ErrorCode> {
  /** Stable code; its HTTP status is in {@link ERROR_STATUS}. */
  code: Code;
  /** One short sentence: what failed and, where there is one, the fix. */
  message: string;
  /** Facts that explain the failure (a field, a file path, a limit). Sent to callers. */
  details?: ErrorDetails;
  /** The lower-level error behind this one. Logged, never sent to callers. */
  cause?: unknown;
}

/**
 * Base of every error the server raises on purpose. It carries a stable `code` (mapped to
 * an HTTP status in one place, `ERROR_STATUS`), a short message that says what went wrong
 * and how to fix it, `details` a caller may see, and the `cause` for the logs.
 *
 * Subclasses exist per domain (config, keys, input, dependencies, chain...) so `instanceof`
 * narrows by domain while the code narrows by case.
 */
export class BaseError<Code extends ErrorCode = ErrorCode> extends Error {
  override name = "BaseError";
  readonly code: Code;
  readonly details: ErrorDetails;

  constructor({ code, message, details, cause }: BaseErrorParameters<Code>) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
    this.details = details ?? {};
  }
}
