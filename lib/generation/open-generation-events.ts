import type { GenerationJob } from "@/lib/db/generated/client";
import { InputError } from "@/lib/errors";
import type { GenerationJobUpdate, GenerationResult } from "./generation-queue";
import type { GenerationRuntime } from "./generation-runtime";

/** Parameters of {@link openGenerationEvents}. */
export interface OpenGenerationEventsParameters {
  runtime: GenerationRuntime;
  jobId: string;
  /** The signed-in address: only the requester may read a job. */
  requester: string;
  /** Aborted when the client goes away. */
  signal?: AbortSignal;
}

/** How often the database is read again, for updates no listener in this process heard. */
const POLL_INTERVAL_MS = 2_000;
/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_INTERVAL_MS = 15_000;

/** The update a stored job stands for. */
function updateOf(job: Pick<GenerationJob, "status" | "progress" | "results" | "error">): GenerationJobUpdate {
  if (job.status === "SUCCEEDED") return { type: "result", results: (job.results ?? []) as unknown as GenerationResult[] };
  if (job.status === "FAILED") return { type: "error", message: job.error ?? "failed" };
  return { type: "progress", progress: job.progress };
}

/**
 * The server-sent events of a job, as a byte stream: `event: progress` `{ progress }` (0..1)
 * as it runs, then one `event: result` `{ results }` or `event: error` `{ message }`, after
 * which the stream ends. A finished job (even from before a restart) answers at once from
 * the database.
 *
 * @throws InputError NOT_FOUND (404) for an unknown job; FORBIDDEN (403) when the job is
 *   someone else's. Both before the stream starts.
 */
export async function openGenerationEvents({ runtime, jobId, requester, signal }: OpenGenerationEventsParameters): Promise<ReadableStream<Uint8Array>> {
  const [{ prisma }, queue] = await Promise.all([runtime.database(), runtime.generationQueue()]);
  const job = await prisma.generationJob.findUnique({ where: { id: jobId }, select: { requester: true } });
  if (job === null) throw new InputError({ code: "NOT_FOUND", message: `No generation job ${jobId}.`, details: { field: "id", reason: "no job has this id" } });
  if (job.requester !== requester.toLowerCase()) {
    throw new InputError({ code: "FORBIDDEN", message: "Only the account that asked for a job may follow it.", details: { field: "id", reason: "the job belongs to another account" } });
  }

  const encoder = new TextEncoder();
  let stop = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let done = false;
      let lastProgress = -1;
      const timers: NodeJS.Timeout[] = [];
      const write = (text: string) => {
        if (!done) controller.enqueue(encoder.encode(text));
      };
      const finish = () => {
        if (done) return;
        done = true;
        stop();
        controller.close();
      };
      const handle = (update: GenerationJobUpdate) => {
        if (done) return;
        if (update.type === "progress") {
          // Progress only moves forward; the database poll may lag behind the listener.
          if (update.progress <= lastProgress) return;
          lastProgress = update.progress;
          write(`event: progress\ndata: ${JSON.stringify({ progress: update.progress })}\n\n`);
          return;
        }
        if (update.type === "result") write(`event: result\ndata: ${JSON.stringify({ results: update.results })}\n\n`);
        else write(`event: error\ndata: ${JSON.stringify({ message: update.message })}\n\n`);
        finish();
      };
      const read = async () => {
        try {
          const current = await prisma.generationJob.findUnique({ where: { id: jobId }, select: { status: true, progress: true, results: true, error: true } });
          if (current !== null) handle(updateOf(current));
        } catch {
          // A failed read is retried by the next poll; the listener may deliver first anyway.
        }
      };
      // Listen first, then read: an update in between is seen by one or the other.
      const unsubscribe = queue.subscribe(jobId, handle);
      stop = () => {
        done = true;
        unsubscribe();
        for (const timer of timers) clearInterval(timer);
        signal?.removeEventListener("abort", stop);
      };
      signal?.addEventListener("abort", stop);
      // Reconnecting browsers wait a second, not the default three.
      write("retry: 1000\n\n");
      void read();
      timers.push(setInterval(() => void read(), POLL_INTERVAL_MS));
      timers.push(setInterval(() => write(": keep-alive\n\n"), HEARTBEAT_INTERVAL_MS));
    },
    cancel() {
      stop();
    },
  });
}
