import fs from "node:fs/promises";
import { FsBlockstore } from "blockstore-fs";
import { exporter } from "ipfs-unixfs-exporter";
import { importBytes } from "ipfs-unixfs-importer";
import { equals } from "multiformats/bytes";
import type { ContentStore } from "./content-store";
import { concatBytes } from "./concat-bytes";
import { ContentCorruptError, ContentNotAFileError, ContentNotFoundError } from "./content-store-error";
import { BlockNotFoundError, createVerifyingBlockstore } from "./create-verifying-blockstore";
import { parseCid } from "./parse-cid";
import { unixfsImportOptions } from "./unixfs-import-options";

export interface CreateLocalContentStoreParameters {
  /** Folder of the block files (blockstore-fs layout); created when missing. */
  blocksDir: string;
}

/**
 * The embedded content store: IPFS blocks as files in the data directory, written by the
 * same UnixFS importer settings as Kubo's `ipfs add --cid-version 1 --raw-leaves`, and read
 * back with every block checked against its CID.
 */
export async function createLocalContentStore({ blocksDir }: CreateLocalContentStoreParameters): Promise<ContentStore> {
  await fs.mkdir(blocksDir, { recursive: true });
  const blockstore = new FsBlockstore(blocksDir);
  await blockstore.open();

  return {
    kind: "local",

    async add(bytes) {
      const { cid } = await importBytes(bytes, blockstore, unixfsImportOptions);
      return { cid: cid.toString(), size: bytes.length };
    },

    async get(cidString) {
      const cid = parseCid(cidString);
      const reader = createVerifyingBlockstore(blockstore, cid);
      try {
        const entry = await exporter(cid, reader);
        if (entry.type === "directory" || entry.type === "object") {
          throw new ContentNotAFileError(cidString, entry.type);
        }
        const chunks: Uint8Array[] = [];
        for await (const chunk of entry.content()) chunks.push(chunk);
        return concatBytes(chunks);
      } catch (error) {
        if (!(error instanceof BlockNotFoundError)) throw error;
        // A missing root means the store never had the content; a missing inner block means
        // it had it and lost part of it.
        if (equals(error.blockCid.multihash.bytes, cid.multihash.bytes)) {
          throw new ContentNotFoundError(cidString);
        }
        throw new ContentCorruptError(cidString, error.blockCid.toString(), "is missing");
      }
    },

    async has(cidString) {
      return blockstore.has(parseCid(cidString));
    },

    async ping() {
      try {
        await fs.access(blocksDir, fs.constants.R_OK | fs.constants.W_OK);
        return { ok: true, detail: `blocks in ${blocksDir}` };
      } catch (error) {
        return { ok: false, detail: `cannot use ${blocksDir}: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
  };
}
