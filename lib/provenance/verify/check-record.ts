import { equals } from "multiformats/bytes";
import { canonicalRecordBytes } from "../hash-record";
import { readPngHeader } from "../read-png-header";
import { provenanceRecordSchema, RECORD_SCHEMA_ID, type ProvenanceRecord } from "../record-schema";
import { checkBytesMatchCid, sha256Hex0x } from "./check-bytes-match-cid";
import type { Fetched } from "./fetch-checked";
import { fail, notCheckable, pass, short, type Outcome } from "./step";
import type { OnChainProvenance } from "./types";

/** A record read and hashed: the record when its bytes are the ones the chain fixes. */
export type ReadRecord = { record: ProvenanceRecord; outcome: null } | { record: null; outcome: Outcome };

/**
 * Reads the record bytes served for the CID derived from the on-chain recordHash: they must
 * hash to recordHash (another work's record, or an edited one, does not), be UTF-8 JSON,
 * match colophon.record/1, and be in RFC 8785 canonical form.
 */
export function readRecord(fetched: Fetched, recordHash: string, recordCid: string): ReadRecord {
  if (!fetched.ok) return { record: null, outcome: { status: fetched.status, reason: fetched.reason, details: { recordCid, recordHash } } };
  const actual = sha256Hex0x(fetched.bytes);
  if (actual !== recordHash) {
    return {
      record: null,
      outcome: fail(`the record served for ${recordCid} hashes to ${short(actual)}, not the on-chain recordHash ${short(recordHash)}: it was altered or belongs to another work`, {
        recordCid,
        recordHash,
        servedSha256: actual,
      }),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(fetched.bytes));
  } catch {
    return { record: null, outcome: fail("the record is not UTF-8 JSON", { recordCid }) };
  }
  const parsed = provenanceRecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      record: null,
      outcome: fail(`the record is not a valid ${RECORD_SCHEMA_ID} record (${issue.path.join(".") || "record"}: ${issue.message})`, {
        recordCid,
        issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join("."), message: i.message })),
      }),
    };
  }
  let canonical: Uint8Array | null = null;
  try {
    canonical = canonicalRecordBytes(parsed.data);
  } catch {
    canonical = null;
  }
  if (canonical === null || !equals(canonical, fetched.bytes)) {
    return { record: null, outcome: fail("the record bytes are not its RFC 8785 canonical form, so its hash is not the record's hash", { recordCid }) };
  }
  return { record: parsed.data, outcome: null };
}

/** The image bytes whose sha256 equals the token's content hash, when they could be had. */
export interface VerifiedImage {
  bytes: Uint8Array;
}

/**
 * Checks that a record (whose hash matches the chain) describes this token: image hash,
 * model hash, trainer and contributor equal the on-chain fields; the image facts (CID,
 * size, type, dimensions) describe the image file; and it was created before the mint.
 */
export async function checkRecordAgainstChain(
  record: ProvenanceRecord,
  provenance: OnChainProvenance,
  image: VerifiedImage | null,
  clockSkewSeconds: number,
  recordCid: string,
): Promise<Outcome> {
  const problems: string[] = [];
  if (record.image.sha256 !== provenance.contentHash) {
    problems.push(`record.image.sha256 ${short(record.image.sha256)} is not the on-chain content hash ${short(provenance.contentHash)}`);
  }
  if (record.model.sha256 !== provenance.modelHash) {
    problems.push(`record.model.sha256 ${short(record.model.sha256)} is not the on-chain model hash ${short(provenance.modelHash)}`);
  }
  if (record.model.trainer !== provenance.trainer) {
    problems.push(`record.model.trainer ${record.model.trainer} is not the on-chain trainer ${provenance.trainer}`);
  }
  if (record.contributor.address !== provenance.contributor) {
    problems.push(`record.contributor.address ${record.contributor.address} is not the on-chain contributor ${provenance.contributor}`);
  }
  const createdAt = Date.parse(record.createdAt) / 1000;
  const mintedAt = Number(provenance.mintedAt);
  if (createdAt > mintedAt + clockSkewSeconds) {
    problems.push(`record.createdAt ${record.createdAt} is after the mint (${new Date(mintedAt * 1000).toISOString()})`);
  }
  let imageFacts: "checked" | "not checked: image unavailable" = "not checked: image unavailable";
  if (image) {
    imageFacts = "checked";
    if (record.image.size !== image.bytes.length) problems.push(`record.image.size ${record.image.size} is not the image file's ${image.bytes.length} bytes`);
    const header = readPngHeader(image.bytes);
    if (record.image.mediaType === "image/png" && header === null) problems.push("record.image.mediaType says image/png but the file is not a PNG");
    if (header && (header.width !== record.image.width || header.height !== record.image.height)) {
      problems.push(`record.image says ${record.image.width}x${record.image.height}, the image is ${header.width}x${header.height}`);
    }
    const cidCheck = await checkBytesMatchCid(record.image.cid, image.bytes);
    if (!cidCheck.ok) problems.push(`record.image.cid ${record.image.cid} is not the image's CID (the image bytes ${cidCheck.problem})`);
  }
  const details = { recordCid, recordHash: provenance.recordHash, imageFacts, problems };
  if (problems.length > 0) return fail(problems[0]!, details);
  if (!image) return pass("the record hashes to the on-chain recordHash and matches the token's fields (image facts not checked: image unavailable)", details);
  return pass("the record hashes to the on-chain recordHash and describes this token, its image, model, trainer and contributor", details);
}

/** Not checkable because the record could not be trusted. */
export function needsRecord(why: Outcome | null): Outcome {
  return notCheckable(`needs the provenance record, which ${why?.status === "fail" ? "failed its check" : "could not be read"}`);
}

export { sha256Hex0x };
