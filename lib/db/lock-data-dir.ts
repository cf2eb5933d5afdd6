import fs from "node:fs";
import path from "node:path";
import { DatabaseError } from "./database-error";

/** Lock files held by this process, so a second open in the same process is refused too. */
const heldByThisProcess = new Set<string>();

/**
 * Takes an exclusive lock on an embedded database by creating `lockPath` with this process's
 * id, and returns the function that releases it.
 *
 * PGlite has no lock of its own: two processes (or two PGlite instances in one process)
 * writing the same data directory corrupt it, and the damage only shows on a later open as
 * a WASM abort. A lock file whose process is gone is stale and is taken over, so a crash
 * does not leave the database locked. Synchronous, so the Prisma CLI's config can release
 * it from a process "exit" handler.
 *
 * @throws DatabaseError DATABASE_LOCKED when a live process, or this one, holds the lock.
 */
export function lockDataDir(lockPath: string): () => void {
  const file = path.resolve(lockPath);
  if (heldByThisProcess.has(file)) {
    throw new DatabaseError({ code: "DATABASE_LOCKED", message: "This process already has the embedded database open",
      details: { lockFile: file, pid: process.pid },
    });
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Two tries: the second follows the removal of a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: "wx", mode: 0o600 });
      heldByThisProcess.add(file);
      return () => releaseLock(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readHolderPid(file);
    if (holder !== undefined && holder !== process.pid && isProcessAlive(holder)) {
      throw new DatabaseError({ code: "DATABASE_LOCKED", message: `The embedded database is in use by process ${holder}; stop it first (or delete ${file} if that process is not Colophon)`,
        details: { lockFile: file, pid: holder },
      });
    }
    // The holder is gone (or is an earlier run of this very pid): the lock is stale.
    fs.rmSync(file, { force: true });
  }
  throw new DatabaseError({ code: "DATABASE_LOCKED", message: "Another process took the embedded database lock first",
    details: { lockFile: file },
  });
}

function releaseLock(file: string): void {
  if (!heldByThisProcess.delete(file)) return;
  // Only remove the file if it is still ours, never a lock another process took over since.
  if (readHolderPid(file) === process.pid) fs.rmSync(file, { force: true });
}

function readHolderPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, "utf8").trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    // Signal 0 checks for existence without sending anything.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
