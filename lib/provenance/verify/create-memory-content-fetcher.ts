import { checkBytesMatchCid } from "./check-bytes-match-cid";
import { ContentMismatchError, ContentUnavailableError } from "./content-errors";
import type { ContentFetcher } from "./types";

/**
 * Content from a map of CID to bytes (tests, benchmarks, a process that holds its content).
 * With `verify: false` it hands back whatever the map holds, like a gateway that lies, so
 * tests can show that verification does its own checks.
 */
export function createMemoryContentFetcher(store: ReadonlyMap<string, Uint8Array>, options: { verify?: boolean } = {}): ContentFetcher {
  const verify = options.verify ?? true;
  return {
    async get(cid) {
      const bytes = store.get(cid);
      if (bytes === undefined) throw new ContentUnavailableError(cid, "not found");
      if (verify) {
        const check = await checkBytesMatchCid(cid, bytes);
        if (!check.ok) throw new ContentMismatchError(cid, check.problem, "the content map");
      }
      return bytes;
    },
  };
}
