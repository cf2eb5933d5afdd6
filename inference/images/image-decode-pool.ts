import os from "node:os";
import { Worker } from "node:worker_threads";
import path from "node:path";
import { InferenceError } from "../inference-error";
import { imageWorkerMain, type ImageWorkerReply, type ImageWorkerTask } from "./image-worker-main";

/** Parameters of {@link createImageDecodePool}. */
export interface ImageDecodePoolOptions {
  /** Decodes running at once, each in its own worker thread (default: one core fewer than the machine has, 1 to 4, so a core is left to the event loop). */
  maxConcurrent?: number;
  /** Decodes waiting for a worker; one more is refused with IMAGE_DECODER_BUSY (default 16). */
  maxQueued?: number;
  /** A decode still running after this is stopped (its worker is terminated): default 30 s. */
  timeoutMs?: number;
  /** An idle worker is terminated after this, returning its memory: default 10 s. */
  idleMs?: number;
  /** Sent as `details.retryAfterSeconds` when the queue is full (default 1). */
  retryAfterSeconds?: number;
  /** Heap limit of each worker in MiB (pixel buffers live outside it): default 256. */
  workerHeapMb?: number;
}

/** A decode job: images already checked against the budget, and the reducer's source. */
export type ImageDecodeJob = Omit<ImageWorkerTask, "id">;

/** A failure inside the worker: which image (-1: the reducer) and why. */
export class ImageDecodeFailure extends Error {
  override name = "ImageDecodeFailure";
  constructor(
    readonly index: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** What {@link createImageDecodePool} returns. */
export interface ImageDecodePool {
  /**
   * Runs a job in a worker thread. Rejects with InferenceError IMAGE_DECODER_BUSY when every
   * worker is busy and the queue is full, with {@link ImageDecodeFailure} when an image does
   * not decode (or the worker dies or times out on it).
   */
  run(job: ImageDecodeJob): Promise<unknown>;
  /** Decodes running and waiting, and live workers. */
  stats(): { running: number; queued: number; workers: number };
  /** Terminates every worker; waiting and running jobs are rejected. */
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  job: { id: number; resolve: (value: unknown) => void; reject: (error: unknown) => void; timer: NodeJS.Timeout } | null;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * Where the worker's `require` resolves pngjs and jpeg-js from: the first of this module's
 * file, the running script and the working directory's package.json that can resolve both.
 * (A bundled server has neither the module's file nor node_modules next to its chunks, but
 * runs in the repository; the CLI may run anywhere, but its script is in the repository.)
 */
function findRequireBase(): string {
  const { createRequire } = process.getBuiltinModule("node:module") as typeof import("node:module");
  const candidates: string[] = [];
  try {
    if (typeof import.meta.url === "string" && import.meta.url.startsWith("file:")) candidates.push(new URL(import.meta.url).pathname);
  } catch {
    // No usable import.meta.url in this bundle: try the others.
  }
  if (process.argv[1]) candidates.push(path.resolve(process.argv[1]));
  candidates.push(path.join(process.cwd(), "package.json"));
  for (const candidate of candidates) {
    try {
      const load = createRequire(candidate);
      load.resolve("pngjs");
      load.resolve("jpeg-js");
      return candidate;
    } catch {
      // Not resolvable from here: next candidate.
    }
  }
  throw new Error(`image decode workers cannot find pngjs and jpeg-js from ${candidates.join(", ")}`);
}

/**
 * A bounded pool of image-decode worker threads: the one place where untrusted images are
 * decoded, so a decode never blocks the event loop and never more than `maxConcurrent`
 * run at once. Workers are created on demand from an inline script (no worker file, so it
 * survives bundling), unref'd while idle (they never keep a process alive) and terminated
 * after `idleMs`. A worker that dies or runs past `timeoutMs` is replaced.
 */
export function createImageDecodePool(options: ImageDecodePoolOptions = {}): ImageDecodePool {
  const maxConcurrent = options.maxConcurrent ?? Math.max(1, Math.min(4, os.availableParallelism() - 1));
  const maxQueued = options.maxQueued ?? 16;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const idleMs = options.idleMs ?? 10_000;
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  const workerHeapMb = options.workerHeapMb ?? 256;
  const slots = new Set<Slot>();
  const queue: { job: ImageDecodeJob; resolve: (value: unknown) => void; reject: (error: unknown) => void }[] = [];
  let nextId = 1;
  let source: string | undefined;
  let closed = false;

  function spawn(): Slot {
    // A transpiler that keeps function names (esbuild, under tsx) wraps them in __name().
    source ??= `globalThis.__name ??= (target) => target;\n(${imageWorkerMain.toString()})(require("node:module").createRequire(${JSON.stringify(findRequireBase())}));`;
    const worker = new Worker(source, { eval: true, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } });
    const slot: Slot = { worker, job: null, idleTimer: null };
    worker.on("message", (reply: ImageWorkerReply) => {
      const job = slot.job;
      if (job === null || job.id !== reply.id) return;
      clearTimeout(job.timer);
      slot.job = null;
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new ImageDecodeFailure(reply.index, reply.reason));
      release(slot);
    });
    const fail = (reason: string) => {
      if (!slots.delete(slot)) return;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      const job = slot.job;
      slot.job = null;
      if (job) {
        clearTimeout(job.timer);
        job.reject(new ImageDecodeFailure(0, reason));
      }
      pump();
    };
    worker.on("error", (error: Error) => fail(`the decoder stopped: ${error.message}`));
    worker.on("exit", (code: number) => fail(`the decoder exited with code ${code}`));
    slots.add(slot);
    return slot;
  }

  function release(slot: Slot): void {
    slot.worker.unref();
    if (closed) return;
    pump();
    if (slot.job === null && slots.has(slot)) {
      slot.idleTimer = setTimeout(() => {
        slots.delete(slot);
        void slot.worker.terminate();
      }, idleMs);
      slot.idleTimer.unref();
    }
  }

  function start(slot: Slot, entry: (typeof queue)[number]): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    const id = nextId++;
    const timer = setTimeout(() => {
      slot.job = null;
      slots.delete(slot);
      void slot.worker.terminate();
      entry.reject(new ImageDecodeFailure(0, `decoding took longer than ${timeoutMs} ms`));
      pump();
    }, timeoutMs);
    timer.unref();
    slot.job = { id, resolve: entry.resolve, reject: entry.reject, timer };
    slot.worker.ref();
    slot.worker.postMessage({ id, ...entry.job } satisfies ImageWorkerTask);
  }

  function pump(): void {
    while (queue.length > 0 && !closed) {
      let slot = [...slots].find((candidate) => candidate.job === null);
      if (slot === undefined) {
        if (slots.size >= maxConcurrent) return;
        slot = spawn();
      }
      start(slot, queue.shift()!);
    }
  }

  return {
    run(job) {
      if (closed) return Promise.reject(new Error("the image decode pool is closed"));
      const running = [...slots].filter((slot) => slot.job !== null).length;
      if (running >= maxConcurrent && queue.length >= maxQueued) {
        return Promise.reject(
          new InferenceError("IMAGE_DECODER_BUSY", `Every image decoder is busy and ${maxQueued} images are waiting; retry in ${retryAfterSeconds} s.`, {
            details: { maxConcurrent, maxQueued, retryAfterSeconds },
          }),
        );
      }
      return new Promise((resolve, reject) => {
        queue.push({ job, resolve, reject });
        pump();
      });
    },
    stats() {
      return { running: [...slots].filter((slot) => slot.job !== null).length, queued: queue.length, workers: slots.size };
    },
    async close() {
      closed = true;
      for (const entry of queue.splice(0)) entry.reject(new Error("the image decode pool is closed"));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
      slots.clear();
    },
  };
}

const POOL_KEY = Symbol.for("colophon.imageDecodePool");

/** The process's shared pool (one per process, kept across hot reloads in development). */
export function getImageDecodePool(): ImageDecodePool {
  const holder = globalThis as { [POOL_KEY]?: ImageDecodePool };
  return (holder[POOL_KEY] ??= createImageDecodePool());
}
