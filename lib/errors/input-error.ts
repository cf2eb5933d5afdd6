import { BaseError, type BaseErrorParameters } from "./base-error";

type InputErrorCode = "INPUT_INVALID" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT";

/**
 * A request the caller can fix: bad input, missing or insufficient credentials, a missing
 * resource, or a state conflict. Always a 4xx; `details` should name the field and reason.
 */
export class InputError extends BaseError<InputErrorCode> {
  override name = "InputError";

  constructor(parameters: BaseErrorParameters<InputErrorCode>) {
    super(parameters);
  }
}
