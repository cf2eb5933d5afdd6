import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";

export interface WebServerProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Error from the web server child, with its code (PORT_IN_USE, LISTEN_FAILED, WEB_FAILED). */
export class WebServerError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "WebServerError";
  }
}

/**
 * Starts scripts/web-server.ts (the production Next.js server) as a child with `env`, and
 * resolves once it listens. The child exits by itself when this process dies.
 */
export async function spawnWebServer({
  root,
  host,
  port,
  env,
  readyTimeoutMs = 120_000,
}: {
  root: string;
  host: string;
  port: number;
  env: NodeJS.ProcessEnv;
  readyTimeoutMs?: number;
}): Promise<WebServerProcess> {
  const require = createRequire(import.meta.url);
  const tsx = pathToFileURL(require.resolve("tsx")).href;
  const child = spawn(
    process.execPath,
    ["--import", tsx, path.join(root, "scripts/web-server.ts"), "--host", host, "--port", String(port), "--exit-on-stdin-end"],
    { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  let stderr = "";
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
    // Server logs (request errors) belong on the console of whoever runs the stack.
    process.stderr.write(chunk);
  });
  const lines = createInterface({ input: child.stdout! });
  const ready = new Promise<string>((resolve, reject) => {
    lines.on("line", (line) => {
      let msg: { event?: string; url?: string; code?: string; message?: string };
      try {
        msg = JSON.parse(line);
      } catch {
        process.stdout.write(`${line}\n`);
        return;
      }
      if (msg.event === "ready" && msg.url) resolve(msg.url);
      else if (msg.event === "error") reject(new WebServerError(msg.code ?? "WEB_FAILED", msg.message ?? "unknown error"));
      else process.stdout.write(`${line}\n`);
    });
    void exited.then(({ code, signal }) =>
      reject(new WebServerError("WEB_FAILED", `The web server exited (code ${code}, signal ${signal}) before it was ready: ${stderr.trim() || "no output"}`)),
    );
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WebServerError("WEB_FAILED", `The web server was not ready within ${readyTimeoutMs} ms`)), readyTimeoutMs);
  });
  try {
    const url = await Promise.race([ready, timeout]);
    return {
      url,
      child,
      exited,
      async stop(signal: NodeJS.Signals = "SIGTERM") {
        if (child.exitCode === null && child.signalCode === null) child.kill(signal);
        await exited;
      },
    };
  } catch (error) {
    child.kill("SIGKILL");
    await exited;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
