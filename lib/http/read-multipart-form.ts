import { invalidInput } from "./invalid-input";
import { mediaTypeOf } from "./media-type-of";
import { payloadTooLarge } from "./payload-too-large";
import { readBody } from "./read-body";
import { unsupportedMediaType } from "./unsupported-media-type";

/** A multipart request's one file and its text fields. */
export interface MultipartForm {
  file: { bytes: Uint8Array; name: string; type: string };
  /** Every text field (the last value of a repeated name). */
  fields: Record<string, string>;
}

/** Parameters of {@link readMultipartForm}. */
export interface ReadMultipartFormParameters {
  /** The field that must hold a file. */
  fileField: string;
  /** The most bytes that file may have. */
  maxFileBytes: number;
  /** Room for the multipart framing and the text fields beside the file (default 256 KiB). */
  overheadBytes?: number;
}

/**
 * Reads a `multipart/form-data` request with one file in `fileField`. The body is read with
 * a streaming cap of `maxFileBytes + overheadBytes` ({@link readBody}) and only then parsed,
 * so a chunked body never costs more than the cap.
 *
 * @throws HttpError UNSUPPORTED_MEDIA_TYPE (415) for another type; PAYLOAD_TOO_LARGE (413)
 *   naming the limit; INPUT_INVALID (400) naming the field (unreadable form, no file, an
 *   empty file, a text field where the file belongs).
 */
export async function readMultipartForm(request: Request, { fileField, maxFileBytes, overheadBytes = 256 * 1024 }: ReadMultipartFormParameters): Promise<MultipartForm> {
  if (mediaTypeOf(request) !== "multipart/form-data") throw unsupportedMediaType("multipart/form-data", mediaTypeOf(request));
  const bytes = await readBody(request, { limitBytes: maxFileBytes + overheadBytes });
  let form: FormData;
  try {
    // The boundary parameter is case-sensitive, so the header goes to the parser as sent.
    form = await new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { "content-type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw invalidInput("body", "not a readable multipart/form-data body");
  }
  const fields: Record<string, string> = {};
  let file: File | undefined;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") {
      if (name === fileField) throw invalidInput(fileField, "must be a file, not a text field");
      fields[name] = value;
    } else if (name === fileField) file = value;
  }
  if (file === undefined) throw invalidInput(fileField, "a file is required");
  if (file.size === 0) throw invalidInput(fileField, "is empty");
  if (file.size > maxFileBytes) throw payloadTooLarge(maxFileBytes, file.size, fileField);
  return { file: { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, type: file.type }, fields };
}
