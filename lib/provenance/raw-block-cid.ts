import { CID } from "multiformats/cid";
import * as raw from "multiformats/codecs/raw";
import * as Digest from "multiformats/hashes/digest";
import { sha256 } from "multiformats/hashes/sha2";
import { getBytes, hexlify } from "ethers";
import { ProvenanceError } from "./provenance-error";

/**
 * Largest document stored as one raw block: Kubo's `ipfs add --cid-version 1 --raw-leaves`
 * (and our content store, see lib/storage/unixfs-import-options.ts) store a file of at most
 * one 256 KiB chunk as a single raw block, whose CID is then a function of its sha256.
 */
export const MAX_RAW_BLOCK_BYTES = 262_144;

/**
 * The CIDv1 (raw codec, sha2-256) of a single-block file from its sha256, in base32:
 * the same string Artwork's CidV1.rawSha256 builds on-chain for token URIs.
 *
 * @param digest 0x + 64 hex digits.
 */
export function cidFromSha256(digest: string): string {
  const bytes = getBytes(digest);
  if (bytes.length !== 32) throw new ProvenanceError({ code: "INPUT_INVALID", message: `A sha256 digest has 32 bytes, got ${bytes.length}.` });
  return CID.createV1(raw.code, Digest.create(sha256.code, bytes)).toString();
}

/**
 * The sha256 (0x-hex, lower case) a raw-codec sha2-256 CID names, or null for any other
 * kind of CID (a UnixFS DAG, another hash): then the bytes must be re-imported to check.
 */
export function sha256OfRawCid(cid: string | CID): string | null {
  let parsed: CID;
  try {
    parsed = typeof cid === "string" ? CID.parse(cid) : cid;
  } catch {
    return null;
  }
  if (parsed.code !== raw.code || parsed.multihash.code !== sha256.code || parsed.multihash.digest.length !== 32) return null;
  return hexlify(parsed.multihash.digest);
}
