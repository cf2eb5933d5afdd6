import { getAddress } from "ethers";
import { CID } from "multiformats/cid";
import { z } from "zod";

/**
 * The provenance record of one work: what was made, with which model, by whom, from what.
 * Its RFC 8785 canonical bytes are hashed (sha256) into the on-chain `recordHash`, signed
 * (EIP-712 `Record`) by the attestor and the contributor, and stored as one raw IPFS block.
 *
 * Every object is strict (unknown keys are refused) so two parties can never hash two
 * different readings of the same record. Field formats are fixed for the same reason:
 * hashes are 0x + 64 lower-case hex digits, addresses are EIP-55 checksummed, CIDs are
 * CIDv1 in base32, integers that may exceed 2^53 are decimal strings.
 *
 * Structural only: whether the split sums to 10,000 bps and is in the contract's order is
 * checked by the verifier's split step (and by the builders), so a bad split is reported
 * as such rather than as an unreadable record.
 */

/** Schema tag of version 1 records. */
export const RECORD_SCHEMA_ID = "colophon.record/1";

/** Longest contribution statement, in characters. */
export const MAX_CONTRIBUTION_LENGTH = 2000;

/** Longest prompt, in characters (the inference module's limit). */
export const MAX_RECORD_PROMPT_LENGTH = 2000;

/** Most entries of a split (the contract's SplitCodec.MAX_SHARES). */
export const MAX_SPLIT_ENTRIES = 8;

/** Most parent works a record may name. */
export const MAX_PARENTS = 16;

/** Most source images of one generation. */
export const MAX_SOURCE_IMAGES = 8;

/** Basis points in a whole split. */
export const TOTAL_BPS = 10_000;

/** A sha256 digest as the chain stores it: 0x + 64 lower-case hex digits. */
export const hash32Schema = z.string().regex(/^0x[0-9a-f]{64}$/, "0x followed by 64 lower-case hex digits");

/** An EVM address, EIP-55 checksummed (so equal accounts have equal bytes in the record). */
export const checksummedAddressSchema = z
  .string()
  .regex(/^0x[0-9a-fA-F]{40}$/, "a 0x-prefixed 20-byte address")
  .refine((value) => {
    try {
      return getAddress(value) === value;
    } catch {
      return false;
    }
  }, "an EIP-55 checksummed address");

/** A CIDv1 in its canonical base32 spelling ("b..."), as this project writes every CID. */
export const cidV1Schema = z
  .string()
  .regex(/^b[a-z2-7]{10,200}$/, "a CIDv1 in base32 (b...)")
  .refine((value) => {
    try {
      const cid = CID.parse(value);
      return cid.version === 1 && cid.toString() === value;
    } catch {
      return false;
    }
  }, "a CIDv1 in canonical base32");

const uintString = (maxDigits: number, max: bigint, what: string) =>
  z
    .string()
    .regex(new RegExp(`^(0|[1-9][0-9]{0,${maxDigits - 1}})$`), `${what} as a decimal string without leading zeros`)
    .refine((value) => BigInt(value) <= max, `${what} out of range`);

/** A uint256 token id as a decimal string. */
export const tokenIdStringSchema = uintString(78, (1n << 256n) - 1n, "a uint256");

/** A generation seed as a decimal string (at most 2^64 - 1; the built-in models take 32 bits). */
export const seedStringSchema = uintString(20, (1n << 64n) - 1n, "a uint64");

/** A role name; its bytes32 id (right-padded ASCII) is what the contract stores. */
export const roleNameSchema = z.string().regex(/^[a-z][a-z0-9-]{0,30}$/, "lower-case letters, digits and dashes, at most 31");

/** The image file. */
export const recordImageSchema = z.strictObject({
  /** sha256 of the file: the token's content hash. */
  sha256: hash32Schema,
  /** CID of the file (UnixFS, CIDv1, raw leaves: a raw block when it fits in one). */
  cid: cidV1Schema,
  mediaType: z.enum(["image/png"]),
  /** File size in bytes. */
  size: z.number().int().positive(),
  width: z.number().int().min(1).max(65_535),
  height: z.number().int().min(1).max(65_535),
});

/** The model that made the image. */
export const recordModelSchema = z.strictObject({
  /** sha256 of the ONNX file: the token's model hash. */
  sha256: hash32Schema,
  /** CID of the model card JSON (canonical bytes, one raw block). */
  cardCid: cidV1Schema,
  /** CID of the ONNX file. */
  fileCid: cidV1Schema,
  /** Trainer who signed the card. */
  trainer: checksummedAddressSchema,
  name: z.string().min(1).max(200),
  version: z.string().min(1).max(64),
  /** Inference pipeline ("cppn", "style"). */
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
});

/** How the image was generated: enough to run it again. */
export const recordGenerationSchema = z.strictObject({
  prompt: z.string().max(MAX_RECORD_PROMPT_LENGTH),
  seed: seedStringSchema,
  /** The parameters actually used, defaults included. */
  params: z.record(z.string(), z.json()),
  /** CIDs of input images, in the order the model took them. */
  sourceImageCids: z.array(cidV1Schema).max(MAX_SOURCE_IMAGES),
  runtime: z.strictObject({
    /** ONNX Runtime version. */
    onnxruntime: z.string().min(1).max(64),
    /** Execution provider the image was made on ("cpu", "cuda", "webgpu"). */
    executionProvider: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/),
  }),
});

/** The human contributor. */
export const recordContributorSchema = z.strictObject({
  address: checksummedAddressSchema,
  /** What they did, in their words. */
  contribution: z.string().max(MAX_CONTRIBUTION_LENGTH),
});

/** A work this one remixes. */
export const recordParentSchema = z.strictObject({
  chainId: z.number().int().positive(),
  /** The parent's Artwork contract. */
  contract: checksummedAddressSchema,
  tokenId: tokenIdStringSchema,
  /** The parent's content hash (so a parent reference cannot be re-pointed). */
  contentHash: hash32Schema,
});

/** One split entry, by role name. */
export const recordSplitEntrySchema = z.strictObject({
  account: checksummedAddressSchema,
  role: roleNameSchema,
  bps: z.number().int().min(1).max(TOTAL_BPS),
});

/** A provenance record, version 1. */
export const provenanceRecordSchema = z.strictObject({
  schema: z.literal(RECORD_SCHEMA_ID),
  image: recordImageSchema,
  model: recordModelSchema,
  generation: recordGenerationSchema,
  contributor: recordContributorSchema,
  parents: z.array(recordParentSchema).max(MAX_PARENTS),
  /** The royalty split in the contract's canonical order (by account, then role id). */
  split: z.array(recordSplitEntrySchema).min(1).max(MAX_SPLIT_ENTRIES),
  /** Secondary-sale royalty, basis points. */
  royaltyBps: z.number().int().min(0).max(TOTAL_BPS),
  /** When the record was assembled (ISO 8601, UTC). */
  createdAt: z.iso.datetime(),
});

/** A provenance record, version 1. */
export type ProvenanceRecord = z.infer<typeof provenanceRecordSchema>;
export type RecordSplitEntry = z.infer<typeof recordSplitEntrySchema>;
export type RecordParent = z.infer<typeof recordParentSchema>;

/**
 * The record format as JSON Schema (draft 2020-12), for other implementations. Checks that
 * JSON Schema cannot express (EIP-55 checksums, CID decoding, uint ranges) are described
 * by the patterns only; `provenanceRecordSchema` is the authority.
 */
export function exportRecordJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(provenanceRecordSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    $schema,
    $id: "https://colophon.art/schemas/record.schema.json",
    title: "Colophon provenance record",
    description:
      "The provenance record of a Colophon work. Its RFC 8785 canonical bytes hash (sha256) to the token's on-chain recordHash and are stored as one raw IPFS block (CIDv1, raw codec, sha2-256).",
    ...schema,
  };
}
