import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/**
 * Runs a command to completion with its output in a log file (a build's chatter would bury
 * the lines a person needs), and on failure throws with the log's tail and where it is.
 */
export async function runLogged(command: string, args: string[], logFile: string, cwd: string): Promise<void> {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, "w");
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(command, args, { cwd, stdio: ["ignore", log, log], env: process.env });
      child.once("error", reject);
      child.once("exit", resolve);
    });
    if (code !== 0) {
      const tail = fs.readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n");
      throw new Error(`\`${[command, ...args].join(" ")}\` exited with code ${code}; log: ${logFile}\n${tail}`);
    }
  } finally {
    fs.closeSync(log);
  }
}
