import { sha256 } from "ethers";
import { buildRecord } from "@/lib/provenance/build-record";
import { ProvenanceError } from "@/lib/provenance/provenance-error";
import type { ProvenanceRecord, RecordParent } from "@/lib/provenance/record-schema";
import { readPngHeader } from "@/lib/provenance/read-png-header";
import { ProvenanceFlowError } from "./provenance-flow-error";
import type { DraftRecordInput } from "./record-request-schemas";

/** The parts of a kept generation (Generation row with its Model) a record is built from. */
export interface GenerationForRecord {
  id: string;
  contributor: string;
  prompt: string;
  seed: bigint;
  params: unknown;
  imageCid: string;
  imageSha256: string;
  size: number;
  facts: unknown;
  model: {
    sha256: string;
    name: string;
    version: string;
    kind: string;
    trainer: string;
    fileCid: string;
    cardCid: string;
  };
}

/** Parameters of {@link assembleRecord}. */
export interface AssembleRecordParameters {
  generation: GenerationForRecord;
  /** The PNG bytes behind `generation.imageCid` (read from the store, checked here). */
  image: Uint8Array;
  /** What the contributor chose: contribution, split, royalty. */
  input: Pick<DraftRecordInput, "contribution" | "split" | "royaltyBps">;
  /** Parent works, resolved and checked against the chain. */
  parents: RecordParent[];
  /** When the record is assembled. */
  now: Date;
}

/** Keys of Generation.params that describe the request rather than the model's parameters. */
const REQUEST_KEYS = new Set(["width", "height", "variations", "sourceImageCid", "sourceImageCids", "modelId", "prompt", "seed"]);

/**
 * Builds the provenance record of a kept generation: image (hash, CID, size read from the
 * PNG), model (hash, card, trainer), how it was generated (prompt, seed, the parameters the
 * run used, source images, ONNX Runtime and provider), the contributor's statement,
 * parents, and the split in the contract's order. The result is parsed with
 * provenanceRecordSchema, so what is hashed is exactly what every verifier reads.
 *
 * @throws ProvenanceFlowError CONFLICT when the stored generation does not describe its image
 *   (hash mismatch, not a PNG, facts missing): it cannot be attested.
 */
export function assembleRecord({ generation, image, input, parents, now }: AssembleRecordParameters): ProvenanceRecord {
  const imageSha256 = normaliseHash(generation.imageSha256);
  if (sha256(image) !== imageSha256) {
    throw unusable(generation.id, `its image ${generation.imageCid} does not hash to the recorded sha256`);
  }
  const header = readPngHeader(image);
  if (header === null) throw unusable(generation.id, "its image is not a PNG");
  const { width, height } = header;
  const facts = asObject(generation.facts);
  const params = asObject(generation.params);
  const ortVersion = facts.ortVersion ?? facts.onnxruntime;
  const executionProvider = facts.executionProvider;
  if (typeof ortVersion !== "string" || typeof executionProvider !== "string") {
    throw unusable(generation.id, "its facts lack the ONNX Runtime version or execution provider");
  }
  if (typeof facts.modelSha256 === "string" && normaliseHash(facts.modelSha256) !== normaliseHash(generation.model.sha256)) {
    throw unusable(generation.id, "its facts name another model than its model row");
  }
  // The parameters the run actually used (defaults included) when the facts have them.
  const usedParams = isObject(facts.params)
    ? facts.params
    : Object.fromEntries(Object.entries(params).filter(([key]) => !REQUEST_KEYS.has(key)));
  // The seed the model ran with: large request seeds are folded to 32 bits before the run.
  const seed = typeof facts.seed === "number" && Number.isSafeInteger(facts.seed) && facts.seed >= 0 ? BigInt(facts.seed) : generation.seed;
  const sourceImageCids = sourceImageCidsOf(generation.params);

  try {
    // buildRecord puts the split in the contract's order and validates the whole record.
    return buildRecord({
      image: { sha256: imageSha256, cid: generation.imageCid, mediaType: "image/png", size: image.length, width, height },
      model: {
        sha256: generation.model.sha256,
        cardCid: generation.model.cardCid,
        fileCid: generation.model.fileCid,
        trainer: generation.model.trainer,
        name: generation.model.name,
        version: generation.model.version,
        kind: generation.model.kind,
      },
      generation: { prompt: generation.prompt, seed, params: usedParams, sourceImageCids, runtime: { onnxruntime: ortVersion, executionProvider } },
      contributor: { address: generation.contributor, contribution: input.contribution },
      parents,
      split: input.split.map((entry) => ({ account: entry.account, role: entry.role, bps: entry.bps })),
      royaltyBps: input.royaltyBps,
      createdAt: now,
    });
  } catch (error) {
    if (!(error instanceof ProvenanceError)) throw error;
    throw unusable(generation.id, `its record does not validate (${error.message})`);
  }
}

/** CIDs of a generation's source images, from its stored params (`sourceImageCid` or `sourceImageCids`). */
export function sourceImageCidsOf(storedParams: unknown): string[] {
  const params = asObject(storedParams);
  return [
    ...(typeof params.sourceImageCid === "string" ? [params.sourceImageCid] : []),
    ...(Array.isArray(params.sourceImageCids) ? params.sourceImageCids.filter((c): c is string => typeof c === "string") : []),
  ];
}

function normaliseHash(value: string): string {
  return `0x${value.replace(/^0x/i, "").toLowerCase()}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

function unusable(generationId: string, reason: string): ProvenanceFlowError {
  return new ProvenanceFlowError({
    code: "CONFLICT",
    message: `Generation ${generationId} cannot be recorded: ${reason}`,
    details: { field: "generationId", reason },
  });
}
