import type { Inference } from "@/inference/create-inference";
import type { Database } from "@/lib/db/database";
import type { ContentStore } from "@/lib/storage/content-store";
import { createBullmqGenerationQueue } from "./create-bullmq-generation-queue";
import { createInProcessGenerationQueue } from "./create-in-process-generation-queue";
import { createJobRecorder } from "./create-job-recorder";
import { failInterruptedJobs } from "./fail-interrupted-jobs";
import type { GenerationLimits, GenerationQueue } from "./generation-queue";
import { runGenerationJob } from "./run-generation-job";

/** Parameters of {@link openGenerationQueue}. */
export interface OpenGenerationQueueParameters {
  database: Pick<Database, "prisma">;
  contentStore: ContentStore;
  /** The inference module, opened when the first in-process job runs. */
  inference: () => Promise<Pick<Inference, "registry" | "generateImage">>;
  /** REDIS_URL: BullMQ on Redis when set, the in-process queue otherwise. */
  redisUrl?: string;
  limits?: Partial<GenerationLimits>;
  /** BullMQ queue name (tests use their own). */
  queueName?: string;
  /** Jobs run at once by the in-process queue. Default 1. */
  concurrency?: number;
  log?: (message: string, error: unknown) => void;
}

/**
 * The process's generation queue: BullMQ on Redis when `redisUrl` is set (web servers and
 * `npm run worker` processes scale apart), otherwise in-process. Jobs a previous process
 * left unfinished are settled first: failed as "interrupted by a server restart" for the
 * in-process queue, read back from Redis for BullMQ.
 */
export async function openGenerationQueue(parameters: OpenGenerationQueueParameters): Promise<GenerationQueue> {
  const { prisma } = parameters.database;
  const recorder = createJobRecorder({ prisma, log: parameters.log });
  if (parameters.redisUrl !== undefined) {
    return createBullmqGenerationQueue({
      redisUrl: parameters.redisUrl,
      prisma,
      recorder,
      limits: parameters.limits,
      queueName: parameters.queueName,
      log: parameters.log,
    });
  }
  await failInterruptedJobs(prisma);
  return createInProcessGenerationQueue({
    recorder,
    limits: parameters.limits,
    concurrency: parameters.concurrency,
    log: parameters.log,
    run: async (payload, onProgress) =>
      runGenerationJob(payload, { inference: await parameters.inference(), contentStore: parameters.contentStore, onProgress }),
  });
}
