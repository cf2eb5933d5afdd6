import { HttpError } from "./http-error";

/** A 405 saying which methods the path answers. */
export function methodNotAllowed(method: string, allowed: readonly string[]): HttpError {
  return new HttpError({
    code: "METHOD_NOT_ALLOWED",
    message: `${method} is not allowed here; use ${allowed.join(" or ")}`,
    details: { field: "method", reason: `not allowed: use ${allowed.join(" or ")}`, allow: allowed },
  });
}
