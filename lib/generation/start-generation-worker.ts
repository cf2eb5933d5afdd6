import { Worker } from "bullmq";
import type { Inference } from "@/inference/create-inference";
import type { ContentStore } from "@/lib/storage/content-store";
import { DEFAULT_GENERATION_QUEUE_NAME } from "./create-bullmq-generation-queue";
import { describeJobFailure } from "./describe-job-failure";
import type { GenerationPayload, GenerationResult } from "./generation-queue";
import { runGenerationJob } from "./run-generation-job";

/** Parameters of {@link startGenerationWorker}. */
export interface StartGenerationWorkerParameters {
  redisUrl: string;
  inference: Pick<Inference, "registry" | "generateImage">;
  contentStore: ContentStore;
  /** Jobs run at once in this worker. Default 1 (one GPU or all CPU cores per job). */
  concurrency?: number;
  queueName?: string;
  log?: (message: string, error: unknown) => void;
}

/** A running worker. */
export interface GenerationWorker {
  worker: Worker<GenerationPayload, GenerationResult[]>;
  /** Finishes the jobs in hand, then disconnects. */
  close(): Promise<void>;
}

/**
 * Takes generation jobs from BullMQ and runs them with `runGenerationJob`, the same code the
 * in-process queue runs: progress goes back through the job, results (CIDs of PNGs this
 * worker added to the content store, with their facts) as its return value, failures as a
 * message in words. The web servers' queue events write them to the database.
 *
 * The worker needs Redis, the content store (IPFS_API_URL, or a data directory the web
 * server shares) and the inference module, not the database.
 */
export async function startGenerationWorker({
  redisUrl,
  inference,
  contentStore,
  concurrency = 1,
  queueName = DEFAULT_GENERATION_QUEUE_NAME,
  log = (m, e) => console.error(m, e),
}: StartGenerationWorkerParameters): Promise<GenerationWorker> {
  const worker = new Worker<GenerationPayload, GenerationResult[]>(
    queueName,
    async (job) => {
      try {
        return await runGenerationJob(job.data, {
          inference,
          contentStore,
          onProgress: (progress) => void job.updateProgress(progress).catch((error) => log(`[worker] progress of ${job.id}`, error)),
        });
      } catch (error) {
        // The message is what the requester reads; the full error stays in this log.
        throw new Error(describeJobFailure(error, log));
      }
    },
    { connection: { url: redisUrl }, concurrency, autorun: true },
  );
  worker.on("error", (error) => log("[worker] Redis connection error", error));
  await worker.waitUntilReady();
  return { worker, close: () => worker.close() };
}
