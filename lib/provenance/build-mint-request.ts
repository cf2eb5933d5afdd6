import { getAddress } from "ethers";
import { roleId, sortShares, type MintRequest, type Share } from "../contracts/mint-request";
import { hashRecord } from "./hash-record";
import type { ProvenanceRecord, RecordSplitEntry } from "./record-schema";

/** Parameters of {@link buildMintRequest}. */
export interface BuildMintRequestParameters {
  record: ProvenanceRecord;
  /** sha256 of the metadata bytes (see metadataDigest). */
  metadataDigest: string;
  /** Unix time (seconds) after which the attestation is void. */
  deadline: bigint;
  /** Unused attestation nonce (any value; the contract keeps a bitmap). */
  nonce: bigint;
  /** Receives the token; default the contributor. */
  to?: string;
}

/** A record's split as the contract's shares: role names to bytes32 ids, in canonical order. */
export function sharesOfRecord(split: readonly RecordSplitEntry[]): Share[] {
  return sortShares(split.map((entry) => ({ account: getAddress(entry.account), role: roleId(entry.role), bps: entry.bps })));
}

/**
 * The `MintRequest` for Artwork.mint: every provenance field from the record, the record's
 * hash, the metadata digest, and the split as sorted role-tagged shares. The attestor
 * signs it (artworkDomain + MINT_REQUEST_TYPES) and the contributor sends it.
 */
export function buildMintRequest(parameters: BuildMintRequestParameters): MintRequest {
  const { record } = parameters;
  return {
    to: getAddress(parameters.to ?? record.contributor.address),
    contributor: getAddress(record.contributor.address),
    contentHash: record.image.sha256,
    recordHash: hashRecord(record),
    modelHash: record.model.sha256,
    trainer: getAddress(record.model.trainer),
    metadataDigest: parameters.metadataDigest.toLowerCase(),
    royaltyBps: record.royaltyBps,
    deadline: parameters.deadline,
    nonce: parameters.nonce,
    shares: sharesOfRecord(record.split),
  };
}

/** A record split in the contract's canonical order (the order a record must list it in). */
export function sortRecordSplit(split: readonly RecordSplitEntry[]): RecordSplitEntry[] {
  const keyed = split.map((entry) => ({ entry, share: { account: getAddress(entry.account), role: roleId(entry.role), bps: entry.bps } }));
  const order = sortShares(keyed.map((item) => item.share));
  return order.map((share) => keyed.find((item) => item.share === share)!.entry);
}
