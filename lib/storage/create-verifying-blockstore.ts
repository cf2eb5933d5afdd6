import type { FsBlockstore } from "blockstore-fs";
import { equals } from "multiformats/bytes";
import type { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import type { MultihashHasher } from "multiformats/hashes/interface";
import { sha256, sha512 } from "multiformats/hashes/sha2";
import { concatBytes } from "./concat-bytes";
import { ContentCorruptError } from "./content-store-error";

/** Hash functions a stored block may be checked with, by multihash code. */
const HASHERS = new Map<number, MultihashHasher>([sha256, sha512].map((hasher) => [hasher.code, hasher]));

/** A block the blockstore does not have; the content store decides what that means. */
export class BlockNotFoundError extends Error {
  override name = "BlockNotFoundError";

  constructor(readonly blockCid: CID) {
    super(`Block ${blockCid} not found`);
  }
}

/** A blockstore reader for the UnixFS exporter: the `get` of interface-blockstore. */
export interface VerifyingBlockstore {
  get(cid: CID, options?: { signal?: AbortSignal }): AsyncGenerator<Uint8Array>;
}

/**
 * Reads blocks from disk and checks each against its CID before handing it on: blockstore-fs
 * serves whatever bytes the file holds, so a flipped bit on disk would otherwise become a
 * wrong image served under a right CID. Blocks with an identity multihash carry their bytes
 * in the CID and are answered without the disk.
 *
 * @param rootCid the content being read, named in ContentCorruptError.
 */
export function createVerifyingBlockstore(blockstore: FsBlockstore, rootCid: CID): VerifyingBlockstore {
  return {
    async *get(cid, options) {
      if (cid.multihash.code === identity.code) {
        yield cid.multihash.digest;
        return;
      }
      const hasher = HASHERS.get(cid.multihash.code);
      if (hasher === undefined) {
        throw new ContentCorruptError(
          rootCid.toString(),
          cid.toString(),
          `uses multihash 0x${cid.multihash.code.toString(16)}, which cannot be checked`,
        );
      }
      if (!(await blockstore.has(cid, options))) throw new BlockNotFoundError(cid);
      const chunks: Uint8Array[] = [];
      for await (const chunk of blockstore.get(cid, options)) chunks.push(chunk);
      const bytes = concatBytes(chunks);
      const digest = await hasher.digest(bytes);
      if (!equals(digest.digest, cid.multihash.digest)) {
        throw new ContentCorruptError(rootCid.toString(), cid.toString(), "does not match its hash");
      }
      yield bytes;
    },
  };
}
