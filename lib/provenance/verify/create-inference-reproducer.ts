import { createModelManifest } from "../../../inference/model-manifest";
import { createModelRegistry } from "../../../inference/model-registry";
import { createSessionPool, type SessionPool } from "../../../inference/session-pool";
import { generateImage } from "../../../inference/generate-image";
import { getOrtVersion, type InferenceDevice } from "../../../inference/choose-execution-provider";
import type { ModelSandbox } from "../../../inference/sandbox/model-sandbox";
import { validateModelFile } from "../../../inference/validate-model-file";
import type { ReproducedImage, Reproducer, ReproduceRequest } from "./types";

/** Options of {@link createInferenceReproducer}. */
export interface InferenceReproducerOptions {
  /** Provider to re-run on. Default "cpu": the reference, bit-exact with CPU-made works. */
  device?: InferenceDevice;
  intraOpThreads?: number;
  /**
   * Where the fetched model is validated and run: it is a stranger's file, so always the
   * isolated sandbox (inference/sandbox/). Default: the process's shared sandbox.
   */
  sandbox?: ModelSandbox;
}

/** A reproducer with sessions to release. */
export interface InferenceReproducer extends Reproducer {
  close(): Promise<void>;
}

/**
 * A {@link Reproducer} over the inference module: the fetched model file is validated and
 * registered with its signed card (the registry re-checks hash and signature), then the
 * recorded prompt, seed, parameters and size are generated again, in the model sandbox
 * (the registered manifest is not built in, so nothing of the model runs in this process).
 * Import this file only when a re-run is asked for.
 */
export function createInferenceReproducer(options: InferenceReproducerOptions = {}): InferenceReproducer {
  const registry = createModelRegistry();
  let pool: SessionPool | undefined;
  const getPool = () => (pool ??= createSessionPool({ device: options.device ?? "cpu", intraOpThreads: options.intraOpThreads }));
  return {
    async reproduce(request: ReproduceRequest): Promise<ReproducedImage> {
      const { record, modelBytes, card, cardSignature, sourceImages } = request;
      if (sourceImages.length > 1) {
        throw Object.assign(new Error(`the record names ${sourceImages.length} source images; the inference module takes one`), { code: "INPUT_INVALID" });
      }
      const id = `verify-${record.model.sha256.slice(2, 18)}`;
      if (!registry.has(id)) {
        const draft = await validateModelFile(modelBytes, { sandbox: options.sandbox });
        registry.register(createModelManifest({ draft, id, card, cardSignature }), modelBytes);
      }
      const image = await generateImage(
        {
          modelId: id,
          prompt: record.generation.prompt,
          seed: Number(record.generation.seed),
          width: record.image.width,
          height: record.image.height,
          params: record.generation.params as Record<string, unknown>,
          ...(sourceImages.length > 0 ? { sourceImage: sourceImages[0] } : {}),
        },
        { registry, pool: getPool(), sandbox: options.sandbox },
      );
      return { png: image.png, sha256: `0x${image.sha256}`, executionProvider: image.facts.executionProvider, onnxruntime: getOrtVersion() };
    },
    async close() {
      await pool?.close();
    },
  };
}
