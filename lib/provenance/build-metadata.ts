import { sha256 } from "ethers";
import { canonicalBlockBytes } from "./canonical-json-bytes";
import { hashRecord, recordCidFromHash } from "./hash-record";
import { METADATA_COLOPHON_VERSION, tokenMetadataSchema, type MetadataAttribute, type SignatureEntry, type TokenMetadata } from "./metadata-schema";
import { cidFromSha256 } from "./raw-block-cid";
import type { ProvenanceRecord } from "./record-schema";

export { tokenMetadataSchema, type MetadataAttribute, type SignatureEntry, type TokenMetadata } from "./metadata-schema";

/** Parameters of {@link buildMetadata}. */
export interface BuildMetadataParameters {
  record: ProvenanceRecord;
  signatures: {
    /** The attestor's `Record` signature and address. */
    attestor: SignatureEntry;
    /** The contributor's `Record` signature and address. */
    contributor: SignatureEntry;
    /** The trainer's `ModelCard` signature (stored with the model) and address. */
    trainer: SignatureEntry;
  };
  /** Title; default: the prompt, shortened, or "Untitled". */
  name?: string;
  /** Default: a sentence naming the model, the contributor and the record. */
  description?: string;
}

/** "ipfs://" + a CID. */
export function ipfsUri(cid: string): string {
  return `ipfs://${cid}`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Percentage of basis points without float noise: 7000 → "70", 1234 → "12.34". */
function percentOf(bps: number): string {
  const whole = Math.floor(bps / 100);
  const rest = bps % 100;
  return rest === 0 ? `${whole}` : `${whole}.${String(rest).padStart(2, "0").replace(/0$/, "")}`;
}

/**
 * The attributes a record implies: model, trainer, contributor, one per split role, and the
 * royalty. A verifier rebuilds them from the record and compares, so they cannot drift.
 */
export function buildAttributes(record: ProvenanceRecord): MetadataAttribute[] {
  return [
    { trait_type: "Model", value: `${record.model.name} ${record.model.version}` },
    { trait_type: "Trainer", value: record.model.trainer },
    { trait_type: "Contributor", value: record.contributor.address },
    ...record.split.map((entry) => ({ trait_type: `Role: ${entry.role}`, value: `${entry.account} (${percentOf(entry.bps)}%)` })),
    { trait_type: "Royalty", value: record.royaltyBps / 100, display_type: "boost_percentage" },
  ];
}

/**
 * The token's ERC-721 metadata: name, description, image, attributes, and the `colophon`
 * block that points at the record (by CID and hash), the model card, and carries the three
 * signatures. Store {@link metadataBytes} as one raw block; its {@link metadataDigest} is
 * the mint request's `metadataDigest`, so tokenURI resolves to exactly this document.
 */
export function buildMetadata(parameters: BuildMetadataParameters): TokenMetadata {
  const { record, signatures } = parameters;
  const recordHash = hashRecord(record);
  const recordUri = ipfsUri(recordCidFromHash(recordHash));
  const metadata: TokenMetadata = {
    name: parameters.name ?? (shorten(record.generation.prompt, 80) || "Untitled"),
    description:
      parameters.description ??
      `Made with ${record.model.name} ${record.model.version} by ${record.contributor.address}. ` +
        `Provenance record ${recordUri}; verify with: npx colophon verify <image file>.`,
    image: ipfsUri(record.image.cid),
    attributes: buildAttributes(record),
    colophon: {
      version: METADATA_COLOPHON_VERSION,
      record: recordUri,
      recordHash,
      signatures: { attestor: signatures.attestor, contributor: signatures.contributor, trainer: signatures.trainer },
      modelCard: ipfsUri(record.model.cardCid),
    },
  };
  return tokenMetadataSchema.parse(metadata);
}

/**
 * The bytes the metadata is stored as (RFC 8785 canonical JSON, one raw block).
 * @throws ProvenanceError INPUT_INVALID when larger than one block (256 KiB).
 */
export function metadataBytes(metadata: TokenMetadata): Uint8Array {
  return canonicalBlockBytes(metadata, "metadata");
}

/** sha256 (0x-hex) of the metadata bytes: Artwork's `metadataDigest`. */
export function metadataDigest(metadata: TokenMetadata): string {
  return sha256(metadataBytes(metadata));
}

/** The metadata's CID (what tokenURI names after "ipfs://"). */
export function metadataCid(metadata: TokenMetadata): string {
  return cidFromSha256(metadataDigest(metadata));
}
