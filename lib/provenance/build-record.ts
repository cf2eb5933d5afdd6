import { getAddress } from "ethers";
import { sortRecordSplit } from "./build-mint-request";
import { ProvenanceError } from "./provenance-error";
import { provenanceRecordSchema, RECORD_SCHEMA_ID, type ProvenanceRecord, type RecordParent, type RecordSplitEntry } from "./record-schema";

/** Parameters of {@link buildRecord}: the facts, in the forms callers usually hold them. */
export interface BuildRecordParameters {
  image: { sha256: string; cid: string; size: number; width: number; height: number; mediaType?: "image/png" };
  model: { sha256: string; cardCid: string; fileCid: string; trainer: string; name: string; version: string; kind: string };
  generation: {
    prompt: string;
    seed: string | number | bigint;
    /** The parameters actually used, defaults included (GenerationFacts.params). */
    params: Record<string, unknown>;
    sourceImageCids?: string[];
    runtime: { onnxruntime: string; executionProvider: string };
  };
  contributor: { address: string; contribution: string };
  parents?: RecordParent[];
  /** Any order: it is put in the contract's canonical order. */
  split: RecordSplitEntry[];
  royaltyBps: number;
  /** Default now. */
  createdAt?: Date | string;
}

/** 0x + lower-case hex, whether given with or without 0x. */
function hash32(value: string): string {
  const hex = value.toLowerCase();
  return hex.startsWith("0x") ? hex : `0x${hex}`;
}

function checksummed(value: string): string {
  try {
    return getAddress(value);
  } catch {
    return value;
  }
}

/** The split in canonical order; as given when an entry is malformed (the schema then says which). */
function sortedOrAsIs(split: RecordSplitEntry[]): RecordSplitEntry[] {
  try {
    return sortRecordSplit(split);
  } catch {
    return split;
  }
}

/**
 * Assembles a provenance record from generation facts: normalises spellings (0x-hex
 * hashes, EIP-55 addresses, decimal seed), orders the split canonically, stamps the time,
 * and validates the result.
 *
 * @throws ProvenanceError INPUT_INVALID naming every field that does not fit.
 */
export function buildRecord(parameters: BuildRecordParameters): ProvenanceRecord {
  const createdAt = parameters.createdAt ?? new Date();
  const candidate = {
    schema: RECORD_SCHEMA_ID,
    image: { ...parameters.image, sha256: hash32(parameters.image.sha256), mediaType: parameters.image.mediaType ?? "image/png" },
    model: { ...parameters.model, sha256: hash32(parameters.model.sha256), trainer: checksummed(parameters.model.trainer) },
    generation: {
      prompt: parameters.generation.prompt,
      seed: String(parameters.generation.seed),
      params: parameters.generation.params,
      sourceImageCids: parameters.generation.sourceImageCids ?? [],
      runtime: parameters.generation.runtime,
    },
    contributor: { address: checksummed(parameters.contributor.address), contribution: parameters.contributor.contribution },
    parents: (parameters.parents ?? []).map((parent) => ({ ...parent, contract: checksummed(parent.contract), contentHash: hash32(parent.contentHash) })),
    split: sortedOrAsIs(parameters.split.map((entry) => ({ ...entry, account: checksummed(entry.account) }))),
    royaltyBps: parameters.royaltyBps,
    createdAt: typeof createdAt === "string" ? createdAt : createdAt.toISOString(),
  };
  const parsed = provenanceRecordSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    throw new ProvenanceError({
      code: "INPUT_INVALID",
      message: `The record is invalid: ${issues.map((i) => `${i.path || "record"}: ${i.message}`).join("; ")}.`,
      details: { field: "record", issues },
    });
  }
  return parsed.data;
}
