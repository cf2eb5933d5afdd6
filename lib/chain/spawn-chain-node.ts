import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { ChainError, isChainErrorCode } from "./chain-error";

/** The ready line scripts/chain-node.ts prints on stdout. */
export const chainNodeReadySchema = z.object({
  event: z.literal("ready"),
  rpcUrl: z.string().url(),
  chainId: z.number().int(),
  blockNumber: z.number().int().nonnegative(),
  created: z.boolean(),
  journalPath: z.string(),
  replay: z.object({
    entries: z.number(),
    blocks: z.number(),
    durationMs: z.number(),
    truncatedBytes: z.number(),
    clockAdjustedBy: z.number(),
  }),
  pid: z.number().int(),
});

export type ChainNodeReady = z.infer<typeof chainNodeReadySchema>;

const chainNodeErrorSchema = z.object({ event: z.literal("error"), code: z.string(), message: z.string() });

export type SpawnChainNodeParameters = {
  dataDir: string;
  host?: string;
  /** 0 picks a free port; the ready line says which. */
  port: number;
  /** How long to wait for the ready line (replaying a long journal takes a while). */
  readyTimeoutMs?: number;
};

export type ChainNodeProcess = {
  rpcUrl: string;
  chainId: number;
  pid: number;
  ready: ChainNodeReady;
  child: ChildProcess;
  /** Resolves when the child has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends a signal (SIGTERM by default: a clean stop) and waits for the exit. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

const SCRIPT_PATH = fileURLToPath(new URL("../../scripts/chain-node.ts", import.meta.url));

/**
 * Runs the local chain as a child process (scripts/chain-node.ts under tsx's loader, in a
 * single process so that a signal reaches the node itself) and resolves once it printed
 * its ready line. The child stops on its own when this process closes its stdin, e.g. by
 * dying.
 *
 * Fails with the child's own error code (`PORT_IN_USE`, `DATA_DIR_LOCKED`, ...) when it
 * could not start, or `CHAIN_NODE_FAILED` when it exited or timed out without a word.
 */
export async function spawnChainNode({
  dataDir,
  host = "127.0.0.1",
  port,
  readyTimeoutMs = 120_000,
}: SpawnChainNodeParameters): Promise<ChainNodeProcess> {
  const require = createRequire(import.meta.url);
  const tsxLoader = pathToFileURL(require.resolve("tsx")).href;
  const child = spawn(
    process.execPath,
    ["--import", tsxLoader, SCRIPT_PATH, "--data-dir", path.resolve(dataDir), "--host", host, "--port", String(port), "--exit-on-stdin-end"],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal }));
  });
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    // Keep the tail only: it explains a failed start.
    stderr = (stderr + chunk).slice(-4000);
  });

  const lines = createInterface({ input: child.stdout! });
  const firstLine = new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    exited.then(({ code, signal }) =>
      reject(
        new ChainError({
          code: "CHAIN_NODE_FAILED",
          message: `The chain node exited (code ${code}, signal ${signal}) before it was ready: ${stderr.trim() || "no output"}`,
          details: { code, signal, dataDir },
        }),
      ),
    );
  });
  // Once the timeout has won, the exit it causes must not surface as an unhandled rejection.
  firstLine.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new ChainError({
            code: "CHAIN_NODE_FAILED",
            message: `The chain node printed no ready line within ${readyTimeoutMs} ms`,
            details: { readyTimeoutMs, dataDir },
          }),
        ),
      readyTimeoutMs,
    );
  });

  let line: string;
  try {
    line = await Promise.race([firstLine, timeout]);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  } finally {
    clearTimeout(timer);
  }
  lines.close();
  // Later output is not read; drain it so a chatty child never blocks on a full pipe.
  child.stdout!.resume();

  const parsed = parseLine(line);
  if (parsed.event === "error") {
    await exited;
    throw new ChainError({
      code: isChainErrorCode(parsed.code) ? parsed.code : "CHAIN_NODE_FAILED",
      message: parsed.message,
      details: { dataDir },
    });
  }

  return {
    rpcUrl: parsed.rpcUrl,
    chainId: parsed.chainId,
    pid: parsed.pid,
    ready: parsed,
    child,
    exited,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

function parseLine(line: string): ChainNodeReady | z.infer<typeof chainNodeErrorSchema> {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (cause) {
    throw new ChainError({
      code: "CHAIN_NODE_FAILED",
      message: `The chain node printed something other than its ready line: ${line.slice(0, 200)}`,
      cause,
    });
  }
  const parsed = z.union([chainNodeReadySchema, chainNodeErrorSchema]).safeParse(json);
  if (!parsed.success) {
    throw new ChainError({
      code: "CHAIN_NODE_FAILED",
      message: `The chain node's ready line has an unexpected shape: ${z.prettifyError(parsed.error)}`,
      cause: parsed.error,
    });
  }
  return parsed.data;
}
