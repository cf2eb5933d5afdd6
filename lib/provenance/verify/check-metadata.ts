import { isDeepStrictEqual } from "node:util";
import { buildAttributes, ipfsUri } from "../build-metadata";
import { recordCidFromHash } from "../hash-record";
import { tokenMetadataSchema, type TokenMetadata } from "../metadata-schema";
import type { ProvenanceRecord } from "../record-schema";
import { sha256Hex0x } from "./check-bytes-match-cid";
import type { Fetched } from "./fetch-checked";
import { fail, pass, short, type Outcome } from "./step";
import type { OnChainProvenance } from "./types";

/** The CID at the end of a token URI ("ipfs://<cid>", "https://gw/ipfs/<cid>", "ipfs://<cid>/..."), or null. */
export function cidOfTokenUri(uri: string): string | null {
  const match = /^ipfs:\/\/(?:ipfs\/)?([A-Za-z0-9]+)\/?$/.exec(uri) ?? /\/ipfs\/([A-Za-z0-9]+)\/?(?:[?#].*)?$/.exec(uri);
  return match ? match[1]! : null;
}

/** What {@link checkMetadata} found: the metadata when its bytes are the ones the chain fixes. */
export interface MetadataCheck {
  /** Parsed metadata whose digest matches the chain (its signatures are then the minted ones). */
  metadata: TokenMetadata | null;
  outcome: Outcome;
}

/**
 * Checks the document behind tokenURI: the URI names the CID of the on-chain
 * metadataDigest, the served bytes hash to that digest, they parse as Colophon metadata,
 * and the metadata points at this token's record (hash and CID), image, model card and
 * carries the attributes the record implies.
 */
export function checkMetadata(parameters: {
  fetched: Fetched;
  tokenUri: string;
  provenance: OnChainProvenance;
  metadataCid: string;
  record: ProvenanceRecord | null;
}): MetadataCheck {
  const { fetched, tokenUri, provenance, metadataCid, record } = parameters;
  const details: Record<string, unknown> = { tokenUri, metadataCid, metadataDigest: provenance.metadataDigest };
  const uriCid = cidOfTokenUri(tokenUri);
  if (uriCid !== metadataCid) {
    return { metadata: null, outcome: fail(`tokenURI ${tokenUri} does not name ${metadataCid}, the CID of the on-chain metadataDigest`, details) };
  }
  if (!fetched.ok) return { metadata: null, outcome: { status: fetched.status, reason: fetched.reason, details } };
  const actual = sha256Hex0x(fetched.bytes);
  if (actual !== provenance.metadataDigest) {
    return {
      metadata: null,
      outcome: fail(`the metadata served for ${metadataCid} hashes to ${short(actual)}, not the on-chain metadataDigest ${short(provenance.metadataDigest)}: it was altered`, {
        ...details,
        servedSha256: actual,
      }),
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(fetched.bytes));
  } catch {
    return { metadata: null, outcome: fail("the metadata is not UTF-8 JSON", details) };
  }
  const parsed = tokenMetadataSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { metadata: null, outcome: fail(`the metadata is not Colophon token metadata (${issue.path.join(".") || "metadata"}: ${issue.message})`, details) };
  }
  const metadata = parsed.data;
  const problems: string[] = [];
  const { colophon } = metadata;
  if (colophon.recordHash !== provenance.recordHash) {
    problems.push(`metadata colophon.recordHash ${short(colophon.recordHash)} is not the on-chain recordHash ${short(provenance.recordHash)}`);
  }
  const recordUri = ipfsUri(recordCidFromHash(provenance.recordHash));
  if (colophon.record !== recordUri) problems.push(`metadata colophon.record ${colophon.record} is not ${recordUri}`);
  if (record) {
    if (metadata.image !== ipfsUri(record.image.cid)) problems.push(`metadata image ${metadata.image} is not the record's image ${ipfsUri(record.image.cid)}`);
    if (colophon.modelCard !== ipfsUri(record.model.cardCid)) {
      problems.push(`metadata colophon.modelCard ${colophon.modelCard} is not the record's model card ${ipfsUri(record.model.cardCid)}`);
    }
    if (!isDeepStrictEqual(metadata.attributes, buildAttributes(record))) {
      problems.push("metadata attributes differ from the ones the record implies (model, trainer, contributor, roles, royalty)");
    }
  }
  if (problems.length > 0) return { metadata, outcome: fail(problems[0]!, { ...details, problems }) };
  return {
    metadata,
    outcome: pass(
      record
        ? "the metadata behind tokenURI hashes to the on-chain digest and points at this record, image and model card"
        : "the metadata behind tokenURI hashes to the on-chain digest and names this record (image and card not compared: record unavailable)",
      details,
    ),
  };
}
