import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { Job, Queue } from "bullmq";
import { Wallet } from "ethers";
import { afterEach, describe, expect, test, vi } from "vitest";
import { POST as generate } from "@/app/api/generate/route";
import { GET as events } from "@/app/api/generate/[id]/events/route";
import { getOrtVersion } from "@/inference/choose-execution-provider";
import { createInference } from "@/inference/create-inference";
import { TEST_BUILTIN_TRAINER } from "../../inference/test-builtin-trainer";
import { sha256Hex } from "@/inference/sha256-hex";
import { startGenerationWorker, type GenerationWorker } from "@/lib/generation/start-generation-worker";
import { openContentStore } from "@/lib/storage/open-content-store";
import { ALICE, errorOf, getRequest, jsonRequest, makeQueueName, makeTemporaryDirectory, openTestStack, readServerEvents, REDIS_URL, SESSION_SECRET, type TestStack } from "./fixtures";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
const REQUEST = { modelId: "loom", prompt: "wild violet storm", seed: 11, width: 64, height: 64, variations: 2 };

let stack: TestStack | undefined;
let worker: GenerationWorker | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  await worker?.close();
  worker = undefined;
  if (child !== undefined && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  child = undefined;
  await stack?.close();
  stack = undefined;
});

async function startWorkerIn(current: TestStack, queueName: string): Promise<GenerationWorker> {
  return startGenerationWorker({ redisUrl: REDIS_URL, inference: await current.runtime.inference(), contentStore: await current.runtime.contentStore(), queueName });
}

async function submit(body: unknown = REQUEST): Promise<Response> {
  return generate(await jsonRequest("/api/generate", body, ALICE));
}

async function readEvents(jobId: string) {
  const response = await events(await getRequest(`/api/generate/${jobId}/events`, ALICE), { params: Promise.resolve({ id: jobId }) });
  expect(response.status).toBe(200);
  return readServerEvents(response);
}

/** Waits until BullMQ has the job in a finished state. */
async function waitForState(queueName: string, jobId: string, wanted: "completed" | "failed"): Promise<void> {
  const queue = new Queue(queueName, { connection: { url: REDIS_URL } });
  try {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const job = await Job.fromId(queue, jobId);
      if ((await job?.getState()) === wanted) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`job ${jobId} did not become ${wanted}`);
  } finally {
    await queue.close();
  }
}

describe("BullMQ generation queue on Redis (real inference in a worker)", () => {
  test("default: a worker runs the job end to end; the web side streams progress and the result and stores it", async () => {
    const queueName = makeQueueName();
    stack = await openTestStack({ queueName });
    expect((await stack.runtime.generationQueue()).kind).toBe("bullmq");
    worker = await startWorkerIn(stack, queueName);
    const response = await submit();
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const received = await readEvents(jobId);
    const last = received.at(-1)!;
    expect(last.event).toBe("result");
    for (const event of received.slice(0, -1)) expect(event.event).toBe("progress");

    const store = await stack.runtime.contentStore();
    expect(last.data.results.map((result: { seed: number }) => result.seed)).toEqual([11, 12]);
    for (const result of last.data.results) {
      const png = await store.get(result.cid);
      expect(result).toMatchObject({ sha256: `0x${sha256Hex(png)}`, size: png.length, width: 64, height: 64 });
      expect(result.facts).toMatchObject({ executionProvider: "cpu", ortVersion: getOrtVersion(), prompt: "wild violet storm", tiles: 1 });
    }
    const { prisma } = await stack.runtime.database();
    const row = await prisma.generationJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(row).toMatchObject({ status: "SUCCEEDED", progress: 1, error: null });
    expect(row.results).toEqual(last.data.results);
  });

  test("behavior: the in-process and BullMQ queues give the same images for the same request", async () => {
    const inProcess = await openTestStack();
    let inProcessResults;
    try {
      const { jobId } = (await (await submit()).json()) as { jobId: string };
      inProcessResults = (await readEvents(jobId)).at(-1)!.data.results;
    } finally {
      await inProcess.close();
    }
    const queueName = makeQueueName();
    stack = await openTestStack({ queueName });
    worker = await startWorkerIn(stack, queueName);
    const { jobId } = (await (await submit()).json()) as { jobId: string };
    const bullmqResults = (await readEvents(jobId)).at(-1)!.data.results;
    expect(bullmqResults.map((result: { sha256: string; cid: string }) => [result.sha256, result.cid])).toEqual(
      inProcessResults.map((result: { sha256: string; cid: string }) => [result.sha256, result.cid]),
    );
  });

  test("error: 503 QUEUE_FULL with Retry-After when maxDepth jobs wait in Redis", async () => {
    const queueName = makeQueueName();
    stack = await openTestStack({ queueName, limits: { maxDepth: 1, perRequesterPerMinute: 100 } });
    // No worker: the first job waits.
    expect((await submit()).status).toBe(202);
    const refused = await submit();
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(await errorOf(refused)).toEqual({
      status: 503,
      code: "QUEUE_FULL",
      message: "The generation queue is full (1 jobs); try again in 5 s.",
      details: { depth: 1, maxDepth: 1, retryAfterSeconds: 5 },
    });
    expect(await (await stack.runtime.database()).prisma.generationJob.count()).toBe(1);
  });

  test("error: 429 RATE_LIMITED (fair share) with Retry-After once the Redis queue is half full and an account or address holds its share", async () => {
    const queueName = makeQueueName();
    // maxDepth 8, fairShare 0.25: busy from 4 waiting jobs, a share of 2. No worker: jobs wait.
    stack = await openTestStack({ queueName, limits: { maxDepth: 8, perRequesterPerMinute: 100, perIpPerMinute: 100 } });
    const from = async (wallet: typeof ALICE, address: string) => {
      const request = await jsonRequest("/api/generate", REQUEST, wallet);
      request.headers.set("x-forwarded-for", address);
      return generate(request);
    };
    const carol = new Wallet(`0x${"c3".repeat(32)}`);
    const dave = new Wallet(`0x${"d4".repeat(32)}`);
    // Not busy yet: one account may queue more than its share.
    for (let i = 0; i < 4; i += 1) expect((await from(ALICE, "203.0.113.1")).status).toBe(202);
    const refused = await from(ALICE, "203.0.113.1");
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(await errorOf(refused)).toEqual({
      status: 429,
      code: "RATE_LIMITED",
      message: "The generation queue is busy (4 of 8 jobs) and this account already has 4 waiting or running, its fair share of 2; try again in 5 s.",
      details: { scope: "account", limit: 2, held: 4, depth: 4, maxDepth: 8, retryAfterSeconds: 5 },
    });
    // Another account from another address gets its share; new wallets on that address do not get more.
    expect((await from(carol, "198.51.100.2")).status).toBe(202);
    expect((await from(dave, "198.51.100.2")).status).toBe(202);
    expect(await errorOf(await from(new Wallet(`0x${"e5".repeat(32)}`), "198.51.100.2"))).toEqual({
      status: 429,
      code: "RATE_LIMITED",
      message: "The generation queue is busy (6 of 8 jobs) and this network address already has 2 waiting or running, its fair share of 2; try again in 5 s.",
      details: { scope: "ip", limit: 2, held: 2, depth: 6, maxDepth: 8, retryAfterSeconds: 5 },
    });
    expect(await (await stack.runtime.database()).prisma.generationJob.count()).toBe(6);
  });

  test("behavior: a job that finished while no web server listened is read back from Redis at the next start", async () => {
    const queueName = makeQueueName();
    stack = await openTestStack({ queueName });
    const { jobId } = (await (await submit()).json()) as { jobId: string };
    const { dataDir } = stack;
    await stack.close();
    stack = undefined;

    // A worker, with only the content store and inference (no database), finishes it meanwhile.
    const inference = await createInference({ modelsDirectory: path.join(makeTemporaryDirectory("worker"), "models"), device: "cpu", builtinTrainer: TEST_BUILTIN_TRAINER });
    try {
      worker = await startGenerationWorker({ redisUrl: REDIS_URL, inference, contentStore: await openContentStore({ dataDir }), queueName });
      await waitForState(queueName, jobId, "completed");
    } finally {
      await worker?.close();
      worker = undefined;
      await inference.close();
    }

    stack = await openTestStack({ dataDir, queueName });
    const received = await readEvents(jobId);
    expect(received).toHaveLength(1);
    expect(received[0]!.event).toBe("result");
    expect(received[0]!.data.results.map((result: { seed: number }) => result.seed)).toEqual([11, 12]);
    const row = await (await stack.runtime.database()).prisma.generationJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(row.status).toBe("SUCCEEDED");
    const store = await stack.runtime.contentStore();
    for (const result of received[0]!.data.results) expect(await store.has(result.cid)).toBe(true);
  });

  test("behavior: a job Redis no longer knows is failed at the next start, once past a grace period", async () => {
    const queueName = makeQueueName();
    stack = await openTestStack({ queueName });
    const { prisma } = await stack.runtime.database();
    const lost = await prisma.generationJob.create({
      data: { requester: ALICE.address.toLowerCase(), modelId: "loom", request: REQUEST, status: "QUEUED", createdAt: new Date(Date.now() - 31_000) },
    });
    // One just created is not called lost yet: another web server may be about to add it.
    const fresh = await prisma.generationJob.create({ data: { requester: ALICE.address.toLowerCase(), modelId: "loom", request: REQUEST, status: "QUEUED" } });
    const { dataDir } = stack;
    await stack.close();
    stack = await openTestStack({ dataDir, queueName });
    expect(await readEvents(lost.id)).toEqual([{ event: "error", data: { message: "lost from the job queue (Redis no longer has it)" } }]);
    const rows = await (await stack.runtime.database()).prisma.generationJob.findMany({ where: { id: { in: [lost.id, fresh.id] } }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.id, row.status, row.error])).toEqual([
      [lost.id, "FAILED", "lost from the job queue (Redis no longer has it)"],
      [fresh.id, "QUEUED", null],
    ]);
  });

  test("behavior: a worker's failure reaches the requester as an error event and a FAILED row", async () => {
    const queueName = makeQueueName();
    stack = await openTestStack({ queueName });
    worker = await startWorkerIn(stack, queueName);
    const queue = await stack.runtime.generationQueue();
    const { prisma } = await stack.runtime.database();
    const cid = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";
    const job = await prisma.generationJob.create({ data: { requester: ALICE.address.toLowerCase(), modelId: "ghost", request: REQUEST } });
    await queue.enqueue({
      jobId: job.id,
      model: { id: "ghost", sha256: `0x${"ab".repeat(32)}`, fileCid: cid, cardCid: cid, cardSignature: `0x${"12".repeat(65)}`, builtIn: false },
      request: { ...REQUEST, params: {} },
    });
    const received = await readEvents(job.id);
    expect(received.at(-1)).toEqual({ event: "error", data: { message: `No content with CID ${cid}` } });
    expect(await prisma.generationJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "FAILED", error: `No content with CID ${cid}` });
  });

  test("behavior: `npm run worker` (scripts/worker.ts, a separate process) runs the jobs the web side queues", async () => {
    const queueName = makeQueueName();
    stack = await openTestStack({ queueName });
    child = spawn(process.execPath, ["--import", "tsx", path.join(REPO_ROOT, "scripts", "worker.ts"), "--queue", queueName], {
      cwd: REPO_ROOT,
      env: { ...process.env, COLOPHON_DATA_DIR: stack.dataDir, REDIS_URL, INFERENCE_DEVICE: "cpu", AUTH_SECRET: SESSION_SECRET, DATABASE_URL: "", IPFS_API_URL: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    await new Promise<void>((resolve, reject) => {
      child!.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("worker ready:")) resolve();
      });
      child!.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child!.once("exit", (code) => reject(new Error(`worker exited with ${code}: ${output}`)));
    });
    expect(output).toContain(`worker ready: queue ${queueName}, concurrency 1, cpu on ONNX Runtime ${getOrtVersion()}; models loom, press, tide; content store local`);
    const { jobId } = (await (await submit()).json()) as { jobId: string };
    const last = (await readEvents(jobId)).at(-1)!;
    expect(last.event).toBe("result");
    const store = await stack.runtime.contentStore();
    for (const result of last.data.results) expect(await store.has(result.cid)).toBe(true);
  });
});
