import { HttpError } from "./http-error";

/** A 413 naming the limit (and the size seen so far, or the declared size). */
export function payloadTooLarge(limitBytes: number, sizeBytes?: number, field = "body"): HttpError {
  return new HttpError({
    code: "PAYLOAD_TOO_LARGE",
    message: `The ${field === "body" ? "request body" : field} is larger than the limit of ${limitBytes} bytes`,
    details: { field, reason: "too large", limitBytes, ...(sizeBytes === undefined ? {} : { sizeBytes }) },
  });
}
