import { ContentMismatchError, ContentUnavailableError } from "@/lib/provenance/verify/content-errors";
import type { ContentFetcher } from "@/lib/provenance/verify/types";
import type { ContentStore } from "@/lib/storage/content-store";
import { ContentCorruptError } from "@/lib/storage/content-store-error";

/**
 * Verification's content fetcher over this server's content store. The store checks every
 * block against its hash as it reads; a damaged block is reported as a mismatch (the step
 * fails), anything else that keeps the bytes away as unavailable (not checkable).
 */
export function createStoreContentFetcher(contentStore: ContentStore): ContentFetcher {
  return {
    async get(cid) {
      try {
        return await contentStore.get(cid);
      } catch (error) {
        if (error instanceof ContentCorruptError) {
          throw new ContentMismatchError(cid, `are corrupt (block ${String(error.details.blockCid)} ${String(error.details.problem)})`, "the content store");
        }
        const reason = (error as { details?: { reason?: unknown } }).details?.reason;
        throw new ContentUnavailableError(cid, typeof reason === "string" ? reason : error instanceof Error ? error.message : String(error), error);
      }
    },
  };
}
