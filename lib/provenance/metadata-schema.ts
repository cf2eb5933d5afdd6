import { z } from "zod";
import { checksummedAddressSchema, hash32Schema } from "./record-schema";

/** Version of the `colophon` block in token metadata. */
export const METADATA_COLOPHON_VERSION = 1;

/**
 * A signature as the metadata carries it: who claims to have signed, and the signature.
 * The format is checked loosely here (any hex) so that a bad signature is reported by the
 * signature step that checks it, not as unreadable metadata.
 */
export const signatureEntrySchema = z.strictObject({
  address: checksummedAddressSchema,
  signature: z.string().regex(/^0x[0-9a-fA-F]{0,512}$/, "0x-prefixed hex"),
});
export type SignatureEntry = z.infer<typeof signatureEntrySchema>;

/** One ERC-721 metadata attribute (OpenSea convention). */
export const metadataAttributeSchema = z.strictObject({
  trait_type: z.string().min(1).max(100),
  value: z.union([z.string().max(500), z.number()]),
  display_type: z.string().max(32).optional(),
});
export type MetadataAttribute = z.infer<typeof metadataAttributeSchema>;

/** The provenance block of the metadata: where the record is and who signed what. */
export const metadataColophonSchema = z.strictObject({
  version: z.literal(METADATA_COLOPHON_VERSION),
  /** "ipfs://" + the record's CID (derived from recordHash). */
  record: z.string().max(300),
  /** The on-chain recordHash, repeated so the document names its record without a chain read. */
  recordHash: hash32Schema,
  signatures: z.strictObject({
    /** The attestor's EIP-712 `Record` signature. */
    attestor: signatureEntrySchema,
    /** The contributor's EIP-712 `Record` signature (consent). */
    contributor: signatureEntrySchema,
    /** The trainer's EIP-712 `ModelCard` signature over the card at `modelCard`. */
    trainer: signatureEntrySchema,
  }),
  /** "ipfs://" + the model card's CID. */
  modelCard: z.string().max(300),
});

/**
 * ERC-721 metadata of a Colophon token. tokenURI is "ipfs://" + the CIDv1 (raw, sha2-256)
 * of its canonical bytes, so the contract's metadataDigest fixes this exact document.
 * Extra top-level keys (external_url, ...) are allowed; the `colophon` block is strict.
 */
export const tokenMetadataSchema = z.looseObject({
  name: z.string().min(1).max(200),
  description: z.string().max(5000),
  /** "ipfs://" + the image CID. */
  image: z.string().max(300),
  attributes: z.array(metadataAttributeSchema).max(64),
  colophon: metadataColophonSchema,
});
export type TokenMetadata = z.infer<typeof tokenMetadataSchema>;
