import { createHash } from "node:crypto";
import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { equals } from "multiformats/bytes";
import { computeCid } from "../../storage/compute-cid";
import { sha256OfRawCid } from "../raw-block-cid";

/** Whether bytes match a CID, and if not, why. */
export type CidCheck = { ok: true } | { ok: false; problem: string; unsupported?: boolean };

/** sha256 of bytes as 0x-hex (node:crypto: several times faster than a JS hash on images and models). */
export function sha256Hex0x(bytes: Uint8Array): string {
  return `0x${createHash("sha256").update(bytes).digest("hex")}`;
}

/**
 * Checks that `bytes` are the content of `cid`:
 * - raw codec, sha2-256: sha256(bytes) is the CID's digest;
 * - identity multihash: the bytes are the digest;
 * - anything else (a UnixFS DAG, dag-pb): the bytes are imported again with this project's
 *   UnixFS settings (the same as `ipfs add --cid-version 1 --raw-leaves`) and the resulting
 *   CID must equal it. Content added with other settings (CIDv0, other chunkers) cannot be
 *   checked this way and is reported as unsupported.
 */
export async function checkBytesMatchCid(cid: string, bytes: Uint8Array): Promise<CidCheck> {
  let parsed: CID;
  try {
    parsed = CID.parse(cid);
  } catch (error) {
    return { ok: false, problem: `"${cid.slice(0, 80)}" is not a CID (${(error as Error).message})`, unsupported: true };
  }
  const rawDigest = sha256OfRawCid(parsed);
  if (rawDigest !== null) {
    const actual = sha256Hex0x(bytes);
    return actual === rawDigest ? { ok: true } : { ok: false, problem: `hash to sha256 ${actual}, not the CID's ${rawDigest}` };
  }
  if (parsed.multihash.code === identity.code) {
    return equals(parsed.multihash.digest, bytes) ? { ok: true } : { ok: false, problem: "differ from the bytes inlined in the identity CID" };
  }
  if (parsed.version !== 1) return { ok: false, problem: "a CIDv0 cannot be re-derived with CIDv1 import settings", unsupported: true };
  const recomputed = (await computeCid(bytes)).cid;
  return recomputed === parsed.toString()
    ? { ok: true }
    : { ok: false, problem: `import as UnixFS to ${recomputed}, not ${parsed.toString()}` };
}
