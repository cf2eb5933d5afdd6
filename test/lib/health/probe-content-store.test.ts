import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { probeContentStore } from "@/lib/health/probe-content-store";
import { DependencyError } from "@/lib/errors";
import { openContentStore } from "@/lib/storage/open-content-store";
import { closedPort } from "./closed-port";

let dataDir: string;

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-health-store-"));
});

afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("probeContentStore on real stores", () => {
  test("default: the local blockstore in a data directory is healthy", async () => {
    const blocks = path.join(dataDir, "ipfs", "blocks");
    const health = await probeContentStore(() => openContentStore({ dataDir }), 5_000);
    expect(health).toEqual({ ok: true, kind: "local", detail: `blocks in ${blocks}` });
  });

  test("error: a local store whose blocks directory vanished reports it", async () => {
    const store = await openContentStore({ dataDir });
    const blocks = path.join(dataDir, "ipfs", "blocks");
    fs.rmSync(blocks, { recursive: true, force: true });
    const health = await probeContentStore(async () => store, 5_000);
    expect(health).toEqual({
      ok: false,
      kind: "local",
      error: `cannot use ${blocks}: ENOENT: no such file or directory, access '${blocks}'`,
    });
  });

  test("error: a Kubo API on a closed port is unhealthy and the reason names the URL", async () => {
    const kuboApiUrl = `http://127.0.0.1:${await closedPort()}`;
    const health = await probeContentStore(() => openContentStore({ kuboApiUrl, timeoutMs: 2_000 }), 5_000);
    expect(health.ok).toBe(false);
    expect(health.kind).toBe("kubo");
    // The wording is lib/storage's; the probe's job is to pass it on.
    expect(health.error).toContain(kuboApiUrl);
  });
});

// These pin the probe's own logic: what it reports for each answer a store can give.
describe("probeContentStore", () => {
  test("default: a store whose ping succeeds is healthy with kind and detail", async () => {
    const health = await probeContentStore(
      async () => ({ kind: "local", ping: async () => ({ ok: true, detail: "blocks in /data/blocks" }) }),
      1_000,
    );
    expect(health).toEqual({ ok: true, kind: "local", detail: "blocks in /data/blocks" });
  });

  test("error: a failed ping is unhealthy with the ping's detail as the reason", async () => {
    const health = await probeContentStore(
      async () => ({ kind: "kubo", ping: async () => ({ ok: false, detail: "connection refused by http://127.0.0.1:5001" }) }),
      1_000,
    );
    expect(health).toEqual({ ok: false, kind: "kubo", error: "connection refused by http://127.0.0.1:5001" });
  });

  test("error: a store that cannot be opened gives the opener's reason", async () => {
    const health = await probeContentStore(async () => {
      throw new DependencyError({ code: "STORAGE_UNAVAILABLE", message: "cannot create /data/blocks: EACCES" });
    }, 1_000);
    expect(health).toEqual({ ok: false, error: "cannot create /data/blocks: EACCES" });
  });

  test("error: a ping that hangs is a timeout and keeps the kind", async () => {
    const health = await probeContentStore(
      async () => ({ kind: "kubo", ping: () => new Promise<never>(() => {}) }),
      50,
    );
    expect(health).toEqual({ ok: false, kind: "kubo", error: "the content store did not answer within 50 ms" });
  });

  test("behavior: a library error is cut to its first line", async () => {
    const health = await probeContentStore(async () => {
      throw new Error("ENOSPC: no space left on device\n    at write (node:fs:1:1)");
    }, 1_000);
    expect(health).toEqual({ ok: false, error: "ENOSPC: no space left on device" });
  });
});
