import { BaseError } from "@/lib/errors";

/** Longest reason shown for an error we did not write ourselves. */
const MAX_FOREIGN_REASON = 300;

/**
 * One line that says why a part is unhealthy. Our own errors carry messages written to be
 * shown; anything else (a library's error) is cut to its first line and a bounded length,
 * as stack traces and multi-line driver dumps do not belong on a status page.
 */
export function describeError(error: unknown): string {
  if (error instanceof BaseError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split("\n", 1)[0]?.trim() || "unknown error";
  return firstLine.length > MAX_FOREIGN_REASON ? `${firstLine.slice(0, MAX_FOREIGN_REASON - 3)}...` : firstLine;
}
