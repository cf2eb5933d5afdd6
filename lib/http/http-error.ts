import { BaseError, type BaseErrorParameters } from "@/lib/errors/base-error";

/** Codes the HTTP edge raises itself; their statuses are in lib/errors/error-codes.ts. */
export type HttpErrorCode = "INPUT_INVALID" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "METHOD_NOT_ALLOWED" | "SERVER_BUSY";

/**
 * A request refused at the HTTP edge, before any domain code ran: a malformed field, a body
 * over its cap, a body of a type the route does not take. Always a 4xx; `details` names the
 * field and the reason (and the limit, for a body too large). SERVER_BUSY: every place in the
 * web server's queue was taken (lib/http/create-admission-gate.ts); it says when to retry.
 */
export class HttpError extends BaseError<HttpErrorCode> {
  override name = "HttpError";

  constructor(parameters: BaseErrorParameters<HttpErrorCode>) {
    super(parameters);
  }
}
