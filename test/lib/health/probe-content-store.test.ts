import { describe, expect, test } from "vitest";
import { probeContentStore } from "@/lib/health/probe-content-store";
import { DependencyError } from "@/lib/errors";

// These pin the probe's own logic (what it reports for each answer of a store's ping);
// check-health.test.ts runs it against the real local store.
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
