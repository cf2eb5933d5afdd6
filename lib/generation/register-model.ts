import { getAddress } from "ethers";
import { isInferenceError } from "@/inference/inference-error";
import { recoverModelCardSigner, type ModelCard } from "@/inference/model-card";
import { createModelManifest } from "@/inference/model-manifest";
import { sha256Hex } from "@/inference/sha256-hex";
import { checkModelFile, DEFAULT_MODEL_FILE_LIMITS } from "@/inference/validate-model-file";
import { Prisma } from "@/lib/db/generated/client";
import { devAccountRefusal, isDevAccount } from "@/lib/chain/dev-accounts";
import { InputError } from "@/lib/errors";
import type { Runtime } from "@/lib/runtime/get-runtime";
import { encodeModelCard } from "./encode-model-card";
import { ensureBuiltinModels } from "./ensure-builtin-models";
import { fromInferenceError, GenerationError } from "./generation-error";
import type { GenerationRuntime } from "./generation-runtime";
import { toModelJson, type ModelJson } from "./model-json";
import type { RegisterModelFields } from "./register-model-fields";

/** Parameters of {@link registerModel}. */
export interface RegisterModelParameters {
  /** With the chain's provider, a dev-account trainer is refused off the local dev chain. */
  runtime: GenerationRuntime & Partial<Pick<Runtime, "provider">>;
  /** The signed-in address: it must be the card's trainer. */
  signedIn: string;
  /** The .onnx bytes. */
  file: Uint8Array;
  fields: RegisterModelFields;
}

/**
 * Registers a trainer's model, cheapest checks first so that a bad request never gets as far
 * as running anything: the card's trainer is the signed-in address; the file's size; its
 * sha256 against the card's; the card's signature (over the card with that sha256); then
 * the static graph checks (ONNX decode, no external data anywhere, dimensions, operators in
 * every graph and function, a supported signature); and the database's conflicts. Only then
 * is the model loaded and probed, in the isolated sandbox (inference/sandbox/), never in
 * this process. The file and the canonical card go to the content store by CID, and the
 * Model row is created ACTIVE. The model is runnable at once (in the sandbox); workers load
 * it from the content store on first use.
 *
 * @throws InputError FORBIDDEN when card.trainer is not the signed-in address; CONFLICT when
 *   the file, or the trainer's name and version, is registered already.
 * @throws GenerationError with the inference code (FILE_TOO_LARGE 413, NOT_ONNX,
 *   EXTERNAL_DATA_NOT_ALLOWED, UNSUPPORTED_SIGNATURE, DIMENSIONS_TOO_LARGE... 422,
 *   CARD_SIGNATURE_INVALID 422, MODEL_HASH_MISMATCH 422, MODEL_RESOURCE_LIMIT 422 for a model
 *   over the sandbox's memory or time limit, SANDBOX_UNAVAILABLE 503), naming the field.
 */
export async function registerModel({ runtime, signedIn, file, fields }: RegisterModelParameters): Promise<{ model: ModelJson }> {
  if (getAddress(fields.trainer).toLowerCase() !== signedIn.toLowerCase()) {
    throw new InputError({
      code: "FORBIDDEN",
      message: "The card's trainer must be the signed-in address: sign the card with the wallet you are signed in with.",
      details: { field: "trainer", reason: "must be the signed-in address", trainer: fields.trainer, signedIn },
    });
  }
  await refuseDevAccountTrainer(runtime, fields.trainer);
  const limitBytes = DEFAULT_MODEL_FILE_LIMITS.maxBytes;
  if (file.length > limitBytes) {
    throw new GenerationError({
      code: "FILE_TOO_LARGE",
      message: `The model file is ${file.length} bytes; the limit is ${limitBytes}.`,
      details: { field: "file", sizeBytes: file.length, limitBytes },
    });
  }
  const modelSha256 = `0x${sha256Hex(file)}`;
  if (fields.modelSha256 !== undefined && fields.modelSha256 !== modelSha256) {
    throw new GenerationError({
      code: "MODEL_HASH_MISMATCH",
      message: "The card names a different file: modelSha256 is not the sha256 of the uploaded file.",
      details: { field: "modelSha256", reason: "differs from the sha256 of the file", fileSha256: modelSha256, cardModelSha256: fields.modelSha256 },
    });
  }
  const card: ModelCard = {
    modelSha256,
    name: fields.name,
    version: fields.version,
    license: fields.license,
    trainingData: fields.trainingData,
    weightsOrigin: fields.weightsOrigin,
    trainer: fields.trainer,
  };
  const recovered = recoverModelCardSigner(card, fields.cardSignature);
  if (recovered !== card.trainer) {
    throw new GenerationError({
      code: "CARD_SIGNATURE_INVALID",
      message: "The card's signature was not made by its trainer over these card fields and this file.",
      details: { field: "cardSignature", reason: "does not recover the trainer's address", trainer: card.trainer, recovered },
    });
  }
  // Static checks: the graph is read, nothing is run.
  let checked;
  try {
    checked = checkModelFile(file);
  } catch (error) {
    throw isInferenceError(error) ? fromInferenceError(error, "file") : error;
  }
  const { draft } = checked;
  // The same checks the registry makes, before anything is stored (the id is set later).
  try {
    createModelManifest({ draft, id: "unregistered", card, cardSignature: fields.cardSignature });
  } catch (error) {
    throw isInferenceError(error) ? fromInferenceError(error) : error;
  }

  await ensureBuiltinModels(runtime);
  const [{ prisma }, contentStore] = await Promise.all([runtime.database(), runtime.contentStore()]);
  const existing = await prisma.model.findUnique({ where: { sha256: modelSha256 }, select: { id: true } });
  if (existing !== null) throw conflict("file", "this model file is registered already", existing.id);
  const trainer = card.trainer.toLowerCase();
  const sameName = await prisma.model.findFirst({ where: { trainer, name: card.name, version: card.version }, select: { id: true } });
  if (sameName !== null) throw conflict("version", "you have registered a model with this name and version already", sameName.id);

  // Last: load and probe in the sandbox, a separate process that cannot read our files.
  const inference = await runtime.inference();
  try {
    await inference.sandbox.probeModel(file, checked.signature);
  } catch (error) {
    throw isInferenceError(error) ? fromInferenceError(error, "file") : error;
  }

  const stored = await contentStore.add(file);
  const storedCard = await contentStore.add(encodeModelCard(card));
  let row;
  try {
    row = await prisma.model.create({
      data: {
        sha256: modelSha256,
        name: card.name,
        version: card.version,
        kind: draft.kind,
        trainer,
        fileCid: stored.cid,
        cardCid: storedCard.cid,
        cardSignature: fields.cardSignature,
        trainerShareBps: fields.trainerShareBps,
        // The card's signature verified above: the model may be used now.
        status: "ACTIVE",
      },
    });
  } catch (error) {
    // Another request registered the same file or name between the checks and here.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict("file", "this model was registered meanwhile", undefined);
    throw error;
  }
  inference.registry.register(createModelManifest({ draft, id: row.id, card, cardSignature: fields.cardSignature }), file);
  return { model: toModelJson(row, card, false) };
}

function conflict(field: string, reason: string, modelId: string | undefined): InputError {
  return new InputError({
    code: "CONFLICT",
    message: `Cannot register: ${reason}${modelId === undefined ? "" : ` (model ${modelId})`}.`,
    details: { field, reason, ...(modelId === undefined ? {} : { modelId }) },
  });
}

/**
 * Hardhat's public dev accounts may sign model cards only on the local dev chain: anyone can
 * sign as them, so elsewhere a card "by" one proves nothing and its share would be anyone's.
 * Only a dev-account trainer costs a chain read (the provider's pinned chain id).
 */
async function refuseDevAccountTrainer(runtime: Partial<Pick<Runtime, "provider">>, trainer: string): Promise<void> {
  if (!isDevAccount(trainer) || runtime.provider === undefined) return;
  const { chainId } = await (await runtime.provider()).getNetwork();
  const refusal = devAccountRefusal(trainer, chainId);
  if (refusal !== null) {
    throw new InputError({
      code: "FORBIDDEN",
      message: `The card's trainer cannot register models here: ${refusal}.`,
      details: { field: "trainer", reason: refusal },
    });
  }
}
