import { mediaTypeOf } from "./media-type-of";
import { parseJsonText } from "./parse-json-text";
import { readTextBody } from "./read-text-body";
import { unsupportedMediaType } from "./unsupported-media-type";

/** Default cap of a JSON body (64 KiB): every JSON request of the API is far smaller. */
export const DEFAULT_JSON_LIMIT_BYTES = 64 * 1024;

/**
 * Reads a JSON request body: `Content-Type` must be `application/json` (415 otherwise, so a
 * cross-site form cannot post JSON-looking text/plain), the body is read with a streaming cap
 * and must be UTF-8 ({@link readTextBody}: 413, 400), and must parse (400 on field `body`).
 * The value is not checked further: give it to `parseInput` with the route's schema.
 *
 * @throws HttpError UNSUPPORTED_MEDIA_TYPE (415), PAYLOAD_TOO_LARGE (413), INPUT_INVALID (400).
 */
export async function readJsonBody(request: Request, { limitBytes = DEFAULT_JSON_LIMIT_BYTES }: { limitBytes?: number } = {}): Promise<unknown> {
  const type = mediaTypeOf(request);
  if (type !== "application/json") throw unsupportedMediaType("application/json", type);
  const { text } = await readTextBody(request, { limitBytes });
  return parseJsonText(text);
}
