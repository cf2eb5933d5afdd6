import { BaseError } from "./base-error";
import { httpStatusOf } from "./http-status-of";

/** JSON body of every error response. */
export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** Where unexpected errors are written in full; defaults to `console.error`. */
export type ErrorLogger = (message: string, error: unknown) => void;

/**
 * Turns any thrown value into an HTTP status and a JSON body that is safe to send.
 *
 * A {@link BaseError} keeps its code, message and details (they were written for callers);
 * its cause stays in the server. Anything else is a bug or an unwrapped library failure:
 * it is logged in full with a reference id, and the caller gets a generic 500 that carries
 * only that id, so no stack, path, SQL or key material leaks.
 */
export function toErrorResponse(
  error: unknown,
  log: ErrorLogger = (message, e) => console.error(message, e),
): { status: number; body: ErrorBody } {
  if (error instanceof BaseError) {
    if (httpStatusOf(error) >= 500) log(`[${error.code}] ${error.message}`, error);
    const hasDetails = Object.keys(error.details).length > 0;
    return {
      status: httpStatusOf(error),
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(hasDetails ? { details: { ...error.details } } : {}),
        },
      },
    };
  }
  const reference = crypto.randomUUID();
  log(`[INTERNAL ${reference}] unexpected error`, error);
  return {
    status: 500,
    body: { error: { code: "INTERNAL", message: `Internal error (reference ${reference})` } },
  };
}
