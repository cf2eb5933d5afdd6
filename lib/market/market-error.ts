import { BaseError, type BaseErrorParameters } from "@/lib/errors/base-error";

type MarketErrorCode = "INPUT_INVALID" | "NOT_FOUND";

/** A market request the caller can fix: a bad query or id, or an auction that does not exist. */
export class MarketError extends BaseError<MarketErrorCode> {
  override name = "MarketError";

  constructor(parameters: BaseErrorParameters<MarketErrorCode>) {
    super(parameters);
  }
}
