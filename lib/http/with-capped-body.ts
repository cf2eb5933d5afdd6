import { NextRequest } from "next/server";
import { findIllFormedString } from "./find-ill-formed-string";
import { invalidInput } from "./invalid-input";
import { mediaTypeOf } from "./media-type-of";
import { parseJsonText } from "./parse-json-text";
import { readTextBody } from "./read-text-body";

/**
 * The same request with its body read under a streaming cap ({@link readTextBody}, 413) and
 * checked (a JSON body must parse, and no text field may hold a NUL or a lone surrogate:
 * 400; then `check`, given the form's or the JSON object's fields), for a library that
 * reads the body itself without a limit (next-auth). Requests without a body are returned
 * as they are (after `check` with no fields).
 *
 * @throws HttpError PAYLOAD_TOO_LARGE (413) or INPUT_INVALID (400).
 */
export async function withCappedBody(
  request: NextRequest,
  { limitBytes, check }: { limitBytes: number; check?: (fields: Record<string, unknown>) => void },
): Promise<NextRequest> {
  if (request.method === "GET" || request.method === "HEAD" || request.body === null) {
    check?.({});
    return request;
  }
  const { bytes, text } = await readTextBody(request, { limitBytes });
  let value: unknown = text;
  const type = mediaTypeOf(request);
  if (type === "application/json") {
    value = parseJsonText(text);
  } else if (type === "application/x-www-form-urlencoded") {
    value = [...new URLSearchParams(text)];
  }
  const illFormed = findIllFormedString(value);
  if (illFormed !== undefined) throw invalidInput(illFormed.path.length > 0 ? illFormed.path.map(String).join(".") : "body", illFormed.reason);
  const fields = Array.isArray(value) ? Object.fromEntries(value as [string, string][]) : value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
  check?.(fields);
  return new NextRequest(request.url, { method: request.method, headers: request.headers, body: bytes as Uint8Array<ArrayBuffer> });
}
