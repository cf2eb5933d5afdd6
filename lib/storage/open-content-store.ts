import path from "node:path";
import type { ContentStore } from "./content-store";
import { createKuboContentStore } from "./create-kubo-content-store";
import { createLocalContentStore } from "./create-local-content-store";

export type { ContentStore } from "./content-store";

export type OpenContentStoreParameters =
  /** Local blocks in `<dataDir>/ipfs/blocks`. */
  | { dataDir: string }
  /** A Kubo node's RPC API, e.g. http://127.0.0.1:5001. */
  | { kuboApiUrl: string; timeoutMs?: number };

/**
 * Opens the content store: IPFS blocks in the data directory (the embedded default), or a
 * Kubo node when its RPC URL is given. Both give the same CIDs for the same bytes.
 */
export async function openContentStore(options: OpenContentStoreParameters): Promise<ContentStore> {
  if ("kuboApiUrl" in options) {
    return createKuboContentStore({ apiUrl: options.kuboApiUrl, timeoutMs: options.timeoutMs });
  }
  return createLocalContentStore({ blocksDir: path.join(path.resolve(options.dataDir), "ipfs", "blocks") });
}
