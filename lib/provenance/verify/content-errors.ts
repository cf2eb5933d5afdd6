import { ProvenanceError } from "../provenance-error";

/** Bytes came back for a CID that they do not hash to: the source lied or is damaged. */
export class ContentMismatchError extends ProvenanceError {
  override name = "ContentMismatchError";

  constructor(readonly cid: string, readonly problem: string, readonly source: string) {
    super({ code: "STORAGE_UNAVAILABLE", message: `${source} returned bytes for ${cid} that ${problem}`, details: { cid, problem, source, reason: "mismatch" } });
  }
}

/** No bytes could be had for a CID (not found, unreachable, too large, unsupported CID). */
export class ContentUnavailableError extends ProvenanceError {
  override name = "ContentUnavailableError";

  constructor(readonly cid: string, readonly problem: string, cause?: unknown) {
    super({ code: "STORAGE_UNAVAILABLE", message: `Content ${cid} is unavailable: ${problem}`, details: { cid, problem, reason: "unavailable" }, cause });
  }
}

/** Whether an error says the bytes were wrong (as opposed to missing): ours, or lib/storage's corrupt-content error. */
export function isContentMismatch(error: unknown): boolean {
  if (error instanceof ContentMismatchError) return true;
  const named = error as { name?: unknown; details?: { reason?: unknown } } | null;
  return named?.name === "ContentCorruptError" || named?.details?.reason === "corrupt" || named?.details?.reason === "mismatch";
}
