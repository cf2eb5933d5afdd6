import { invalidInput } from "./invalid-input";
import { readBody, type ReadBodyParameters } from "./read-body";

/** A request body read by {@link readTextBody}: its bytes and the UTF-8 text they hold. */
export interface TextBody {
  bytes: Uint8Array;
  text: string;
}

/**
 * Reads a request body under a streaming cap ({@link readBody}, 413) and decodes it as
 * strict UTF-8 (400 on field `body` otherwise). The bytes come back too, for a caller that
 * hands the body on.
 *
 * @throws HttpError PAYLOAD_TOO_LARGE (413) or INPUT_INVALID (400).
 */
export async function readTextBody(request: Request, { limitBytes }: ReadBodyParameters): Promise<TextBody> {
  const bytes = await readBody(request, { limitBytes });
  try {
    return { bytes, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    throw invalidInput("body", "is not UTF-8 text");
  }
}
