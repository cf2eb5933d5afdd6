import { BaseError, type BaseErrorParameters } from "./base-error";

/**
 * A signing key cannot be used: malformed, or stored where others can read it. Messages
 * name the file or variable and the fix; they never contain key material.
 */
export class KeyError extends BaseError<"KEY_INVALID" | "KEY_FILE_INSECURE"> {
  override name = "KeyError";

  constructor(parameters: BaseErrorParameters<"KEY_INVALID" | "KEY_FILE_INSECURE">) {
    super(parameters);
  }
}
