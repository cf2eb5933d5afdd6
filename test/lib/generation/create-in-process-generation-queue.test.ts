import { describe, expect, test } from "vitest";
import { createInProcessGenerationQueue, type GenerationRunner } from "@/lib/generation/create-in-process-generation-queue";
import type { JobRecorder } from "@/lib/generation/create-job-recorder";
import { GenerationError } from "@/lib/generation/generation-error";
import type { GenerationJobUpdate, GenerationPayload, GenerationResult } from "@/lib/generation/generation-queue";

/** A recorder that keeps what it was told, in order. */
function memoryRecorder() {
  const log: string[] = [];
  const recorder: JobRecorder = {
    async started(jobId) {
      log.push(`started ${jobId}`);
    },
    progressed(jobId, progress) {
      log.push(`progress ${jobId} ${progress}`);
    },
    async succeeded(jobId, results) {
      log.push(`succeeded ${jobId} ${results.length}`);
    },
    async failed(jobId, message) {
      log.push(`failed ${jobId} ${message}`);
    },
    subscribe: () => () => undefined,
    async flush() {},
  };
  return { log, recorder };
}

function payload(jobId: string): GenerationPayload {
  return {
    jobId,
    model: { id: "loom", sha256: "0x", fileCid: "", cardCid: "", cardSignature: "", builtIn: true },
    request: { modelId: "loom", prompt: "", seed: 0, width: 64, height: 64, variations: 1, params: {} },
  };
}

/** A runner whose jobs finish when the test says so. */
function controlledRunner() {
  const pending = new Map<string, { resolve: (results: GenerationResult[]) => void; reject: (error: unknown) => void }>();
  const run: GenerationRunner = (job, onProgress) =>
    new Promise((resolve, reject) => {
      onProgress(0.5);
      pending.set(job.jobId, { resolve, reject });
    });
  return { run, pending };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("createInProcessGenerationQueue", () => {
  test("default: runs one job at a time in order, reporting start, progress and results", async () => {
    const { log, recorder } = memoryRecorder();
    const { run, pending } = controlledRunner();
    const queue = createInProcessGenerationQueue({ recorder, run });
    await queue.enqueue(payload("a"));
    await queue.enqueue(payload("b"));
    expect(await queue.depth()).toBe(2);
    await tick();
    expect([...pending.keys()]).toEqual(["a"]);
    pending.get("a")!.resolve([]);
    await tick();
    await tick();
    expect([...pending.keys()]).toEqual(["a", "b"]);
    pending.get("b")!.resolve([]);
    await queue.close();
    expect(log).toEqual(["started a", "progress a 0.5", "succeeded a 0", "started b", "progress b 0.5", "succeeded b 0"]);
    expect(await queue.depth()).toBe(0);
  });

  test("error: QUEUE_FULL at maxDepth, with depth, limit and Retry-After in the details", async () => {
    const { recorder } = memoryRecorder();
    const queue = createInProcessGenerationQueue({ recorder, run: controlledRunner().run, limits: { maxDepth: 2 } });
    await queue.enqueue(payload("a"));
    await queue.enqueue(payload("b"));
    const error = await queue.enqueue(payload("c")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GenerationError);
    expect(error).toMatchObject({ code: "QUEUE_FULL", message: "The generation queue is full (2 jobs); try again in 2 s.", details: { depth: 2, maxDepth: 2, retryAfterSeconds: 2 } });
    expect(queue.limits).toEqual({ maxDepth: 2, perRequesterPerMinute: 10, perIpPerMinute: 30, fairShare: 0.25 });
  });

  test("behavior: a server error keeps its message; an unexpected one is logged and shown with a reference only", async () => {
    const { log, recorder } = memoryRecorder();
    const { run, pending } = controlledRunner();
    const logged: string[] = [];
    const queue = createInProcessGenerationQueue({ recorder, run, log: (message) => logged.push(message) });
    await queue.enqueue(payload("a"));
    await queue.enqueue(payload("b"));
    await tick();
    pending.get("a")!.reject(new GenerationError({ code: "MODEL_NOT_FOUND", message: "No model." }));
    await tick();
    await tick();
    pending.get("b")!.reject(new Error("secret path /etc/thing"));
    await queue.close();
    expect(log.filter((line) => line.startsWith("failed"))[0]).toBe("failed a No model.");
    const second = log.filter((line) => line.startsWith("failed"))[1]!;
    expect(second).toMatch(/^failed b Generation failed \(reference [0-9a-f-]{36}\)$/);
    expect(second).not.toContain("secret");
    expect(logged).toEqual([expect.stringMatching(/^\[generation [0-9a-f-]{36}\] unexpected job failure$/)]);
  });

  test("behavior: close drops waiting jobs (they fail as interrupted at the next start) and waits for the running one", async () => {
    const { log, recorder } = memoryRecorder();
    const { run, pending } = controlledRunner();
    const queue = createInProcessGenerationQueue({ recorder, run });
    await queue.enqueue(payload("a"));
    await queue.enqueue(payload("b"));
    await tick();
    const closed = queue.close();
    pending.get("a")!.resolve([]);
    await closed;
    expect(log).toEqual(["started a", "progress a 0.5", "succeeded a 0"]);
    const error = await queue.enqueue(payload("c")).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "QUEUE_FULL", details: { retryAfterSeconds: 5 } });
  });

  test("behavior: subscribe is the recorder's", () => {
    const updates: GenerationJobUpdate[] = [];
    const { recorder } = memoryRecorder();
    recorder.subscribe = (_jobId, listener) => {
      listener({ type: "progress", progress: 1 });
      return () => undefined;
    };
    createInProcessGenerationQueue({ recorder, run: controlledRunner().run }).subscribe("a", (update) => updates.push(update));
    expect(updates).toEqual([{ type: "progress", progress: 1 }]);
  });
});
