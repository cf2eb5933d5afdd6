import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { DatabaseError } from "@/lib/db/database-error";
import { lockDataDir } from "@/lib/db/lock-data-dir";

describe("lockDataDir", () => {
  let dir: string;
  let lockFile: string;
  let child: ChildProcess | undefined;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-lock-"));
    lockFile = path.join(dir, "nested", "pglite.lock");
  });

  afterEach(() => {
    child?.kill("SIGKILL");
    child = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A process id that is certainly not running: a child that has already exited. */
  async function deadPid(): Promise<number> {
    const exited = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => exited.on("exit", resolve));
    return exited.pid!;
  }

  test("default: writes this process's id, and release removes the file", () => {
    const release = lockDataDir(lockFile);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(`${process.pid}\n`);
    release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  test("behavior: after release the lock can be taken again", () => {
    lockDataDir(lockFile)();
    const release = lockDataDir(lockFile);
    expect(fs.existsSync(lockFile)).toBe(true);
    release();
  });

  test("error: a second lock in the same process is DATABASE_LOCKED", () => {
    const release = lockDataDir(lockFile);
    try {
      expect(() => lockDataDir(lockFile)).toThrow(DatabaseError);
      expect(() => lockDataDir(lockFile)).toThrow(
        expect.objectContaining({
          code: "DATABASE_LOCKED",
          message: "This process already has the embedded database open",
          details: { lockFile, pid: process.pid },
        }),
      );
    } finally {
      release();
    }
  });

  test("error: a lock held by another live process is DATABASE_LOCKED with its id", () => {
    child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"]);
    fs.mkdirSync(path.dirname(lockFile), { recursive: true });
    fs.writeFileSync(lockFile, `${child.pid}\n`);
    expect(() => lockDataDir(lockFile)).toThrow(
      expect.objectContaining({
        code: "DATABASE_LOCKED",
        message: `The embedded database is in use by process ${child.pid}; stop it first (or delete ${lockFile} if that process is not Colophon)`,
        details: { lockFile, pid: child.pid },
      }),
    );
    expect(fs.readFileSync(lockFile, "utf8")).toBe(`${child.pid}\n`);
  });

  test("behavior: a lock left by a process that has exited is taken over", async () => {
    fs.mkdirSync(path.dirname(lockFile), { recursive: true });
    fs.writeFileSync(lockFile, `${await deadPid()}\n`);
    const release = lockDataDir(lockFile);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(`${process.pid}\n`);
    release();
  });

  test("behavior: a lock file that holds no process id is stale", () => {
    fs.mkdirSync(path.dirname(lockFile), { recursive: true });
    fs.writeFileSync(lockFile, "not a pid");
    const release = lockDataDir(lockFile);
    expect(fs.readFileSync(lockFile, "utf8")).toBe(`${process.pid}\n`);
    release();
  });

  test("behavior: release leaves alone a lock that another process took over meanwhile", async () => {
    const release = lockDataDir(lockFile);
    const other = await deadPid();
    fs.writeFileSync(lockFile, `${other}\n`);
    release();
    expect(fs.readFileSync(lockFile, "utf8")).toBe(`${other}\n`);
  });
});
