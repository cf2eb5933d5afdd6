import { InputError } from "@/lib/errors";
import { GenerationError } from "./generation-error";

/** A multipart request's file and text fields. */
export interface MultipartForm {
  file: { bytes: Uint8Array; name: string; type: string };
  /** Every text field (the last value of a repeated name). */
  fields: Record<string, string>;
}

/** Room for the multipart framing and text fields beside the file, in bytes. */
const FORM_OVERHEAD_BYTES = 256 * 1024;

function invalid(field: string, reason: string): InputError {
  return new InputError({ code: "INPUT_INVALID", message: `Invalid ${field}: ${reason}.`, details: { field, reason } });
}

function tooLarge(sizeBytes: number, limitBytes: number, field: string): GenerationError {
  return new GenerationError({
    code: "FILE_TOO_LARGE",
    message: `The file is ${sizeBytes} bytes; the limit is ${limitBytes}.`,
    details: { field, sizeBytes, limitBytes },
  });
}

/**
 * Reads a `multipart/form-data` request with one file in `fileField`. A declared length over
 * the limit is refused before the body is read.
 *
 * @throws InputError INPUT_INVALID naming the field (not multipart, no file);
 *   GenerationError FILE_TOO_LARGE (413) over `maxFileBytes`.
 */
export async function readMultipartForm(request: Request, { fileField, maxFileBytes }: { fileField: string; maxFileBytes: number }): Promise<MultipartForm> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    throw invalid("body", "expected multipart/form-data");
  }
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxFileBytes + FORM_OVERHEAD_BYTES) throw tooLarge(declared, maxFileBytes, fileField);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalid("body", "not a readable multipart/form-data body");
  }
  const fields: Record<string, string> = {};
  let file: File | undefined;
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields[name] = value;
    else if (name === fileField) file = value;
  }
  if (file === undefined) throw invalid(fileField, "a file is required");
  if (file.size > maxFileBytes) throw tooLarge(file.size, maxFileBytes, fileField);
  return { file: { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name, type: file.type }, fields };
}
