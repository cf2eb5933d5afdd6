import { hasPngSignature } from "@/inference/images/read-png-ihdr";
import type { ContentStore } from "@/lib/storage/content-store";
import { ContentCorruptError } from "@/lib/storage/content-store-error";
import { parseStoredCid } from "@/lib/http/parse-stored-cid";
import { ProvenanceFlowError } from "./provenance-flow-error";

/** Content types the gateway names; anything else is served as bytes. */
export type ContentType = "image/png" | "application/json" | "application/octet-stream";

/** What {@link readContent} returns. */
export interface ReadContentReturnType {
  /** The CID as asked for (CIDv1 base32 for everything this project writes). */
  cid: string;
  bytes: Uint8Array;
  contentType: ContentType;
}

/**
 * The content type of stored bytes, from the bytes (a CID says nothing about them): PNG by
 * its signature, JSON when the whole text parses as a JSON object or array, otherwise
 * octet-stream. Never guessed from a file name, so a stored HTML page is served inert.
 */
export function sniffContentType(bytes: Uint8Array): ContentType {
  if (hasPngSignature(bytes)) return "image/png";
  // JSON documents we store are small (records, cards, metadata); a big blob is not parsed.
  if (bytes.length > 0 && bytes.length <= 4 * 1024 * 1024) {
    let first = 0;
    while (first < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[first]!)) first += 1;
    if (bytes[first] === 0x7b || bytes[first] === 0x5b) {
      try {
        JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
        return "application/json";
      } catch {
        // Not UTF-8 or not JSON: plain bytes.
      }
    }
  }
  return "application/octet-stream";
}

/**
 * Reads content for the gateway: the CID is parsed first (only CIDs the store writes; 400 otherwise), the store
 * checks every block against its hash as it reads, and a damaged block becomes a
 * CONTENT_CORRUPT error (502) naming the content and the block: unverified bytes are never
 * returned. A missing CID is the store's ContentNotFoundError (404).
 */
export async function readContent({ contentStore, cid }: { contentStore: ContentStore; cid: string }): Promise<ReadContentReturnType> {
  parseStoredCid(cid);
  try {
    const bytes = await contentStore.get(cid);
    return { cid, bytes, contentType: sniffContentType(bytes) };
  } catch (error) {
    if (error instanceof ContentCorruptError) {
      throw new ProvenanceFlowError({
        code: "CONTENT_CORRUPT",
        message: error.message,
        details: { cid, blockCid: error.details.blockCid, reason: "corrupt", problem: error.details.problem },
        cause: error,
      });
    }
    throw error;
  }
}
