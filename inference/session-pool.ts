import * as ort from "onnxruntime-node";
import { chooseExecutionProvider, type ExecutionProviderName, type InferenceDevice, type ProviderChoice } from "./choose-execution-provider";
import { InferenceError, messageOf } from "./inference-error";
import type { ModelSignature } from "./model-signature";
import type { RegisteredModel } from "./model-registry";

/** Options of {@link SessionPool}. */
export interface SessionPoolOptions {
  /** Which provider to use; `auto` tries CUDA, WebGPU, then CPU. Default `auto`. */
  device?: InferenceDevice;
  /** A named GPU provider that fails is an error instead of a CPU fall back. Default false. */
  strict?: boolean;
  /** Threads per session for CPU kernels. Default: ONNX Runtime's (one per physical core). */
  intraOpThreads?: number;
  /** Runs on a small input right after a session is created. Default 2. */
  warmupRuns?: number;
  /**
   * True only in the sandbox worker (inference/sandbox/model-sandbox-worker.ts), a process
   * that cannot see the server's files. Anywhere else a model that is not built in is
   * refused (UNTRUSTED_MODEL_IN_PROCESS): strangers' models run only in the sandbox.
   */
  sandboxed?: boolean;
}

/** A session for one model on the pool's provider. */
export interface PooledSession {
  readonly session: ort.InferenceSession;
  readonly provider: ExecutionProviderName;
  readonly modelSha256: string;
  /**
   * Runs the model. Calls on one session are queued: at most one run per model is in flight,
   * which is what keeps peak memory at one tile's worth per model.
   */
  run(feeds: Record<string, ort.Tensor>): Promise<ort.InferenceSession.ReturnType>;
}

/** Feeds for a warm-up run: a few thousand pixels, or a 64x64 image. */
function warmupFeeds(signature: ModelSignature): Record<string, ort.Tensor> {
  if (signature.kind === "cppn") {
    const pixels = 4096;
    return {
      [signature.coordsInput]: new ort.Tensor("float32", new Float32Array(pixels * 3), [pixels, 3]),
      [signature.latentInput]: new ort.Tensor("float32", new Float32Array(signature.latentSize), [1, signature.latentSize]),
    };
  }
  const height = signature.fixedHeight ?? 64;
  const width = signature.fixedWidth ?? 64;
  return { [signature.input]: new ort.Tensor("float32", new Float32Array(3 * height * width), [1, 3, height, width]) };
}

/**
 * Creates one ONNX Runtime session per model (keyed by the file's sha256), on the provider
 * chosen once for the pool, and warms it. Concurrent requests for the same model share
 * one creation.
 */
export class SessionPool {
  private readonly options: Required<Omit<SessionPoolOptions, "intraOpThreads">> & Pick<SessionPoolOptions, "intraOpThreads">;
  /** Whether this pool runs models that are not built in (the sandbox worker's pool). */
  readonly sandboxed: boolean;
  private choice: Promise<ProviderChoice> | undefined;
  private readonly sessions = new Map<string, Promise<PooledSession>>();

  constructor(options: SessionPoolOptions = {}) {
    this.options = {
      device: options.device ?? "auto",
      strict: options.strict ?? false,
      warmupRuns: options.warmupRuns ?? 2,
      intraOpThreads: options.intraOpThreads,
      sandboxed: options.sandboxed ?? false,
    };
    this.sandboxed = this.options.sandboxed;
  }

  /** The provider in use and why others were skipped (probed once, on first use). */
  provider(): Promise<ProviderChoice> {
    this.choice ??= chooseExecutionProvider({ device: this.options.device, strict: this.options.strict });
    return this.choice;
  }

  /**
   * The warmed session for a model, created on first use. Throws LOAD_FAILED, or
   * UNTRUSTED_MODEL_IN_PROCESS for a model that is not built in outside the sandbox worker.
   */
  acquire(model: RegisteredModel): Promise<PooledSession> {
    if (!model.manifest.builtIn && !this.sandboxed) {
      // A hard stop: a stranger's model must never get a session in a process that can read
      // the server's keys, whichever code path asked.
      return Promise.reject(
        new InferenceError("UNTRUSTED_MODEL_IN_PROCESS", `Model "${model.manifest.id}" is not built in: it runs only in the model sandbox, never in this process.`, {
          details: { id: model.manifest.id, sha256: model.manifest.sha256 },
        }),
      );
    }
    const key = model.manifest.sha256;
    let pooled = this.sessions.get(key);
    if (!pooled) {
      pooled = this.create(model);
      this.sessions.set(key, pooled);
      // A failed creation is not cached: the next request tries again.
      pooled.catch(() => this.sessions.delete(key));
    }
    return pooled;
  }

  /** Releases every session. The pool can be used again afterwards. */
  async close(): Promise<void> {
    const sessions = [...this.sessions.values()];
    this.sessions.clear();
    for (const pooled of sessions) {
      try {
        await (await pooled).session.release();
      } catch {
        // A session that failed to create has nothing to release.
      }
    }
  }

  private async create(model: RegisteredModel): Promise<PooledSession> {
    const { provider } = await this.provider();
    let session: ort.InferenceSession;
    try {
      session = await ort.InferenceSession.create(model.bytes, {
        executionProviders: [provider],
        graphOptimizationLevel: "all",
        logSeverityLevel: 3,
        ...(this.options.intraOpThreads ? { intraOpNumThreads: this.options.intraOpThreads } : {}),
      });
    } catch (error) {
      throw new InferenceError("LOAD_FAILED", `ONNX Runtime could not load model "${model.manifest.id}" on ${provider}.`, {
        details: { id: model.manifest.id, provider, reason: messageOf(error) },
        cause: error,
      });
    }
    let queue: Promise<unknown> = Promise.resolve();
    const pooled: PooledSession = {
      session,
      provider,
      modelSha256: model.manifest.sha256,
      run(feeds) {
        const result = queue.then(() => session.run(feeds));
        queue = result.catch(() => undefined);
        return result;
      },
    };
    try {
      for (let run = 0; run < this.options.warmupRuns; run += 1) await pooled.run(warmupFeeds(model.manifest.signature));
    } catch (error) {
      await session.release();
      throw new InferenceError("INFERENCE_FAILED", `Model "${model.manifest.id}" loaded on ${provider} but failed its warm-up run.`, {
        details: { id: model.manifest.id, provider, reason: messageOf(error) },
        cause: error,
      });
    }
    return pooled;
  }
}

/** A pool with the given options. */
export function createSessionPool(options: SessionPoolOptions = {}): SessionPool {
  return new SessionPool(options);
}
