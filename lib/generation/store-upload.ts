import { createHash } from "node:crypto";
import { sniffImageFormat } from "@/inference/images/read-image-header";
import { InputError } from "@/lib/errors";
import { decodeImages, type DecodedImage } from "@/lib/images/decode-images";
import { GenerationError } from "./generation-error";
import type { GenerationRuntime } from "./generation-runtime";

/** Largest image a person may upload, in bytes (10 MiB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What `POST /api/uploads` answers. */
export interface StoredUpload {
  cid: string;
  /** sha256 of the bytes, 0x-prefixed. */
  sha256: string;
  size: number;
  type: "image/png" | "image/jpeg";
}

/** The whole file's pixels are decoded in a worker; only the dimensions come back. It runs there, so it is self-contained. */
function dimensionsOf([image]: DecodedImage[]): { width: number; height: number } {
  return { width: image!.width, height: image!.height };
}

/**
 * Adds an uploaded image (a source for style models) to the content store and returns its
 * CID. Only PNG and JPEG, recognised by their bytes, up to 10 MiB, and only a file that
 * decodes in full within the pixel budget (its header is checked before anything is
 * inflated; the decode runs in the bounded pool of decode workers, off the event loop).
 * (Style models read PNG: the studio converts a JPEG to PNG in the browser before
 * uploading it as a source.)
 *
 * @throws GenerationError FILE_TOO_LARGE (413); InputError INPUT_INVALID on `file` (not a
 * PNG or JPEG); ImageError INPUT_INVALID on `file` (truncated or corrupt, with the reason),
 * IMAGE_TOO_LARGE (422, the limit and the image's values), IMAGE_DECODER_BUSY (429).
 */
export async function storeUpload({ runtime, bytes }: { runtime: Pick<GenerationRuntime, "contentStore">; bytes: Uint8Array }): Promise<StoredUpload> {
  if (bytes.length > MAX_UPLOAD_BYTES) {
    throw new GenerationError({ code: "FILE_TOO_LARGE", message: `The file is ${bytes.length} bytes; the limit is ${MAX_UPLOAD_BYTES}.`, details: { field: "file", sizeBytes: bytes.length, limitBytes: MAX_UPLOAD_BYTES } });
  }
  // A file with a PNG or JPEG signature whose header is bad is a corrupt image, which the
  // decode below names; anything else is another format.
  const format = sniffImageFormat(bytes);
  if (format === undefined) {
    throw new InputError({ code: "INPUT_INVALID", message: "Invalid file: only PNG and JPEG images can be uploaded.", details: { field: "file", reason: "not a PNG or JPEG image" } });
  }
  await decodeImages({ images: [{ bytes, field: "file" }], reduce: dimensionsOf });
  const type = format === "png" ? "image/png" : "image/jpeg";
  const { cid, size } = await (await runtime.contentStore()).add(bytes);
  return { cid, sha256: `0x${createHash("sha256").update(bytes).digest("hex")}`, size, type };
}
