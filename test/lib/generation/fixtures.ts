import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Queue } from "bullmq";
import { Wallet } from "ethers";
import { afterAll } from "vitest";
import { createSessionCookie } from "@/lib/auth/create-session-cookie";
import { loadEnv } from "@/lib/config/env";
import { applyMigrations } from "@/lib/db/apply-migrations";
import type { ModelSandboxOptions } from "@/inference/sandbox/model-sandbox";
import type { GenerationLimits } from "@/lib/generation/generation-queue";
import { createRuntime, setRuntime, type Runtime } from "@/lib/runtime/get-runtime";
import { TEST_BUILTIN_TRAINER } from "../../inference/test-builtin-trainer";

// Tests may read process.env directly (only app code goes through lib/config/env). The
// routes' requireSignedIn reads the session secret from the process's settings, so it is
// fixed here, before anything calls env().
process.env.AUTH_SECRET ||= "colophon-generation-tests-secret-0123456789abcdef";
export const SESSION_SECRET = process.env.AUTH_SECRET;

/** Redis for the BullMQ tests: the project's machines and CI run one on loopback. */
export const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
const MIGRATIONS_DIR = path.join(REPO_ROOT, "prisma", "migrations");

/** Two accounts: the requester and somebody else. */
export const ALICE = new Wallet(`0x${"a1".repeat(32)}`);
export const BOB = new Wallet(`0x${"b2".repeat(32)}`);

const directories: string[] = [];
const queues: string[] = [];

/** A new temporary directory, removed after the test file. */
export function makeTemporaryDirectory(prefix: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `colophon-gen-${prefix}-`));
  directories.push(directory);
  return directory;
}

/** A BullMQ queue name no other test run uses; emptied from Redis after the test file. */
export function makeQueueName(): string {
  const name = `colophon-test-${randomUUID()}`;
  queues.push(name);
  return name;
}

afterAll(async () => {
  for (const name of queues.splice(0)) {
    const queue = new Queue(name, { connection: { url: REDIS_URL } });
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
  for (const directory of directories.splice(0)) fs.rmSync(directory, { recursive: true, force: true });
});

/** A runtime on temporary directories, installed as the process's runtime for the routes. */
export interface TestStack {
  runtime: Runtime;
  dataDir: string;
  /** Closes the runtime (queue, inference, database) and uninstalls it. */
  close(): Promise<void>;
}

/** Parameters of {@link openTestStack}. */
export interface OpenTestStackParameters {
  /** Reopen an earlier stack's data directory (a restart). Default: a new one. */
  dataDir?: string;
  /** Use BullMQ on Redis with this queue name. Default: the in-process queue. */
  queueName?: string;
  limits?: Partial<GenerationLimits>;
  /** A model sandbox of the runtime's own with these limits. Default: the process's shared one. */
  sandbox?: ModelSandboxOptions;
}

/**
 * A real runtime as a server process has it: PGlite (migrated) and the local content store
 * in a temporary data directory, inference on CPU over the built-in models, and the
 * in-process queue or BullMQ on Redis. Installed with setRuntime, so route handlers called
 * directly use it.
 */
export async function openTestStack({ dataDir = makeTemporaryDirectory("data"), queueName, limits, sandbox }: OpenTestStackParameters = {}): Promise<TestStack> {
  const settings = loadEnv(
    {
      COLOPHON_DATA_DIR: dataDir,
      DEPLOYMENTS_DIR: path.join(dataDir, "deployments"),
      INFERENCE_DEVICE: "cpu",
      AUTH_SECRET: SESSION_SECRET,
      BUILTIN_TRAINER_PRIVATE_KEY: TEST_BUILTIN_TRAINER.privateKey,
      REDIS_URL: queueName === undefined ? undefined : REDIS_URL,
    },
    { cwd: dataDir },
  );
  const runtime = createRuntime(settings, { generation: { limits, queueName }, inference: { sandbox } });
  await applyMigrations(await runtime.database(), { migrationsDir: MIGRATIONS_DIR });
  setRuntime(runtime);
  return {
    runtime,
    dataDir,
    async close() {
      await runtime.close();
      setRuntime(undefined);
    },
  };
}

/** The Cookie header of a signed-in session for `wallet`. */
export function cookieOf(wallet: Wallet): Promise<string> {
  return createSessionCookie({ address: wallet.address, secret: SESSION_SECRET });
}

/** A JSON request, signed in as `wallet` unless it is null. */
export async function jsonRequest(url: string, body: unknown, wallet: Wallet | null, method = "POST"): Promise<Request> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (wallet !== null) headers.cookie = await cookieOf(wallet);
  return new Request(`http://localhost${url}`, { method, headers, body: typeof body === "string" ? body : JSON.stringify(body) });
}

/** A GET request, signed in as `wallet` unless it is null. */
export async function getRequest(url: string, wallet: Wallet | null): Promise<Request> {
  return new Request(`http://localhost${url}`, { headers: wallet === null ? {} : { cookie: await cookieOf(wallet) } });
}

/** A multipart request with `file` and text fields, signed in as `wallet` unless it is null. */
export async function multipartRequest(url: string, file: Uint8Array | null, fields: Record<string, string>, wallet: Wallet | null): Promise<Request> {
  const form = new FormData();
  if (file !== null) form.set("file", new Blob([new Uint8Array(file)]), "upload.bin");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Request(`http://localhost${url}`, { method: "POST", headers: wallet === null ? {} : { cookie: await cookieOf(wallet) }, body: form });
}

/** One server-sent event. */
export interface ServerEvent {
  event: string;
  data: any;
}

/** Reads a server-sent event stream to its end (comments and `retry:` lines dropped). */
export async function readServerEvents(response: Response): Promise<ServerEvent[]> {
  const text = await response.text();
  const events: ServerEvent[] = [];
  for (const block of text.split("\n\n")) {
    const lines = block.split("\n").filter((line) => line !== "" && !line.startsWith(":") && !line.startsWith("retry:"));
    if (lines.length === 0) continue;
    const event = lines.find((line) => line.startsWith("event: "))?.slice("event: ".length) ?? "message";
    const data = lines
      .filter((line) => line.startsWith("data: "))
      .map((line) => line.slice("data: ".length))
      .join("\n");
    events.push({ event, data: JSON.parse(data) });
  }
  return events;
}

/** The JSON error body's `error`, with the status. */
export async function errorOf(response: Response): Promise<{ status: number; code: string; message: string; details?: Record<string, unknown> }> {
  const body = (await response.json()) as { error: { code: string; message: string; details?: Record<string, unknown> } };
  return { status: response.status, ...body.error };
}
