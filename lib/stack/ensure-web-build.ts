import fs from "node:fs";
import path from "node:path";
import { runLogged } from "./run-step";

/** Inputs of the Next.js build: a change to any of them makes the last build stale. */
const BUILD_INPUTS = ["app", "lib", "inference", "next.config.mjs", "package-lock.json", "tsconfig.json"];

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    // Generated clients live under lib/db/generated and are rewritten on install.
    if (child === "node_modules" || child === "generated") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/**
 * Builds the production web app unless `.next/BUILD_ID` is newer than every input.
 * @returns whether a build ran.
 */
export async function ensureWebBuild({ root, logFile }: { root: string; logFile: string }): Promise<boolean> {
  // Two stacks starting at once (two checkouts' tests, a test beside a developer) must not
  // build into the same folder together: the second waits for the first, then finds the
  // build fresh. mkdir is atomic; a lock older than the slowest build is a crashed builder's.
  const lock = path.join(root, ".next-build.lock");
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 15 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await buildIfStale(root, logFile);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

async function buildIfStale(root: string, logFile: string): Promise<boolean> {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const inputs = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(root, p))));
  if (built > inputs) return false;
  await runLogged(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], logFile, root);
  return true;
}
