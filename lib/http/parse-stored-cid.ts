import type { CID } from "multiformats/cid";
import { parseCid } from "@/lib/storage/parse-cid";
import { invalidInput } from "./invalid-input";

/** Codecs of the blocks the content store writes: raw leaves and dag-pb (UnixFS) nodes. */
const STORED_CODECS: ReadonlyMap<number, string> = new Map([
  [0x55, "raw"],
  [0x70, "dag-pb"],
]);

/** The one hash the content store writes (sha2-256, 32-byte digest). */
const SHA2_256 = 0x12;

/**
 * Parses a CID from a request, accepting only what the content store itself produces:
 * CIDv0, or CIDv1 with the raw or dag-pb codec, hashed with sha2-256. Anything else (another
 * codec such as libp2p-key, another hash such as blake2b, an identity hash whose "digest" is
 * bytes chosen by whoever wrote the URL) is refused here, so it never reaches the store.
 *
 * @throws HttpError INPUT_INVALID (400) on `field` with the reason.
 */
export function parseStoredCid(value: string, field = "cid"): CID {
  let cid: CID;
  try {
    cid = parseCid(value);
  } catch (error) {
    // The parser's own words (multibase decoders...) say nothing a caller can act on.
    throw invalidInput(field, "is not a CID", { cause: (error as { details?: { reason?: string } }).details?.reason });
  }
  if (cid.version !== 0 && cid.version !== 1) throw invalidInput(field, `CID version ${String(cid.version)} is not supported`);
  if (!STORED_CODECS.has(cid.code)) {
    throw invalidInput(field, `codec 0x${cid.code.toString(16)} is not supported (only raw and dag-pb content is stored)`);
  }
  if (cid.multihash.code !== SHA2_256) {
    const name = cid.multihash.code === 0 ? "identity" : `0x${cid.multihash.code.toString(16)}`;
    throw invalidInput(field, `hash ${name} is not supported (only sha2-256 content is stored)`);
  }
  if (cid.multihash.size !== 32) throw invalidInput(field, `a sha2-256 digest has 32 bytes, not ${cid.multihash.size}`);
  return cid;
}
