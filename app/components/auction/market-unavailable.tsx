import { BaseError } from "@/lib/errors";

/**
 * What a market page shows when the index cannot be read (database locked or down): the
 * reason when it is one of ours, else a generic line; the error itself is logged.
 */
export function MarketUnavailable({ error, what }: { error: unknown; what: string }) {
  if (!(error instanceof BaseError)) console.error(`[market] ${what} failed`, error);
  const reason = error instanceof BaseError ? error.message : "the server could not read the index";
  return (
    <p className="notice bad" role="alert">
      The {what} cannot be shown right now: {reason}. See <a href="/status">System status</a>.
    </p>
  );
}
