import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { GenerationJobListener, GenerationJobUpdate, GenerationResult } from "./generation-queue";

/** How often at most a running job's progress is written to the database. */
const PROGRESS_WRITE_INTERVAL_MS = 250;

/**
 * Persists each change of a job in GenerationJob and tells this process's listeners. Both
 * queue implementations report through one: the in-process runner directly, the BullMQ queue
 * from its QueueEvents.
 */
export interface JobRecorder {
  /** QUEUED → RUNNING. */
  started(jobId: string): Promise<void>;
  /** Tells listeners now; writes to the database at most every 250 ms per job. */
  progressed(jobId: string, progress: number): void;
  /** → SUCCEEDED with the results (written before listeners hear of it). */
  succeeded(jobId: string, results: GenerationResult[]): Promise<void>;
  /** → FAILED with a message in words (written before listeners hear of it). */
  failed(jobId: string, message: string): Promise<void>;
  subscribe(jobId: string, listener: GenerationJobListener): () => void;
  /** Waits for progress writes in flight. */
  flush(): Promise<void>;
}

/** Parameters of {@link createJobRecorder}. */
export interface CreateJobRecorderParameters {
  prisma: PrismaClient;
  /** Where failed database writes are reported; defaults to console.error. */
  log?: (message: string, error: unknown) => void;
}

/** A recorder writing to `prisma`'s GenerationJob table. */
export function createJobRecorder({ prisma, log = (m, e) => console.error(m, e) }: CreateJobRecorderParameters): JobRecorder {
  const listeners = new Map<string, Set<GenerationJobListener>>();
  const progressTimers = new Map<string, { timer: NodeJS.Timeout; progress: number }>();
  const writes = new Set<Promise<unknown>>();

  const track = (write: Promise<unknown>, what: string) => {
    const tracked = write.catch((error) => log(`[generation] could not record ${what}`, error));
    writes.add(tracked);
    void tracked.finally(() => writes.delete(tracked));
    return tracked;
  };

  const notify = (jobId: string, update: GenerationJobUpdate) => {
    for (const listener of [...(listeners.get(jobId) ?? [])]) {
      try {
        listener(update);
      } catch (error) {
        log(`[generation] a listener of job ${jobId} threw`, error);
      }
    }
  };

  const cancelProgressWrite = (jobId: string) => {
    const pending = progressTimers.get(jobId);
    if (pending !== undefined) clearTimeout(pending.timer);
    progressTimers.delete(jobId);
  };

  return {
    async started(jobId) {
      await track(prisma.generationJob.updateMany({ where: { id: jobId, status: "QUEUED" }, data: { status: "RUNNING" } }), `the start of job ${jobId}`);
      notify(jobId, { type: "progress", progress: 0 });
    },
    progressed(jobId, progress) {
      notify(jobId, { type: "progress", progress });
      const pending = progressTimers.get(jobId);
      if (pending !== undefined) {
        pending.progress = progress;
        return;
      }
      const entry = {
        progress,
        timer: setTimeout(() => {
          progressTimers.delete(jobId);
          // Only a running job: a late write must not undo a finished one.
          void track(
            prisma.generationJob.updateMany({ where: { id: jobId, status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "RUNNING", progress: entry.progress } }),
            `the progress of job ${jobId}`,
          );
        }, PROGRESS_WRITE_INTERVAL_MS),
      };
      progressTimers.set(jobId, entry);
    },
    async succeeded(jobId, results) {
      cancelProgressWrite(jobId);
      await track(
        prisma.generationJob.update({
          where: { id: jobId },
          data: { status: "SUCCEEDED", progress: 1, results: results as unknown as Prisma.InputJsonValue, error: null },
        }),
        `the results of job ${jobId}`,
      );
      notify(jobId, { type: "result", results });
    },
    async failed(jobId, message) {
      cancelProgressWrite(jobId);
      await track(prisma.generationJob.update({ where: { id: jobId }, data: { status: "FAILED", error: message } }), `the failure of job ${jobId}`);
      notify(jobId, { type: "error", message });
    },
    subscribe(jobId, listener) {
      let set = listeners.get(jobId);
      if (set === undefined) {
        set = new Set();
        listeners.set(jobId, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(jobId) === set) listeners.delete(jobId);
      };
    },
    async flush() {
      for (const jobId of [...progressTimers.keys()]) cancelProgressWrite(jobId);
      await Promise.all([...writes]);
    },
  };
}
