import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { acquireChainLock } from "@/lib/chain/acquire-chain-lock";
import { ChainError } from "@/lib/chain/chain-error";
import { makeDataDir } from "./chain-test-helpers";

let dir: string;
let lockPath: string;

beforeEach(() => {
  dir = makeDataDir("colophon-lock-");
  lockPath = path.join(dir, "node.lock");
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("acquireChainLock", () => {
  test("default: writes this process's pid and removes the file on release", async () => {
    const lock = await acquireChainLock(lockPath);
    expect(JSON.parse(fs.readFileSync(lockPath, "utf8")).pid).toBe(process.pid);
    expect(fs.statSync(lockPath).mode & 0o777).toBe(0o600);
    await lock.release();
    await lock.release();
    expect(fs.existsSync(lockPath)).toBe(false);
  });

  test("behavior: a lock left by a process that no longer runs is taken over", async () => {
    // A pid that certainly belonged to a process that has exited.
    const exited = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    const deadPid = Number(exited.stdout.toString());
    fs.writeFileSync(lockPath, JSON.stringify({ pid: deadPid, startedAt: "2027-01-15T08:00:00.000Z" }));
    const lock = await acquireChainLock(lockPath);
    expect(JSON.parse(fs.readFileSync(lockPath, "utf8")).pid).toBe(process.pid);
    await lock.release();
  });

  test("behavior: a torn lock file (crash while writing it) is taken over", async () => {
    fs.writeFileSync(lockPath, '{"pid":');
    const lock = await acquireChainLock(lockPath);
    expect(JSON.parse(fs.readFileSync(lockPath, "utf8")).pid).toBe(process.pid);
    await lock.release();
  });

  test("error: a lock held by a live process is DATA_DIR_LOCKED naming the pid", async () => {
    // The parent of this worker is alive for the whole test.
    fs.writeFileSync(lockPath, JSON.stringify({ pid: process.ppid, startedAt: "2027-01-15T08:00:00.000Z" }));
    const failure = await acquireChainLock(lockPath).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChainError);
    expect((failure as ChainError).code).toBe("DATA_DIR_LOCKED");
    expect((failure as ChainError).details).toEqual({ lockPath, pid: process.ppid });
  });

  test("error: a second lock in the same process is DATA_DIR_LOCKED", async () => {
    const lock = await acquireChainLock(lockPath);
    const failure = await acquireChainLock(lockPath).catch((error: unknown) => error);
    expect((failure as ChainError).code).toBe("DATA_DIR_LOCKED");
    await lock.release();
  });
});
