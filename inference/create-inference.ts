import type { InferenceDevice, ProviderChoice } from "./choose-execution-provider";
import { generateImage, type GeneratedImage, type GenerateImageRequest } from "./generate-image";
import { createModelRegistry, type ModelRegistry } from "./model-registry";
import { createSessionPool, type SessionPool } from "./session-pool";
import { DEFAULT_MODELS_DIRECTORY, writeBuiltinModels } from "./write-builtin-models";

/** Options of {@link createInference}. Nothing here is read from the environment. */
export interface CreateInferenceOptions {
  /** Where built models live. Default `.colophon/models`. */
  modelsDirectory?: string;
  /** Build (or check) the built-in models into the directory first. Default true. */
  buildBuiltins?: boolean;
  /** The server passes INFERENCE_DEVICE here. Default `auto`. */
  device?: InferenceDevice;
  /** A named GPU provider that fails is an error instead of a CPU fall back. Default false. */
  strict?: boolean;
  intraOpThreads?: number;
  maxTilePixels?: number;
}

/** A ready inference module: the registry, the session pool, and generation bound to both. */
export interface Inference {
  registry: ModelRegistry;
  pool: SessionPool;
  generateImage(request: GenerateImageRequest): Promise<GeneratedImage>;
  /** The provider in use and why the others were skipped. */
  provider(): Promise<ProviderChoice>;
  close(): Promise<void>;
}

/**
 * Builds the built-in models if needed, loads every model in the directory (checking
 * hashes and card signatures), picks the execution provider, and returns generation bound
 * to them. Sessions are created and warmed on first use of each model.
 */
export async function createInference(options: CreateInferenceOptions = {}): Promise<Inference> {
  const directory = options.modelsDirectory ?? DEFAULT_MODELS_DIRECTORY;
  if (options.buildBuiltins ?? true) await writeBuiltinModels(directory);
  const registry = createModelRegistry();
  await registry.loadDirectory(directory);
  const pool = createSessionPool({ device: options.device, strict: options.strict, intraOpThreads: options.intraOpThreads });
  await pool.provider();
  return {
    registry,
    pool,
    generateImage: (request) => generateImage(request, { registry, pool, maxTilePixels: options.maxTilePixels }),
    provider: () => pool.provider(),
    close: () => pool.close(),
  };
}
