import { Job, Queue, QueueEvents } from "bullmq";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { JobRecorder } from "./create-job-recorder";
import { GenerationError } from "./generation-error";
import { DEFAULT_GENERATION_LIMITS, type GenerationLimits, type GenerationQueue, type GenerationResult } from "./generation-queue";

/** Name of the BullMQ queue web servers and workers share. */
export const DEFAULT_GENERATION_QUEUE_NAME = "colophon-generation";

/** How long finished jobs stay in Redis, so a web server that was down can still read them. */
const KEEP_FINISHED_SECONDS = 24 * 60 * 60;
/** Retry-After of a full BullMQ queue: workers elsewhere, so no local estimate. */
const QUEUE_FULL_RETRY_AFTER_SECONDS = 5;
/** A job Redis does not know is only called lost once it is this old (milliseconds). */
const LOST_JOB_GRACE_MS = 30_000;
/** The job states that count towards the depth limit. */
const PENDING_STATES = ["waiting", "active", "delayed", "prioritized", "paused", "waiting-children"] as const;

/** Parameters of {@link createBullmqGenerationQueue}. */
export interface CreateBullmqGenerationQueueParameters {
  redisUrl: string;
  prisma: PrismaClient;
  recorder: JobRecorder;
  limits?: Partial<GenerationLimits>;
  queueName?: string;
  log?: (message: string, error: unknown) => void;
}

function parseReturnValue(value: unknown): GenerationResult[] {
  const parsed = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? (parsed as GenerationResult[]) : [];
}

/**
 * The scaled queue: jobs go to BullMQ on Redis and `npm run worker` processes (the same
 * inference module, on GPU hosts) run them. This side only enqueues and listens: the
 * queue's events (active, progress, completed, failed) are written to GenerationJob and
 * passed to subscribers, by every web server, so any of them can stream any job.
 *
 * On open it settles jobs the database still shows as waiting or running: whatever finished
 * while no web server listened is read back from Redis (finished jobs stay 24 h); a job Redis
 * does not know is marked failed once it is 30 s old (younger, another web server may be
 * about to add it).
 */
export async function createBullmqGenerationQueue({
  redisUrl,
  prisma,
  recorder,
  limits: limitOverrides = {},
  queueName = DEFAULT_GENERATION_QUEUE_NAME,
  log = (m, e) => console.error(m, e),
}: CreateBullmqGenerationQueueParameters): Promise<GenerationQueue> {
  const limits: GenerationLimits = { ...DEFAULT_GENERATION_LIMITS, ...limitOverrides };
  // No offline queue: with Redis down, adding a job fails now instead of hanging the request.
  const queue = new Queue(queueName, { connection: { url: redisUrl, enableOfflineQueue: false } });
  const events = new QueueEvents(queueName, { connection: { url: redisUrl } });
  const onError = (error: unknown) => log("[generation] Redis connection error", error);
  queue.on("error", onError);
  events.on("error", onError);

  const report = (what: string, action: () => Promise<void> | void) => {
    try {
      void Promise.resolve(action()).catch((error) => log(`[generation] could not record ${what}`, error));
    } catch (error) {
      log(`[generation] could not record ${what}`, error);
    }
  };
  events.on("active", ({ jobId }) => report(`the start of ${jobId}`, () => recorder.started(jobId)));
  events.on("progress", ({ jobId, data }) => report(`the progress of ${jobId}`, () => recorder.progressed(jobId, Number(data))));
  events.on("completed", ({ jobId, returnvalue }) => report(`the results of ${jobId}`, () => recorder.succeeded(jobId, parseReturnValue(returnvalue))));
  events.on("failed", ({ jobId, failedReason }) => report(`the failure of ${jobId}`, () => recorder.failed(jobId, failedReason)));

  // Settles jobs the database shows unfinished: finished in Redis → recorded; unknown to Redis
  // → failed, unless just created (another web server may be between its insert and its add
  // to Redis), in which case it is looked at again once the grace period has passed.
  const timers = new Set<NodeJS.Timeout>();
  const settle = async (ids: string[]) => {
    const rows = await prisma.generationJob.findMany({ where: { id: { in: ids }, status: { in: ["QUEUED", "RUNNING"] } }, select: { id: true, createdAt: true } });
    const recheck: string[] = [];
    for (const { id, createdAt } of rows) {
      const job = await Job.fromId(queue, id);
      if (job === undefined) {
        if (Date.now() - createdAt.getTime() < LOST_JOB_GRACE_MS) recheck.push(id);
        else await recorder.failed(id, "lost from the job queue (Redis no longer has it)");
        continue;
      }
      const state = await job.getState();
      if (state === "completed") await recorder.succeeded(id, parseReturnValue(job.returnvalue));
      else if (state === "failed") await recorder.failed(id, job.failedReason);
    }
    if (recheck.length > 0) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        settle(recheck).catch((error) => log("[generation] could not settle unfinished jobs", error));
      }, LOST_JOB_GRACE_MS);
      timer.unref();
      timers.add(timer);
    }
  };

  try {
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    // Listening first, then reading: a job finishing in between is seen either way.
    const unfinished = await prisma.generationJob.findMany({ where: { status: { in: ["QUEUED", "RUNNING"] } }, select: { id: true } });
    await settle(unfinished.map(({ id }) => id));
  } catch (error) {
    await Promise.allSettled([events.close(), queue.close()]);
    throw error;
  }

  return {
    kind: "bullmq",
    limits,
    depth: () => queue.getJobCountByTypes(...PENDING_STATES),
    async enqueue(payload) {
      const depth = await queue.getJobCountByTypes(...PENDING_STATES);
      if (depth >= limits.maxDepth) {
        throw new GenerationError({
          code: "QUEUE_FULL",
          message: `The generation queue is full (${depth} jobs); try again in ${QUEUE_FULL_RETRY_AFTER_SECONDS} s.`,
          details: { depth, maxDepth: limits.maxDepth, retryAfterSeconds: QUEUE_FULL_RETRY_AFTER_SECONDS },
        });
      }
      await queue.add("generate", payload, {
        jobId: payload.jobId,
        attempts: 1,
        removeOnComplete: { age: KEEP_FINISHED_SECONDS },
        removeOnFail: { age: KEEP_FINISHED_SECONDS },
      });
    },
    subscribe: (jobId, listener) => recorder.subscribe(jobId, listener),
    async close() {
      for (const timer of timers) clearTimeout(timer);
      await Promise.allSettled([events.close(), queue.close()]);
      await recorder.flush();
    },
  };
}
