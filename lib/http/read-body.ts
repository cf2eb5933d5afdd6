import { concatBytes } from "@/lib/storage/concat-bytes";
import { HttpError } from "./http-error";
import { payloadTooLarge } from "./payload-too-large";

/** Parameters of {@link readBody}. */
export interface ReadBodyParameters {
  /** The most bytes the body may have; one more and reading stops with a 413. */
  limitBytes: number;
}

/**
 * Reads a request body as bytes, enforcing `limitBytes` while it streams: chunks are read
 * one by one and reading stops (the stream is cancelled) as soon as the total passes the
 * cap, whatever `Content-Length` says, so a chunked body cannot make the server hold more
 * than the cap. A declared length over the cap is refused before anything is read.
 *
 * @throws HttpError PAYLOAD_TOO_LARGE (413) naming the limit; INPUT_INVALID (400) when the
 *   body was already read or the stream broke off.
 */
export async function readBody(request: Request, { limitBytes }: ReadBodyParameters): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limitBytes) throw payloadTooLarge(limitBytes, declared);
  if (request.body === null) return new Uint8Array(0);
  if (request.bodyUsed) throw new HttpError({ code: "INPUT_INVALID", message: "Invalid body: already read", details: { field: "body", reason: "already read" } });
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limitBytes) {
        await reader.cancel().catch(() => undefined);
        throw payloadTooLarge(limitBytes, total);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    // The client went away or sent a broken chunked encoding: its request, not our fault.
    throw new HttpError({ code: "INPUT_INVALID", message: "Invalid body: the stream broke off", details: { field: "body", reason: "the stream broke off" }, cause: error });
  } finally {
    reader.releaseLock();
  }
  return concatBytes(chunks);
}
