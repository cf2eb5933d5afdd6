import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { GeneratedImage, GenerateImageRequest, GenerationProgress } from "../generate-image";
import { InferenceError, type InferenceErrorCode } from "../inference-error";
import type { ModelManifest } from "../model-manifest";
import type { ModelSignature } from "../model-signature";
import { sha256Hex } from "../sha256-hex";
import { encodeFrame, FrameReader } from "./sandbox-frames";
import type { SandboxReply, SandboxRequest } from "./sandbox-messages";

/** Limits of the sandbox worker. */
export interface ModelSandboxLimits {
  /**
   * Address-space limit of the worker process (`prlimit --as`), in MiB. Node, tsx and ONNX
   * Runtime take about 1 GiB of it before any model loads. Default 4096.
   */
  memoryMiB: number;
  /** Wall-clock limit of one request (a validation or a generation), in seconds. Default 120. */
  timeLimitSeconds: number;
  /** Limit for starting the worker (node, tsx, ONNX Runtime, a trial run), in seconds. Default 60. */
  startTimeoutSeconds: number;
}

export const DEFAULT_MODEL_SANDBOX_LIMITS: ModelSandboxLimits = { memoryMiB: 4096, timeLimitSeconds: 120, startTimeoutSeconds: 60 };

/** Options of {@link createModelSandbox}. */
export interface ModelSandboxOptions {
  limits?: Partial<ModelSandboxLimits>;
  /**
   * The repository root, which holds inference/ and node_modules/. Default: the process's
   * working directory when the worker's entry is there (the web server, also under a
   * production Next build, where bundled code has no source paths; `npm run worker`; the
   * tests), else the repository this file is in (the CLI run from elsewhere).
   */
  rootDirectory?: string;
  /** The sandbox's programs, looked up on PATH. Default prlimit and bwrap (tests name missing ones). */
  commands?: Partial<SandboxCommands>;
}

/** The programs that make the sandbox. */
export interface SandboxCommands {
  prlimit: string;
  bwrap: string;
}

/** Path of the worker's launcher, relative to the repository root. */
export const SANDBOX_WORKER_ENTRY = "inference/sandbox/model-sandbox-entry.cjs";

/** The one-line fix named by SANDBOX_UNAVAILABLE. */
export const SANDBOX_FIX = "apt-get install bubblewrap util-linux";

/** A sandboxed generation: the model, the request without its callback, and the tile size. */
export interface SandboxGenerateParameters {
  manifest: ModelManifest;
  bytes: Uint8Array;
  request: Omit<GenerateImageRequest, "onProgress">;
  maxTilePixels?: number;
  onProgress?: (progress: GenerationProgress) => void;
}

/** The command line that starts the worker: prlimit, then bubblewrap, then node. */
export interface SandboxCommand {
  command: string;
  args: string[];
  /** CPU seconds the worker may use in its life (`prlimit --cpu`); it is replaced at half. */
  cpuSeconds: number;
}

/**
 * The worker's command line. bubblewrap unshares every namespace (no network, its own
 * pids), mounts /usr, a fresh /proc and /dev and an empty tmpfs as /tmp (the cwd), and,
 * read-only at their own paths, only node's directory (when it is outside /usr) and the
 * repository's node_modules/, inference/, package.json and tsconfig.json: never the
 * repository root, whose .colophon/ data dir holds the keys. The environment is emptied.
 */
export function buildSandboxCommand({
  root,
  nodePath,
  limits,
  commands = { prlimit: "prlimit", bwrap: "bwrap" },
}: {
  root: string;
  nodePath: string;
  limits: ModelSandboxLimits;
  commands?: SandboxCommands;
}): SandboxCommand {
  // One request uses at most (wall-clock limit x cores) of CPU time; the worker is replaced
  // once it has used half of its budget, so the CPU limit only stops a runaway worker.
  const cpuSeconds = Math.ceil(limits.timeLimitSeconds * Math.max(2, os.availableParallelism()) * 4 + 60);
  const bind = (target: string) => ["--ro-bind", target, target];
  const nodeDirectory = path.dirname(nodePath);
  const args = [
    `--as=${limits.memoryMiB * 1024 * 1024}`,
    // The soft limit sends SIGXCPU (exit 152), so the parent can say which limit it was.
    `--cpu=${cpuSeconds}:${cpuSeconds + 10}`,
    "--",
    commands.bwrap,
    ...["--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin"],
    ...["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"],
    ...["--unshare-all", "--die-with-parent", "--new-session", "--clearenv", "--setenv", "HOME", "/tmp", "--chdir", "/tmp"],
    ...(nodeDirectory === "/usr" || nodeDirectory.startsWith("/usr/") ? [] : bind(nodeDirectory)),
    ...["node_modules", "inference", "package.json", "tsconfig.json"].flatMap((name) => bind(path.join(root, name))),
    "--",
    nodePath,
    // No WebAssembly: each instance reserves ~10 GB of address space, over the limit; tsx
    // then uses its JavaScript parser. ONNX Runtime is native.
    "--no-expose-wasm",
    path.join(root, SANDBOX_WORKER_ENTRY),
  ];
  return { command: commands.prlimit, args, cpuSeconds };
}

/** prlimit and bubblewrap are looked up on this PATH, and get nothing else of our environment. */
const SPAWN_ENV = { PATH: "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin" } as unknown as NodeJS.ProcessEnv;

/** Ways a model can go over the sandbox's limits. */
type LimitKind = "memory" | "time" | "cpu" | "crash";

const MEMORY_FAILURE = /failed to allocate memory|bad_alloc|cannot allocate memory|array buffer allocation failed|out of memory|enomem/i;

interface Worker {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  onReply?: (reply: SandboxReply) => void;
  stderrTail: string;
  /** CPU seconds this worker may use in its life (its `prlimit --cpu`). */
  cpuBudgetSeconds: number;
  /** Set when we stop the worker on purpose (close, or a spent CPU budget). */
  stopping: boolean;
}

/**
 * Runs models that are not built in, in a long-lived child process isolated by bubblewrap
 * and limited by prlimit (see {@link buildSandboxCommand}), started on first need. Requests
 * run one at a time, each under a wall-clock limit: past it the worker is killed, the
 * request fails with MODEL_RESOURCE_LIMIT, and the next request starts a new worker. A
 * worker that dies is likewise replaced. When bubblewrap or prlimit is missing, or a trial
 * run in the sandbox fails, every request fails with SANDBOX_UNAVAILABLE: nothing ever
 * runs unisolated.
 */
export class ModelSandbox {
  readonly limits: ModelSandboxLimits;
  private readonly root: string;
  private readonly commands: SandboxCommands;
  private worker: Promise<Worker> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  private unavailable: { error: InferenceError; until: number } | undefined;
  private closed = false;

  constructor(options: ModelSandboxOptions = {}) {
    this.limits = { ...DEFAULT_MODEL_SANDBOX_LIMITS, ...dropUndefined(options.limits ?? {}) };
    this.root = options.rootDirectory === undefined ? findRepositoryRoot() : path.resolve(options.rootDirectory);
    this.commands = { prlimit: "prlimit", bwrap: "bwrap", ...options.commands };
  }

  /** Loads the model in ONNX Runtime and runs it once on a tiny input, in the sandbox. */
  async probeModel(bytes: Uint8Array, signature: ModelSignature): Promise<void> {
    await this.request((id) => ({ id, type: "probe", bytes, signature }));
  }

  /** Generates one image with the model, in the sandbox; progress arrives per tile. */
  async generateImage(parameters: SandboxGenerateParameters): Promise<GeneratedImage> {
    const reply = await this.request(
      (id) => ({ id, type: "generate", manifest: parameters.manifest, bytes: parameters.bytes, request: parameters.request, maxTilePixels: parameters.maxTilePixels }),
      parameters.onProgress,
    );
    if (reply.type !== "generated") throw new InferenceError("INFERENCE_FAILED", `The model sandbox answered "${reply.type}" to a generation.`);
    const png = new Uint8Array(reply.image.png);
    // The hash is ours to compute: the worker ran a stranger's graph.
    return { ...reply.image, png, sha256: sha256Hex(png) };
  }

  /**
   * Starts the worker if it is not running (a trial run included). Throws
   * SANDBOX_UNAVAILABLE with what is missing. Requests call this themselves.
   */
  async ensureAvailable(): Promise<void> {
    await this.getWorker();
  }

  /**
   * The process id of the running worker (the prlimit/bubblewrap process that holds it;
   * one that is starting is waited for), or undefined when none runs. Read-only, for tests and
   * diagnostics: killing it is how the crash path is exercised.
   */
  async workerPid(): Promise<number | undefined> {
    const worker = await this.worker?.catch(() => undefined);
    return worker === undefined || worker.child.exitCode !== null || worker.child.signalCode !== null ? undefined : worker.child.pid;
  }

  /** Stops the worker. A later request starts a new one. */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    if (worker !== undefined) await stopWorker(await worker.catch(() => undefined));
    this.closed = false;
  }

  private request(build: (id: number) => SandboxRequest, onProgress?: (progress: GenerationProgress) => void): Promise<SandboxReply> {
    const task = this.queue.then(() => this.requestNow(build(this.nextId++), onProgress));
    this.queue = task.catch(() => undefined);
    return task;
  }

  private async requestNow(message: SandboxRequest, onProgress?: (progress: GenerationProgress) => void): Promise<SandboxReply> {
    const worker = await this.getWorker();
    setReferenced(worker.child, true);
    try {
      const reply = await new Promise<SandboxReply>((resolve, reject) => {
        let settled = false;
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          worker.child.kill("SIGKILL");
        }, this.limits.timeLimitSeconds * 1000);
        worker.onReply = (reply) => {
          if (!("id" in reply) || reply.id !== message.id) return;
          if (reply.type === "progress") {
            onProgress?.({ tilesDone: reply.tilesDone, tilesTotal: reply.tilesTotal });
            return;
          }
          settled = true;
          clearTimeout(timer);
          worker.onReply = undefined;
          resolve(reply);
        };
        void worker.exited.then(({ code, signal }) => {
          if (settled) return;
          clearTimeout(timer);
          if (worker.stopping && !timedOut) reject(new InferenceError("SANDBOX_UNAVAILABLE", "The model sandbox was closed while the model ran."));
          else reject(timedOut ? this.limitError("time") : this.deathError(code, signal, worker.stderrTail));
        });
        worker.child.stdin!.write(encodeFrame(message), (error) => {
          // A worker that died before reading is reported by its exit.
          if (error) worker.child.kill("SIGKILL");
        });
      });
      if ("cpuSeconds" in reply) this.retireIfSpent(worker, reply.cpuSeconds);
      if (reply.type === "error") throw this.replyError(reply.error.code, reply.error.message, reply.error.details);
      return reply;
    } finally {
      setReferenced(worker.child, false);
    }
  }

  /** A worker that has used half of its CPU budget is replaced before it meets the limit. */
  private retireIfSpent(worker: Worker, cpuSeconds: number): void {
    if (cpuSeconds > worker.cpuBudgetSeconds / 2) {
      this.worker = undefined;
      void stopWorker(worker);
    }
  }

  private replyError(code: InferenceErrorCode | "INTERNAL", message: string, details: Record<string, unknown>): InferenceError {
    const reason = typeof details.reason === "string" ? details.reason : message;
    if (code !== "INPUT_INVALID" && MEMORY_FAILURE.test(reason)) return this.limitError("memory", reason);
    if (code === "INTERNAL") return new InferenceError("INFERENCE_FAILED", "The model sandbox failed while running the model.", { details: { reason } });
    return new InferenceError(code, message, { details });
  }

  private limitError(limit: LimitKind, reason?: string): InferenceError {
    const { memoryMiB, timeLimitSeconds } = this.limits;
    const message = {
      memory: `The model exceeded the sandbox's memory limit of ${memoryMiB} MiB.`,
      time: `The model exceeded the sandbox's time limit of ${timeLimitSeconds} s.`,
      cpu: `The model exceeded the sandbox's CPU-time limit.`,
      crash: `The model crashed the sandbox's worker process (its memory limit is ${memoryMiB} MiB, its time limit ${timeLimitSeconds} s).`,
    }[limit];
    const values = limit === "memory" ? { limitMiB: memoryMiB } : limit === "time" ? { limitSeconds: timeLimitSeconds } : {};
    return new InferenceError("MODEL_RESOURCE_LIMIT", message, { details: { limit, ...values, ...(reason === undefined ? {} : { reason }) } });
  }

  private deathError(code: number | null, signal: NodeJS.Signals | null, stderrTail: string): InferenceError {
    const exit = signal !== null ? `signal ${signal}` : `exit code ${code}`;
    // bubblewrap exits with 128 + the signal that killed the worker.
    if (code === 128 + os.constants.signals.SIGXCPU) return this.limitError("cpu", exit);
    if (MEMORY_FAILURE.test(stderrTail) || code === 128 + os.constants.signals.SIGABRT) return this.limitError("memory", exit);
    return this.limitError("crash", exit);
  }

  private getWorker(): Promise<Worker> {
    if (this.unavailable !== undefined && Date.now() < this.unavailable.until) return Promise.reject(this.unavailable.error);
    if (this.worker === undefined) {
      const starting = this.startWorker();
      this.worker = starting;
      starting.then(
        (worker) => {
          // A worker that dies is forgotten; the next request starts another.
          void worker.exited.then(() => {
            if (this.worker === starting) this.worker = undefined;
          });
        },
        (error: unknown) => {
          if (this.worker === starting) this.worker = undefined;
          // A host without the sandbox is told so at once for a while, not re-probed per request.
          if (error instanceof InferenceError && error.code === "SANDBOX_UNAVAILABLE") this.unavailable = { error, until: Date.now() + 30_000 };
        },
      );
    }
    return this.worker;
  }

  private async startWorker(): Promise<Worker> {
    const missing = (["prlimit", "bwrap"] as const).filter(
      (tool) => spawnSync(this.commands[tool], ["--version"], { stdio: "ignore", env: SPAWN_ENV }).error !== undefined,
    );
    if (missing.length > 0) {
      const named = missing.map((tool) => (this.commands[tool] === tool ? tool : `${tool} (${this.commands[tool]})`));
      throw unavailable(`${named.join(" and ")} ${missing.length > 1 ? "are" : "is"} not installed`, { missing });
    }
    const files = [SANDBOX_WORKER_ENTRY, "node_modules/tsx/package.json", "node_modules/onnxruntime-node/package.json"];
    const absent = files.filter((file) => !existsSync(path.join(this.root, file)));
    if (absent.length > 0) {
      throw unavailable(`${absent.map((file) => path.join(this.root, file)).join(", ")} not found: run the server from the repository root, after npm ci`, { missing: absent });
    }
    const { command, args, cpuSeconds } = buildSandboxCommand({ root: this.root, nodePath: process.execPath, limits: this.limits, commands: this.commands });
    const child: ChildProcess = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], env: SPAWN_ENV });
    const worker: Worker = {
      child,
      exited: new Promise((resolve) => child.once("close", (code, signal) => resolve({ code, signal }))),
      stderrTail: "",
      cpuBudgetSeconds: cpuSeconds,
      stopping: false,
    };
    child.stderr!.setEncoding("utf8");
    child.stderr!.on("data", (chunk: string) => {
      worker.stderrTail = (worker.stderrTail + chunk).slice(-4000);
    });
    const reader = new FrameReader();
    child.stdout!.on("data", (chunk: Buffer) => {
      let replies: unknown[];
      try {
        replies = reader.push(chunk);
      } catch {
        // Bytes that are not frames: the worker is no longer trustworthy.
        child.kill("SIGKILL");
        return;
      }
      for (const reply of replies as SandboxReply[]) worker.onReply?.(reply);
    });
    child.stdin!.on("error", () => undefined);
    child.once("error", () => undefined);

    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(unavailable(`the sandbox worker did not start within ${this.limits.startTimeoutSeconds} s`, { stderr: worker.stderrTail.trim() }));
      }, this.limits.startTimeoutSeconds * 1000);
      worker.onReply = (reply) => {
        if (reply.type !== "ready" && reply.type !== "start-failed") return;
        clearTimeout(timer);
        worker.onReply = undefined;
        if (reply.type === "ready") resolve();
        else reject(unavailable(`the trial run in the sandbox failed: ${reply.message}`, {}));
      };
      void worker.exited.then(({ code, signal }) => {
        clearTimeout(timer);
        reject(unavailable(`the sandbox worker exited (${signal ?? `code ${code}`}) before it was ready: ${worker.stderrTail.trim().slice(-600) || "no output"}`, {}));
      });
    });
    try {
      await ready;
    } catch (error) {
      child.kill("SIGKILL");
      throw error;
    }
    if (this.closed) {
      await stopWorker(worker);
      throw new InferenceError("SANDBOX_UNAVAILABLE", "The model sandbox was closed while it started.");
    }
    setReferenced(child, false);
    return worker;
  }
}

/** The first of the working directory and this module's repository that has the worker's entry. */
function findRepositoryRoot(): string {
  const candidates = [process.cwd()];
  try {
    // Under tsx or the CLI this is the source file; in a bundle it is a chunk (skipped below).
    if (typeof import.meta.url === "string" && import.meta.url.startsWith("file:")) candidates.push(path.resolve(path.dirname(new URL(import.meta.url).pathname), "../.."));
  } catch {
    // No usable import.meta.url in this bundle: the working directory it is.
  }
  return candidates.find((candidate) => existsSync(path.join(candidate, SANDBOX_WORKER_ENTRY))) ?? candidates[0]!;
}

function unavailable(reason: string, details: Record<string, unknown>): InferenceError {
  return new InferenceError(
    "SANDBOX_UNAVAILABLE",
    `Models that are not built in run only in an isolated sandbox (bubblewrap and prlimit), which cannot run on this server: ${reason}. The operator can fix this with: ${SANDBOX_FIX}.`,
    { details: { reason, fix: SANDBOX_FIX, ...details } },
  );
}

/** An idle worker must not keep the server process alive; one at work must. */
function setReferenced(child: ChildProcess, referenced: boolean): void {
  for (const stream of [child.stdin, child.stdout, child.stderr] as (NodeJS.ReadableStream & { ref?(): void; unref?(): void })[]) {
    if (referenced) stream?.ref?.();
    else stream?.unref?.();
  }
  if (referenced) child.ref();
  else child.unref();
}

/** Ends the worker's stdin (it exits), or kills it after two seconds. */
async function stopWorker(worker: Worker | undefined): Promise<void> {
  if (worker === undefined || worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  worker.stopping = true;
  worker.child.stdin!.end();
  const timer = setTimeout(() => worker.child.kill("SIGKILL"), 2000);
  await worker.exited;
  clearTimeout(timer);
}

/** A sandbox with these options; no process starts until the first request. */
export function createModelSandbox(options: ModelSandboxOptions = {}): ModelSandbox {
  return new ModelSandbox(options);
}

// One sandbox per process (kept on globalThis: Next.js may load this module once per route
// bundle), shared by validation, generation and verification re-runs.
const KEY = Symbol.for("colophon.modelSandbox");
type Holder = { [KEY]?: ModelSandbox };

/**
 * The process's shared sandbox; its worker starts on first need. Without `limits` it is the
 * one in place (created with the default limits if none is). With `limits` (the operator's
 * settings, passed by the server's runtime), a shared sandbox with other limits is replaced
 * by one with these, and the old one is closed, so every later request runs under them.
 */
export function getDefaultModelSandbox(limits?: Partial<ModelSandboxLimits>): ModelSandbox {
  const holder = globalThis as Holder;
  const current = holder[KEY];
  if (current !== undefined && limits !== undefined && !sameLimits(current.limits, { ...DEFAULT_MODEL_SANDBOX_LIMITS, ...dropUndefined(limits) })) {
    holder[KEY] = undefined;
    void current.close().catch(() => undefined);
  }
  holder[KEY] ??= new ModelSandbox({ limits: limits === undefined ? undefined : dropUndefined(limits) });
  return holder[KEY];
}

function sameLimits(a: ModelSandboxLimits, b: ModelSandboxLimits): boolean {
  return a.memoryMiB === b.memoryMiB && a.timeLimitSeconds === b.timeLimitSeconds && a.startTimeoutSeconds === b.startTimeoutSeconds;
}

/** `{ memoryMiB: undefined }` must mean "the default", not overwrite it when spread. */
function dropUndefined(limits: Partial<ModelSandboxLimits>): Partial<ModelSandboxLimits> {
  return Object.fromEntries(Object.entries(limits).filter(([, value]) => value !== undefined));
}
