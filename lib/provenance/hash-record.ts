import { sha256 } from "ethers";
import { canonicalBlockBytes } from "./canonical-json-bytes";
import { cidFromSha256 } from "./raw-block-cid";
import type { ProvenanceRecord } from "./record-schema";

export { cidFromSha256, sha256OfRawCid, MAX_RAW_BLOCK_BYTES } from "./raw-block-cid";

/**
 * The bytes a record is hashed, signed and stored as: RFC 8785 canonical JSON, UTF-8. The
 * record is not re-validated here (parse it with provenanceRecordSchema first).
 *
 * @throws ProvenanceError INPUT_INVALID when the bytes exceed one raw block (256 KiB), so
 * the record's CID is always derivable from its hash.
 */
export function canonicalRecordBytes(record: ProvenanceRecord): Uint8Array {
  return canonicalBlockBytes(record, "record");
}

/** sha256 of the record's canonical bytes, 0x-hex: the token's on-chain `recordHash`. */
export function hashRecord(record: ProvenanceRecord): string {
  return sha256(canonicalRecordBytes(record));
}

/** The record's CID, from its hash alone (the record is stored as one raw block). */
export function recordCidFromHash(recordHash: string): string {
  return cidFromSha256(recordHash);
}
