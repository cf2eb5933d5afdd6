/**
 * HTTP generation benchmark: what the queue, the routes, the database, the content store and
 * server-sent events add to a generation. Starts a real HTTP server on 127.0.0.1 that serves
 * `POST /api/generate` and `GET /api/generate/:id/events` with the app's route handlers, on a
 * runtime in a temporary data directory (PGlite, local blocks, inference on INFERENCE_DEVICE,
 * default auto), and compares, for one 512x512 Loom image:
 *
 *   raw   inference.generateImage (tiles, pixels, PNG) on the same warmed session; and the
 *         time inside session.run alone
 *   http  POST /api/generate → `event: result` on the events stream, over a real socket
 *
 * and prints the medians and the ratio http / raw (target: at most 1.3). Runs alternate
 * raw and http so drift on a shared machine hits both alike. With Redis answering on
 * REDIS_URL (default redis://127.0.0.1:6379) it does the same with the BullMQ queue and a
 * worker in this process; otherwise it says it skipped that.
 *
 *   npm run bench:generate-http            (tsx --conditions=react-server scripts/bench/generate-http.ts)
 *   ... -- --runs 15 --size 1024
 *
 * `--conditions=react-server` makes "server-only" (imported by the route modules) resolve as
 * it does inside Next.js. A benchmark prints figures; it never fails on a time.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Queue } from "bullmq";
import { Wallet } from "ethers";
import { median } from "./stats";
import { timeModelRuns } from "./time-model-runs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { values: options } = parseArgs({ options: { runs: { type: "string", default: "9" }, size: { type: "string", default: "512" } } });
const RUNS = Number(options.runs);
const SIZE = Number(options.size);
const WARMUP_RUNS = 2;
const PROMPT = "storm over a crimson sea";

// The routes read the session secret through the process's settings: fix one for this run
// before anything reads them.
process.env.AUTH_SECRET ||= randomBytes(32).toString("base64url");
const SECRET = process.env.AUTH_SECRET;
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/** A Node HTTP server that hands requests to the app's route handlers as fetch Requests. */
async function serveRoutes(): Promise<{ url: string; close(): Promise<void> }> {
  const { POST: generate } = await import("@/app/api/generate/route");
  const { GET: events } = await import("@/app/api/generate/[id]/events/route");
  const server = http.createServer(async (req, res) => {
    const controller = new AbortController();
    res.on("close", () => controller.abort());
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const request = new Request(url, {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
      signal: controller.signal,
      ...(hasBody ? { duplex: "half" } : {}),
    } as RequestInit);
    const eventsMatch = /^\/api\/generate\/([^/]+)\/events$/.exec(url.pathname);
    let response: Response;
    if (url.pathname === "/api/generate" && req.method === "POST") response = await generate(request);
    else if (eventsMatch && req.method === "GET") response = await events(request, { params: Promise.resolve({ id: decodeURIComponent(eventsMatch[1]!) }) });
    else response = new Response("not found", { status: 404 });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.flushHeaders();
    if (response.body) {
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
      } catch {
        // The client went away.
      }
    }
    res.end();
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** POST → the result event, as a browser's fetch + EventSource would; returns milliseconds. */
async function httpGenerate(baseUrl: string, cookie: string, seed: number): Promise<number> {
  const started = performance.now();
  const posted = await fetch(`${baseUrl}/api/generate`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ modelId: "loom", prompt: PROMPT, seed, width: SIZE, height: SIZE }),
  });
  if (posted.status !== 202) throw new Error(`POST /api/generate answered ${posted.status}: ${await posted.text()}`);
  const { eventsUrl } = (await posted.json()) as { eventsUrl: string };
  const stream = await fetch(`${baseUrl}${eventsUrl}`, { headers: { cookie, accept: "text/event-stream" } });
  const reader = stream.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the event stream ended without a result: ${text}`);
    text += decoder.decode(value, { stream: true });
    if (text.includes("event: result")) break;
    if (text.includes("event: error")) throw new Error(`generation failed: ${text}`);
  }
  const elapsed = performance.now() - started;
  await reader.cancel();
  return elapsed;
}

interface Figures {
  label: string;
  raw: number[];
  model: number[];
  http: number[];
}

async function benchQueue(label: string, redis: boolean): Promise<Figures> {
  const { loadEnv } = await import("@/lib/config/env");
  const { applyMigrations } = await import("@/lib/db/apply-migrations");
  const { createRuntime, setRuntime } = await import("@/lib/runtime/get-runtime");
  const { createSessionCookie } = await import("@/lib/auth/create-session-cookie");
  const { startGenerationWorker } = await import("@/lib/generation/start-generation-worker");

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-bench-http-"));
  const queueName = `colophon-bench-${randomBytes(6).toString("hex")}`;
  const settings = loadEnv(
    { COLOPHON_DATA_DIR: dataDir, INFERENCE_DEVICE: process.env.INFERENCE_DEVICE, AUTH_SECRET: SECRET, REDIS_URL: redis ? REDIS_URL : undefined },
    { cwd: root },
  );
  const runtime = createRuntime(settings, { generation: { queueName, limits: { perRequesterPerMinute: 10_000, maxDepth: 100 } } });
  setRuntime(runtime);
  const server = await serveRoutes();
  let worker: { close(): Promise<void> } | undefined;
  try {
    await applyMigrations(await runtime.database(), { migrationsDir: path.join(root, "prisma", "migrations") });
    const inference = await runtime.inference();
    const counter = { ms: 0 };
    timeModelRuns(inference, counter);
    if (redis) worker = await startGenerationWorker({ redisUrl: REDIS_URL, inference, contentStore: await runtime.contentStore(), queueName });
    const cookie = await createSessionCookie({ address: Wallet.createRandom().address, secret: SECRET });

    const figures: Figures = { label, raw: [], model: [], http: [] };
    for (let run = -WARMUP_RUNS; run < RUNS; run += 1) {
      const seed = 1000 + run;
      counter.ms = 0;
      const started = performance.now();
      await inference.generateImage({ modelId: "loom", prompt: PROMPT, seed, width: SIZE, height: SIZE });
      const raw = performance.now() - started;
      const model = counter.ms;
      const viaHttp = await httpGenerate(server.url, cookie, seed);
      if (run >= 0) {
        figures.raw.push(raw);
        figures.model.push(model);
        figures.http.push(viaHttp);
      }
    }
    const { provider } = await inference.provider();
    figures.label = `${label}, ${provider}`;
    return figures;
  } finally {
    await worker?.close();
    await server.close();
    await runtime.close();
    setRuntime(undefined);
    if (redis) {
      const queue = new Queue(queueName, { connection: { url: REDIS_URL } });
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function redisAnswers(): Promise<boolean> {
  const queue = new Queue(`colophon-bench-ping-${randomBytes(4).toString("hex")}`, {
    connection: { url: REDIS_URL, enableOfflineQueue: false, connectTimeout: 1_000, maxRetriesPerRequest: 0, retryStrategy: () => null },
  });
  queue.on("error", () => undefined);
  try {
    await Promise.race([queue.waitUntilReady(), new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2_000))]);
    // Connecting writes the queue's metadata key; leave Redis as it was.
    await queue.obliterate({ force: true });
    return true;
  } catch {
    return false;
  } finally {
    await queue.close().catch(() => undefined);
  }
}

function print(figures: Figures): void {
  const raw = median(figures.raw);
  const httpMedian = median(figures.http);
  const fixed = (value: number) => value.toFixed(1).padStart(8);
  process.stdout.write(
    `\n${figures.label}: ${SIZE}x${SIZE} Loom, ${figures.http.length} runs (after ${WARMUP_RUNS} warm-up)\n` +
      `  raw generateImage  median ${fixed(raw)} ms   (session.run alone ${fixed(median(figures.model))} ms)\n` +
      `  HTTP POST→result   median ${fixed(httpMedian)} ms   (overhead ${fixed(httpMedian - raw)} ms)\n` +
      `  ratio HTTP / raw generateImage: ${(httpMedian / raw).toFixed(3)}   (target ≤ 1.3)\n` +
      `  ratio HTTP / session.run alone: ${(httpMedian / median(figures.model)).toFixed(3)}\n` +
      `  runs raw  ${figures.raw.map((value) => value.toFixed(0)).join(" ")}\n` +
      `  runs HTTP ${figures.http.map((value) => value.toFixed(0)).join(" ")}\n`,
  );
}

async function main(): Promise<void> {
  process.stdout.write(`HTTP generation benchmark (Node ${process.versions.node}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)})\n`);
  print(await benchQueue("in-process queue", false));
  if (await redisAnswers()) print(await benchQueue(`BullMQ queue on ${REDIS_URL}, worker in this process`, true));
  else process.stdout.write(`\nBullMQ: skipped, Redis does not answer on ${REDIS_URL}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
