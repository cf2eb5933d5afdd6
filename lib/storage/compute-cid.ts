import { importBytes } from "ipfs-unixfs-importer";
import type { AddContentResult } from "./content-store";
import { unixfsImportOptions } from "./unixfs-import-options";

/** Takes the blocks the importer writes and keeps none: only the root CID is wanted. */
const discardBlocks = {
  async put<Key>(cid: Key): Promise<Key> {
    return cid;
  },
};

/**
 * The CID the content store (local or Kubo) gives these bytes, computed without storing
 * anything: verification uses it to check fetched content against a recorded CID.
 */
export async function computeCid(bytes: Uint8Array): Promise<AddContentResult> {
  const { cid } = await importBytes(bytes, discardBlocks, unixfsImportOptions);
  return { cid: cid.toString(), size: bytes.length };
}
