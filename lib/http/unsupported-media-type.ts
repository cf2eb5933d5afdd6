import { HttpError } from "./http-error";

/** A 415 saying which media type(s) the route takes and what it got. */
export function unsupportedMediaType(expected: string, received: string): HttpError {
  return new HttpError({
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: `Send the body as ${expected}`,
    details: { field: "content-type", reason: received === "" ? `missing: expected ${expected}` : `expected ${expected}, not ${received}`, expected },
  });
}
