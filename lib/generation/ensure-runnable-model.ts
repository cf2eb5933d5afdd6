import { InferenceError, isInferenceError } from "@/inference/inference-error";
import { modelCardSchema } from "@/inference/model-card";
import { createModelManifest, type ModelManifest } from "@/inference/model-manifest";
import type { ModelRegistry } from "@/inference/model-registry";
import type { ModelSandbox } from "@/inference/sandbox/model-sandbox";
import { validateModelFile } from "@/inference/validate-model-file";
import type { ContentStore } from "@/lib/storage/content-store";
import { fromInferenceError } from "./generation-error";
import type { GenerationModelRef } from "./generation-queue";

// Loads in flight, per registry and model id, so concurrent jobs share one.
const loading = new WeakMap<ModelRegistry, Map<string, Promise<ModelManifest>>>();

/**
 * The manifest of a model in `registry`, loading a trainer's model into it first when this
 * process has not seen it: the .onnx file and the signed card are fetched from the content
 * store by CID, the file is validated again (static checks, then an ONNX Runtime load and
 * probe run in `sandbox`, the isolated worker, never in this process) and the card's hash
 * and signature are checked. A worker on another host needs only the content store for
 * this, not the database.
 *
 * @throws GenerationError with the inference code (MODEL_NOT_FOUND for an unknown built-in,
 *   MODEL_HASH_MISMATCH, CARD_SIGNATURE_INVALID, MODEL_RESOURCE_LIMIT, SANDBOX_UNAVAILABLE...),
 *   or a content-store error.
 */
export async function ensureRunnableModel(
  registry: ModelRegistry,
  contentStore: ContentStore,
  model: GenerationModelRef,
  sandbox?: ModelSandbox,
): Promise<ModelManifest> {
  const sha256 = model.sha256.replace(/^0x/, "");
  if (registry.has(model.id) && registry.get(model.id).manifest.sha256 === sha256) return registry.get(model.id).manifest;
  if (model.builtIn) {
    // Built-ins come from inference/ itself; one missing here was built by another version.
    throw fromInferenceError(
      new InferenceError("MODEL_NOT_FOUND", `Built-in model "${model.id}" (sha256 ${sha256}) is not in this process's models directory.`, {
        details: { id: model.id, sha256 },
      }),
      "modelId",
    );
  }
  let byId = loading.get(registry);
  if (byId === undefined) {
    byId = new Map();
    loading.set(registry, byId);
  }
  let pending = byId.get(model.id);
  if (pending === undefined) {
    pending = loadModel(registry, contentStore, model, sha256, sandbox).finally(() => byId.delete(model.id));
    byId.set(model.id, pending);
  }
  return pending;
}

async function loadModel(registry: ModelRegistry, contentStore: ContentStore, model: GenerationModelRef, sha256: string, sandbox: ModelSandbox | undefined): Promise<ModelManifest> {
  try {
    const bytes = await contentStore.get(model.fileCid);
    const card = modelCardSchema.parse(JSON.parse(new TextDecoder().decode(await contentStore.get(model.cardCid))));
    const draft = await validateModelFile(bytes, { sandbox });
    if (draft.sha256 !== sha256) {
      throw new InferenceError("MODEL_HASH_MISMATCH", `The stored file of model "${model.id}" does not match its recorded sha256.`, {
        details: { id: model.id, recordedSha256: sha256, fileSha256: draft.sha256 },
      });
    }
    const manifest = createModelManifest({ draft, id: model.id, card, cardSignature: model.cardSignature });
    return registry.register(manifest, bytes).manifest;
  } catch (error) {
    throw isInferenceError(error) ? fromInferenceError(error) : error;
  }
}
