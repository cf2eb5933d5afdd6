import { BaseError, type BaseErrorParameters } from "@/lib/errors/base-error";

/**
 * Codes of content-store errors, from the shared table in lib/errors/error-codes.ts: a bad
 * CID is the caller's to fix (400), missing content a 404, damaged storage a 503 like any
 * other part that cannot serve (the subclass and `details.reason` say which).
 */
type ContentStoreErrorCode = "INPUT_INVALID" | "NOT_FOUND" | "STORAGE_UNAVAILABLE";

/** Base of the errors of lib/storage, so `instanceof ContentStoreError` catches them all. */
export class ContentStoreError extends BaseError<ContentStoreErrorCode> {
  override name = "ContentStoreError";

  constructor(parameters: BaseErrorParameters<ContentStoreErrorCode>) {
    super(parameters);
  }
}

/** A string that is not a CID, or a CID this store cannot handle. */
export class InvalidCidError extends ContentStoreError {
  override name = "InvalidCidError";

  constructor(cid: string, reason: string, cause?: unknown) {
    super({
      code: "INPUT_INVALID",
      message: `Invalid CID ${JSON.stringify(truncate(cid))}: ${reason}`,
      details: { field: "cid", value: truncate(cid), reason },
      cause,
    });
  }
}

/** The store does not have the content (or, for Kubo, could not find it). */
export class ContentNotFoundError extends ContentStoreError {
  override name = "ContentNotFoundError";

  constructor(cid: string, cause?: unknown) {
    super({ code: "NOT_FOUND", message: `No content with CID ${cid}`, details: { cid, reason: "not-found" }, cause });
  }
}

/** The CID names something other than a file (a directory, a dag-cbor object...). */
export class ContentNotAFileError extends ContentStoreError {
  override name = "ContentNotAFileError";

  constructor(cid: string, type: string) {
    super({
      code: "INPUT_INVALID",
      message: `CID ${cid} is a ${type}, not a file`,
      details: { field: "cid", value: cid, reason: "not-a-file", type },
    });
  }
}

/**
 * Stored content is damaged: a block's bytes do not hash to its CID, or a block of a file
 * whose root is present is missing. Never served; the blocks must be restored.
 */
export class ContentCorruptError extends ContentStoreError {
  override name = "ContentCorruptError";

  constructor(cid: string, blockCid: string, problem: string) {
    super({
      code: "STORAGE_UNAVAILABLE",
      message: `Content ${cid} is corrupt: block ${blockCid} ${problem}`,
      details: { cid, blockCid, reason: "corrupt", problem },
    });
  }
}

/** Keeps an attacker-sized string out of messages and logs. */
function truncate(value: string): string {
  return value.length > 120 ? `${value.slice(0, 120)}…` : value;
}
