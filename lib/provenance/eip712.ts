import { getAddress, TypedDataEncoder, verifyTypedData, type TypedDataDomain, type TypedDataField } from "ethers";
import { hashRecord } from "./hash-record";
import type { ProvenanceRecord } from "./record-schema";

/**
 * The EIP-712 definitions every party shares (server, browser, CLI): the mint attestation
 * (lib/contracts/mint-request.ts), the model card (inference/model-card.ts) and the record
 * digest defined here. This file and what it imports need only ethers, zod, canonicalize
 * and multiformats, so a bundler can ship it to the browser.
 */
export {
  artworkDomain,
  MINT_REQUEST_TYPES,
  roleId,
  ROLES,
  sortShares,
  type MintRequest,
  type Share,
} from "../contracts/mint-request";
export {
  hashModelCard,
  MODEL_CARD_DOMAIN,
  MODEL_CARD_PRIMARY_TYPE,
  MODEL_CARD_TYPES,
  modelCardSchema,
  recoverModelCardSigner,
  signModelCard,
  verifyModelCard,
  type ModelCard,
  type TypedDataSigner,
} from "../../inference/model-card";

/**
 * Domain of the record digest. No chainId and no verifyingContract: the record is about a
 * work, not a deployment, and its signatures must verify wherever the token lives.
 */
export const RECORD_DOMAIN = { name: "Colophon Provenance", version: "1" } as const satisfies TypedDataDomain;

/** EIP-712 types of the record digest. Field order is part of the signed type string. */
export const RECORD_TYPES = {
  Record: [
    { name: "recordHash", type: "bytes32" },
    { name: "contentHash", type: "bytes32" },
    { name: "modelHash", type: "bytes32" },
    { name: "contributor", type: "address" },
  ],
} as const satisfies Record<string, TypedDataField[]>;

/** The EIP-712 primary type name. */
export const RECORD_PRIMARY_TYPE = "Record";

/**
 * What the attestor and the contributor sign. Every field is also fixed on-chain at mint,
 * so a verifier checks the signatures against the chain's values, not against a document.
 */
export interface RecordDigestFields {
  /** sha256 of the record's canonical bytes. */
  recordHash: string;
  /** sha256 of the image. */
  contentHash: string;
  /** sha256 of the model file. */
  modelHash: string;
  /** The human contributor's address. */
  contributor: string;
}

/** Typed data ready for `Wallet.signTypedData(domain, types, message)` or `verifyTypedData`. */
export interface RecordTypedData {
  domain: typeof RECORD_DOMAIN;
  /** Without `EIP712Domain` (ethers refuses it; see {@link recordTypedDataV4}). */
  types: { Record: TypedDataField[] };
  primaryType: typeof RECORD_PRIMARY_TYPE;
  message: RecordDigestFields;
}

/** The digest fields of a record: its hash, and the three facts the chain also stores. */
export function recordDigestFields(record: ProvenanceRecord): RecordDigestFields {
  return {
    recordHash: hashRecord(record),
    contentHash: record.image.sha256,
    modelHash: record.model.sha256,
    contributor: getAddress(record.contributor.address),
  };
}

function isRecordDigestFields(value: ProvenanceRecord | RecordDigestFields): value is RecordDigestFields {
  return typeof (value as RecordDigestFields).recordHash === "string";
}

/**
 * The record digest as EIP-712 typed data, for a record or for digest fields read from
 * the chain. On the server: `wallet.signTypedData(td.domain, td.types, td.message)`.
 */
export function recordTypedData(recordOrFields: ProvenanceRecord | RecordDigestFields): RecordTypedData {
  const message = isRecordDigestFields(recordOrFields) ? { ...recordOrFields } : recordDigestFields(recordOrFields);
  return {
    domain: RECORD_DOMAIN,
    types: { Record: RECORD_TYPES.Record.map((field) => ({ ...field })) },
    primaryType: RECORD_PRIMARY_TYPE,
    message,
  };
}

/**
 * The JSON payload of `eth_signTypedData_v4` for a record: the same typed data with the
 * `EIP712Domain` type that wallets need. In the browser:
 * `provider.request({ method: "eth_signTypedData_v4", params: [account, recordTypedDataV4(record)] })`.
 */
export function recordTypedDataV4(recordOrFields: ProvenanceRecord | RecordDigestFields): string {
  const { domain, types, message } = recordTypedData(recordOrFields);
  return JSON.stringify(TypedDataEncoder.getPayload({ ...domain }, types, message));
}

/** The EIP-712 digest (0x-hex) that a record signature signs. */
export function hashRecordTypedData(recordOrFields: ProvenanceRecord | RecordDigestFields): string {
  const { domain, types, message } = recordTypedData(recordOrFields);
  return TypedDataEncoder.hash({ ...domain }, types, message);
}

/** Signs a record's digest (attestor wallet on the server, or any ethers signer). */
export async function signRecord(
  recordOrFields: ProvenanceRecord | RecordDigestFields,
  signer: { signTypedData(domain: TypedDataDomain, types: Record<string, TypedDataField[]>, value: Record<string, unknown>): Promise<string> },
): Promise<string> {
  const { domain, types, message } = recordTypedData(recordOrFields);
  return signer.signTypedData({ ...domain }, types, { ...message });
}

/**
 * The checksummed address that signed the record digest, or null when the signature is
 * malformed. Works on a record or on digest fields read from the chain.
 */
export function recoverRecordSigner(recordOrFields: ProvenanceRecord | RecordDigestFields, signature: string): string | null {
  try {
    const { domain, types, message } = recordTypedData(recordOrFields);
    return getAddress(verifyTypedData({ ...domain }, types, message, signature));
  } catch {
    return null;
  }
}
