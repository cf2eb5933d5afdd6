// Starts the whole stack the way `npm start` does (scripts/start.ts under tsx), in its own
// data directory, deployments directory and ports, for the integration and browser tests.
import { spawn, type ChildProcess, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface StackProcess {
  child: ChildProcess;
  url: string;
  rpcUrl: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Runs scripts/start.ts with `env` added; resolves with its exit when it stops. */
export function runStart(env: Record<string, string>): { child: ChildProcessByStdio<null, Readable, Readable>; output: () => string; exited: StackProcess["exited"] } {
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(require.resolve("tsx")).href;
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(process.execPath, ["--import", tsx, path.join(ROOT, "scripts/start.ts")], {
    cwd: ROOT,
    // A clean environment: only what a newcomer has, plus the test's own settings.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/root", ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.setEncoding("utf8").on("data", (c: string) => (out += c));
  child.stderr!.setEncoding("utf8").on("data", (c: string) => (out += c));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, exited };
}

/** Starts the stack and waits for its "running at" banner. */
export async function startStack(env: Record<string, string>, timeoutMs = 600_000): Promise<StackProcess> {
  const run = runStart(env);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = /Colophon is running at (\S+)/.exec(run.output());
    const rpc = /chain\s+(http:\/\/\S+) \(chain id/.exec(run.output());
    if (match && rpc) return { ...run, url: match[1], rpcUrl: rpc[1] };
    if (run.child.exitCode !== null || run.child.signalCode !== null) {
      throw new Error(`npm start exited early:\n${run.output()}`);
    }
    if (Date.now() > deadline) {
      run.child.kill("SIGKILL");
      throw new Error(`npm start was not ready in ${timeoutMs} ms:\n${run.output()}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Resolves once nothing listens on `port` any more (the children of a killed stack exit). */
export async function waitPortFree(port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const inUse = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (!inUse) return;
    if (Date.now() > deadline) throw new Error(`port ${port} still in use after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
