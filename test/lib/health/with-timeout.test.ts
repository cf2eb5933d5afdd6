import { describe, expect, test } from "vitest";
import { withTimeout } from "@/lib/health/with-timeout";
import { DependencyError } from "@/lib/errors";

describe("withTimeout", () => {
  test("default: returns what the work returns before the deadline", async () => {
    await expect(withTimeout("the answer", 1_000, async () => 42)).resolves.toBe(42);
  });

  test("behavior: the work's own failure passes through unchanged", async () => {
    const failure = new Error("disk on fire");
    await expect(withTimeout("the disk", 1_000, async () => Promise.reject(failure))).rejects.toBe(failure);
  });

  test("behavior: a synchronous throw in the work becomes a rejection", async () => {
    const failure = new Error("thrown before any await");
    await expect(
      withTimeout("the work", 1_000, () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
  });

  test("error: work that never settles is abandoned with a TIMEOUT naming what hung", async () => {
    const error = await withTimeout("the database", 50, () => new Promise<never>(() => {})).catch((e) => e);
    expect(error).toBeInstanceOf(DependencyError);
    expect(error.code).toBe("TIMEOUT");
    expect(error.message).toBe("the database did not answer within 50 ms");
    expect(error.details).toEqual({ timeoutMs: 50 });
  });

  test("behavior: the signal given to the work is aborted at the deadline with the same error", async () => {
    let seen: AbortSignal | undefined;
    const error = await withTimeout("the node", 30, (signal) => {
      seen = signal;
      return new Promise<never>(() => {});
    }).catch((e) => e);
    expect(seen?.aborted).toBe(true);
    expect(seen?.reason).toBe(error);
  });
});
