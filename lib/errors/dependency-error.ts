import { BaseError, type BaseErrorParameters } from "./base-error";

type DependencyErrorCode =
  | "DATABASE_UNAVAILABLE"
  | "CHAIN_UNAVAILABLE"
  | "STORAGE_UNAVAILABLE"
  | "INFERENCE_UNAVAILABLE"
  | "TIMEOUT";

/**
 * A part the server depends on (database, chain, content store, inference runtime) is
 * unreachable, not ready, or too slow. Always a 5xx: the request may work later.
 */
export class DependencyError extends BaseError<DependencyErrorCode> {
  override name = "DependencyError";

  constructor(parameters: BaseErrorParameters<DependencyErrorCode>) {
    super(parameters);
  }
}
