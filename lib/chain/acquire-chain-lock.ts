import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ChainError } from "./chain-error";

/** Lock files held by this process, so a second in-process start is refused as well. */
const heldLocks = new Set<string>();

export type ChainLock = {
  readonly path: string;
  /** Removes the lock file; safe to call twice. */
  release(): Promise<void>;
};

/**
 * Takes the lock of a chain data directory: a file holding the pid of the serving process.
 * Two nodes appending to one journal would interleave their histories, so a second node
 * fails with `DATA_DIR_LOCKED`. A lock left by a process that no longer runs (it was
 * killed) is taken over.
 */
export async function acquireChainLock(lockPath: string): Promise<ChainLock> {
  const absolutePath = path.resolve(lockPath);
  if (heldLocks.has(absolutePath)) throw lockedError(absolutePath, process.pid);
  const content = JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() });
  try {
    await writeFile(absolutePath, content, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = await readLockPid(absolutePath);
    if (holder !== undefined && holder !== process.pid && isProcessAlive(holder)) {
      throw lockedError(absolutePath, holder);
    }
    await writeFile(absolutePath, content, { mode: 0o600 });
  }
  heldLocks.add(absolutePath);
  let released = false;
  return {
    path: absolutePath,
    async release() {
      if (released) return;
      released = true;
      heldLocks.delete(absolutePath);
      await rm(absolutePath, { force: true });
    },
  };
}

async function readLockPid(lockPath: string): Promise<number | undefined> {
  try {
    const parsed = JSON.parse(await readFile(lockPath, "utf8")) as { pid?: unknown };
    return typeof parsed.pid === "number" ? parsed.pid : undefined;
  } catch {
    // A lock torn by a crash while it was being written holds no live owner.
    return undefined;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function lockedError(lockPath: string, pid: number): ChainError {
  return new ChainError({
    code: "DATA_DIR_LOCKED",
    message: `The chain data directory is in use by process ${pid} (lock file ${lockPath}). Stop that node first, or use another data directory.`,
    details: { lockPath, pid },
  });
}
