import { BaseError } from "./base-error";
import { ERROR_STATUS, type ErrorCode } from "./error-codes";

/**
 * HTTP status for a thrown value: its code's status for a {@link BaseError} (looked up in
 * the one table, `ERROR_STATUS`), otherwise 500. A code missing from the table (only
 * possible through a cast) is a 500 too rather than an `undefined` status.
 */
export function httpStatusOf(error: unknown): number {
  if (!(error instanceof BaseError)) return 500;
  const code: ErrorCode = error.code;
  return ERROR_STATUS[code] ?? 500;
}
