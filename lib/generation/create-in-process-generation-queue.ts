import type { JobRecorder } from "./create-job-recorder";
import { describeJobFailure } from "./describe-job-failure";
import { GenerationError } from "./generation-error";
import { DEFAULT_GENERATION_LIMITS, type GenerationLimits, type GenerationPayload, type GenerationQueue, type GenerationResult } from "./generation-queue";

/** Runs one job: generates every variation, stores the PNGs, reports progress 0..1. */
export type GenerationRunner = (payload: GenerationPayload, onProgress: (progress: number) => void) => Promise<GenerationResult[]>;

/** Parameters of {@link createInProcessGenerationQueue}. */
export interface CreateInProcessGenerationQueueParameters {
  recorder: JobRecorder;
  run: GenerationRunner;
  limits?: Partial<GenerationLimits>;
  /** Jobs run at once. Default 1: ONNX Runtime already uses every core for one run. */
  concurrency?: number;
  log?: (message: string, error: unknown) => void;
}

/** What Retry-After says before any job has finished here, in seconds. */
const INITIAL_JOB_SECONDS = 2;
/** Bounds of Retry-After, in seconds. */
const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * The embedded queue: a bounded FIFO in this process's memory, run `concurrency` at a time
 * on this process's inference module. State goes to GenerationJob through the recorder; jobs
 * still waiting or running when the process dies are marked failed at the next start
 * (settleInterruptedJobs), since memory does not survive.
 */
export function createInProcessGenerationQueue({
  recorder,
  run,
  limits: limitOverrides = {},
  concurrency = 1,
  log = (m, e) => console.error(m, e),
}: CreateInProcessGenerationQueueParameters): GenerationQueue {
  const limits: GenerationLimits = { ...DEFAULT_GENERATION_LIMITS, ...limitOverrides };
  const waiting: GenerationPayload[] = [];
  const running = new Set<Promise<void>>();
  let closed = false;
  // Moving average of job durations, for Retry-After.
  let averageJobSeconds = INITIAL_JOB_SECONDS;

  const execute = async (payload: GenerationPayload) => {
    const started = performance.now();
    // Written while the model runs rather than before: the RUNNING mark costs no latency, and
    // the final write waits for it so the two land in order.
    const marked = recorder.started(payload.jobId);
    try {
      const results = await run(payload, (progress) => recorder.progressed(payload.jobId, progress));
      await marked;
      await recorder.succeeded(payload.jobId, results);
    } catch (error) {
      await marked;
      await recorder.failed(payload.jobId, describeJobFailure(error, log));
    }
    averageJobSeconds = 0.7 * averageJobSeconds + 0.3 * ((performance.now() - started) / 1000);
  };

  const pump = () => {
    while (!closed && running.size < concurrency && waiting.length > 0) {
      const payload = waiting.shift()!;
      const job = execute(payload).finally(() => {
        running.delete(job);
        pump();
      });
      running.add(job);
    }
  };

  return {
    kind: "in-process",
    limits,
    async depth() {
      return waiting.length + running.size;
    },
    async enqueue(payload) {
      if (closed) throw new GenerationError({ code: "QUEUE_FULL", message: "The server is shutting down; try again shortly.", details: { retryAfterSeconds: 5 } });
      const depth = waiting.length + running.size;
      if (depth >= limits.maxDepth) {
        const retryAfterSeconds = Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(averageJobSeconds / concurrency)));
        throw new GenerationError({
          code: "QUEUE_FULL",
          message: `The generation queue is full (${depth} jobs); try again in ${retryAfterSeconds} s.`,
          details: { depth, maxDepth: limits.maxDepth, retryAfterSeconds },
        });
      }
      waiting.push(payload);
      // Start on the next turn, so the caller answers 202 before the first tile runs.
      setImmediate(pump);
    },
    subscribe: (jobId, listener) => recorder.subscribe(jobId, listener),
    async close() {
      closed = true;
      waiting.length = 0;
      await Promise.all([...running]);
      await recorder.flush();
    },
  };
}
