import type { InferenceDevice, ProviderChoice } from "./choose-execution-provider";
import type { BuiltinTrainer } from "./builtin-models";
import { generateImage, type GeneratedImage, type GenerateImageRequest } from "./generate-image";
import { InferenceError } from "./inference-error";
import { createModelRegistry, type ModelRegistry } from "./model-registry";
import { createModelSandbox, getDefaultModelSandbox, type ModelSandbox, type ModelSandboxOptions } from "./sandbox/model-sandbox";
import { createSessionPool, type SessionPool } from "./session-pool";
import { DEFAULT_MODELS_DIRECTORY, writeBuiltinModels } from "./write-builtin-models";

/** Options of {@link createInference}. Nothing here is read from the environment. */
export interface CreateInferenceOptions {
  /** Where built models live. Default `.colophon/models`. */
  modelsDirectory?: string;
  /** Build (or check) the built-in models into the directory first. Default true. */
  buildBuiltins?: boolean;
  /**
   * Signs the built-in models' cards when they are built: a key the operator owns (the
   * server loads it with lib/keys/builtin-trainer-key.ts). Required unless `buildBuiltins`
   * is false; passed in because inference/ reads no keys or settings of its own.
   */
  builtinTrainer?: BuiltinTrainer;
  /** The server passes INFERENCE_DEVICE here. Default `auto`. */
  device?: InferenceDevice;
  /** A named GPU provider that fails is an error instead of a CPU fall back. Default false. */
  strict?: boolean;
  intraOpThreads?: number;
  maxTilePixels?: number;
  /**
   * Where models that are not built in run: options of a sandbox of its own (closed with
   * this inference), or a sandbox to use (the caller's to close, e.g. the process's shared
   * one with the operator's limits). Default: the process's shared sandbox as it is.
   */
  sandbox?: ModelSandboxOptions | ModelSandbox;
}

/** A ready inference module: the registry, the session pool, and generation bound to both. */
export interface Inference {
  registry: ModelRegistry;
  pool: SessionPool;
  /** Where models that are not built in are validated and run (an isolated process). */
  sandbox: ModelSandbox;
  generateImage(request: GenerateImageRequest): Promise<GeneratedImage>;
  /** The provider in use and why the others were skipped. */
  provider(): Promise<ProviderChoice>;
  close(): Promise<void>;
}

/**
 * Builds the built-in models if needed, loads every model in the directory (checking
 * hashes and card signatures), picks the execution provider, and returns generation bound
 * to them. Sessions are created and warmed on first use of each model; models that are not
 * built in run in the sandbox (inference/sandbox/), never in this process.
 */
export async function createInference(options: CreateInferenceOptions = {}): Promise<Inference> {
  const directory = options.modelsDirectory ?? DEFAULT_MODELS_DIRECTORY;
  if (options.buildBuiltins ?? true) {
    if (options.builtinTrainer === undefined) {
      throw new InferenceError("MANIFEST_INVALID", "Building the built-in models needs the operator's trainer key (builtinTrainer), or buildBuiltins: false.");
    }
    await writeBuiltinModels(directory, options.builtinTrainer);
  }
  const registry = createModelRegistry();
  await registry.loadDirectory(directory);
  const pool = createSessionPool({ device: options.device, strict: options.strict, intraOpThreads: options.intraOpThreads });
  await pool.provider();
  // Told apart by shape, not instanceof: Next.js may bundle the sandbox module more than once,
  // and the shared sandbox (on globalThis) may come from another copy of the class.
  const given = options.sandbox !== undefined && "probeModel" in options.sandbox ? (options.sandbox as ModelSandbox) : undefined;
  const ownSandbox = options.sandbox !== undefined && given === undefined;
  const sandbox = given ?? (options.sandbox === undefined ? getDefaultModelSandbox() : createModelSandbox(options.sandbox as ModelSandboxOptions));
  return {
    registry,
    pool,
    sandbox,
    generateImage: (request) => generateImage(request, { registry, pool, sandbox, maxTilePixels: options.maxTilePixels }),
    provider: () => pool.provider(),
    async close() {
      await pool.close();
      // The shared sandbox serves the whole process; one of our own goes with us.
      if (ownSandbox) await sandbox.close();
    },
  };
}
