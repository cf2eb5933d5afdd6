import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { REPO_ROOT } from "./database-targets";

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");

export interface CliResult {
  exitCode: number;
  /** stdout and stderr together: Prisma prints its answers to both. */
  output: string;
}

/** Runs the project's Prisma CLI (with prisma.config.ts) from the repository root. */
export function runPrismaCli(args: string[], env: Record<string, string>, timeoutMs = 90_000): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [prismaCli, ...args],
      { cwd: REPO_ROOT, env: { ...process.env, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" }, timeout: timeoutMs },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ exitCode, output: `${stdout}${stderr}` });
      },
    );
  });
}
