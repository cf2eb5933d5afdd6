import type { ModelCard } from "../../../inference/model-card";
import type { ProvenanceRecord } from "../record-schema";
import { sha256Hex0x } from "./check-bytes-match-cid";
import { compareImages } from "./compare-images";
import { fetchChecked } from "./fetch-checked";
import { fail, notCheckable, pass, short, type Outcome } from "./step";
import type { ContentFetcher, OnChainProvenance, Reproducer } from "./types";

/** Error codes of a re-run that mean the record describes a generation that cannot be run. */
const RECORD_FAULT_CODES = new Set([
  "INPUT_INVALID",
  "DIMENSIONS_TOO_LARGE",
  "IMAGE_TOO_LARGE",
  "MANIFEST_INVALID",
  "MODEL_HASH_MISMATCH",
  "CARD_SIGNATURE_INVALID",
  "NOT_ONNX",
  "FILE_TOO_LARGE",
  "UNSUPPORTED_SIGNATURE",
  "EXTERNAL_DATA_NOT_ALLOWED",
  "UNSUPPORTED_OPERATOR",
]);

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Runs the recorded generation again: the model file (by record.model.fileCid) must hash
 * to the on-chain model hash, the source images must match their CIDs, and the output must
 * be the token's image: the same sha256 passes; on another execution provider than the
 * recorded one, a mean absolute pixel difference within `tolerance` passes as "reproduced
 * within tolerance"; anything else fails with the measured difference.
 */
export async function checkReproduction(parameters: {
  reproducer: Reproducer;
  content: ContentFetcher;
  record: ProvenanceRecord;
  card: ModelCard;
  cardSignature: string;
  provenance: OnChainProvenance;
  imageBytes: Uint8Array | null;
  tolerance: number;
}): Promise<Outcome> {
  const { reproducer, content, record, provenance, imageBytes, tolerance } = parameters;
  if (!imageBytes) return notCheckable("needs the token's image to compare with, and it could not be read");
  const model = await fetchChecked(content, record.model.fileCid, "model file");
  if (!model.ok) return { status: model.status, reason: model.reason, details: { fileCid: record.model.fileCid } };
  const modelSha256 = sha256Hex0x(model.bytes);
  if (modelSha256 !== provenance.modelHash) {
    return fail(`the model file at ${record.model.fileCid} hashes to ${short(modelSha256)}, not the on-chain model hash ${short(provenance.modelHash)}`, {
      fileCid: record.model.fileCid,
      fileSha256: modelSha256,
    });
  }
  const sourceImages: Uint8Array[] = [];
  for (const cid of record.generation.sourceImageCids) {
    const source = await fetchChecked(content, cid, "source image");
    if (!source.ok) return { status: source.status, reason: source.reason, details: { sourceImageCid: cid } };
    sourceImages.push(source.bytes);
  }
  let result;
  try {
    result = await reproducer.reproduce({ record, modelBytes: model.bytes, card: parameters.card, cardSignature: parameters.cardSignature, sourceImages });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (typeof code === "string" && RECORD_FAULT_CODES.has(code)) return fail(`the recorded generation cannot be run: ${message}`, { code });
    return notCheckable(`the model could not be run here: ${message}`, { code });
  }
  const details: Record<string, unknown> = {
    recordedProvider: record.generation.runtime.executionProvider,
    recordedOnnxruntime: record.generation.runtime.onnxruntime,
    provider: result.executionProvider,
    onnxruntime: result.onnxruntime,
    reproducedSha256: result.sha256,
  };
  if (result.sha256 === provenance.contentHash) {
    return pass(`re-running ${record.model.name} ${record.model.version} on ${result.executionProvider} gives the identical image`, details);
  }
  let difference: Awaited<ReturnType<typeof compareImages>>;
  try {
    difference = await compareImages(imageBytes, result.png);
  } catch (error) {
    return notCheckable(`the two images could not be compared: ${error instanceof Error ? error.message : String(error)}`, { ...details, code: (error as { code?: unknown }).code });
  }
  details.difference = difference.sameSize
    ? { meanAbsoluteDifference: round(difference.meanAbsoluteDifference), maxDifference: difference.maxDifference, differingPixels: round(difference.differingPixels) }
    : { sameSize: false };
  if (!difference.sameSize) return fail("re-running the model gives an image of another size", details);
  const mean = round(difference.meanAbsoluteDifference);
  const otherProvider = result.executionProvider !== record.generation.runtime.executionProvider;
  if (otherProvider && difference.meanAbsoluteDifference <= tolerance) {
    return pass(
      `reproduced within tolerance: mean absolute pixel difference ${mean}/255 (recorded on ${record.generation.runtime.executionProvider}, re-run on ${result.executionProvider}; tolerance ${tolerance})`,
      details,
    );
  }
  return fail(
    `re-running the model gives a different image: sha256 ${short(result.sha256)}, mean absolute pixel difference ${mean}/255, ${round(difference.differingPixels * 100)}% of pixels differ`,
    details,
  );
}
