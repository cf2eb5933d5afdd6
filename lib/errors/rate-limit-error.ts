import { BaseError } from "./base-error";

/** Parameters of {@link RateLimitError}. */
export interface RateLimitErrorParameters {
  /** What was refused, in words, with when to come back. */
  message: string;
  /** Whole seconds until a retry can succeed: sent as `Retry-After`. */
  retryAfterSeconds: number;
  /** The limit and what it counts (e.g. `{ limit: 30, windowSeconds: 60, scope: "ip" }`). */
  details?: Readonly<Record<string, unknown>>;
}

/**
 * Too many requests from one account or network address: 429 RATE_LIMITED, with
 * `details.retryAfterSeconds`, which the HTTP edge sends as `Retry-After`.
 */
export class RateLimitError extends BaseError<"RATE_LIMITED"> {
  override name = "RateLimitError";

  constructor({ message, retryAfterSeconds, details }: RateLimitErrorParameters) {
    super({ code: "RATE_LIMITED", message, details: { ...details, retryAfterSeconds } });
  }
}
