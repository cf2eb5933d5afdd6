import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/database";
import { checkRateLimit, type CheckRateLimitParameters } from "@/lib/generation/check-rate-limit";
import { GenerationError } from "@/lib/generation/generation-error";
import { DEFAULT_GENERATION_LIMITS, type GenerationLimits } from "@/lib/generation/generation-queue";
import { openTestDatabase } from "../auth/auth-test-helpers";

const NOW = new Date("2026-12-08T03:00:00.000Z");
const ALICE = "0x00000000000000000000000000000000000000a1";
const BOB = "0x00000000000000000000000000000000000000b2";
const IP = "203.0.113.7";

let db: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase());
});
afterAll(() => dispose());
beforeEach(async () => {
  await db.prisma.generationJob.deleteMany();
});

/** Records `count` jobs of `requester` from `clientIp`, `secondsAgo` before NOW. */
async function jobs(count: number, { requester = ALICE, clientIp = IP as string | null, secondsAgo = 10, status = "SUCCEEDED" as "QUEUED" | "RUNNING" | "SUCCEEDED" } = {}) {
  for (let i = 0; i < count; i += 1) {
    await db.prisma.generationJob.create({
      data: { requester, clientIp, modelId: "loom", request: {}, status, createdAt: new Date(NOW.getTime() - secondsAgo * 1000) },
    });
  }
}

function check(overrides: Partial<Omit<CheckRateLimitParameters, "limits">> & { limits?: Partial<GenerationLimits>; depth?: number } = {}) {
  const { limits, depth = 0, ...rest } = overrides;
  return checkRateLimit({
    prisma: db.prisma,
    requester: ALICE,
    clientIp: IP,
    limits: { ...DEFAULT_GENERATION_LIMITS, ...limits },
    queueDepth: async () => depth,
    now: NOW,
    ...rest,
  });
}

async function refusalOf(promise: Promise<unknown>): Promise<{ message: string; details: unknown }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GenerationError);
    expect((error as GenerationError).code).toBe("RATE_LIMITED");
    return { message: (error as GenerationError).message, details: (error as GenerationError).details };
  }
  throw new Error("expected RATE_LIMITED");
}

describe("checkRateLimit", () => {
  test("default: under every limit, a job is admitted", async () => {
    await jobs(2);
    await expect(check()).resolves.toBeUndefined();
  });

  test("error: per account: the limit-th job in the last minute refuses, with the seconds until the oldest leaves", async () => {
    await jobs(2, { secondsAgo: 45 });
    expect(await refusalOf(check({ limits: { perRequesterPerMinute: 2 } }))).toEqual({
      message: "At most 2 generation jobs a minute; try again in 15 s.",
      details: { scope: "account", limit: 2, windowSeconds: 60, retryAfterSeconds: 15 },
    });
  });

  test("error: per address: new wallets on one address share its limit", async () => {
    await jobs(2, { requester: BOB, secondsAgo: 30 });
    await jobs(1, { requester: "0x00000000000000000000000000000000000000c3", secondsAgo: 20 });
    expect(await refusalOf(check({ limits: { perIpPerMinute: 3 } }))).toEqual({
      message: "At most 3 generation jobs a minute from one network address; try again in 30 s.",
      details: { scope: "ip", limit: 3, windowSeconds: 60, retryAfterSeconds: 30 },
    });
  });

  test("behavior: jobs older than a minute, and jobs from other addresses, do not count", async () => {
    await jobs(3, { requester: BOB, secondsAgo: 61 });
    await jobs(3, { requester: BOB, clientIp: "198.51.100.1" });
    await expect(check({ limits: { perIpPerMinute: 3 } })).resolves.toBeUndefined();
  });

  test("behavior: an unknown address skips the per-address limits, not the per-account one", async () => {
    await jobs(3, { requester: BOB });
    await expect(check({ clientIp: undefined, limits: { perIpPerMinute: 3 } })).resolves.toBeUndefined();
    await jobs(2, { clientIp: null });
    await expect(refusalOf(check({ clientIp: undefined, limits: { perRequesterPerMinute: 2 } }))).resolves.toMatchObject({ details: { scope: "account" } });
  });

  test("error: fair share: once the queue is half full, an account holding its share is refused", async () => {
    await jobs(4, { status: "QUEUED", secondsAgo: 120 });
    // maxDepth 16, fairShare 0.25: a share of 4 jobs; the queue holds 8 (half).
    expect(await refusalOf(check({ limits: { maxDepth: 16 }, depth: 8 }))).toEqual({
      message: "The generation queue is busy (8 of 16 jobs) and this account already has 4 waiting or running, its fair share of 4; try again in 5 s.",
      details: { scope: "account", limit: 4, held: 4, depth: 8, maxDepth: 16, retryAfterSeconds: 5 },
    });
  });

  test("error: fair share: an address holding its share through several accounts is refused", async () => {
    await jobs(2, { requester: BOB, status: "RUNNING", secondsAgo: 120 });
    await jobs(2, { requester: "0x00000000000000000000000000000000000000c3", status: "QUEUED", secondsAgo: 120 });
    expect(await refusalOf(check({ limits: { maxDepth: 16 }, depth: 10 }))).toEqual({
      message: "The generation queue is busy (10 of 16 jobs) and this network address already has 4 waiting or running, its fair share of 4; try again in 5 s.",
      details: { scope: "ip", limit: 4, held: 4, depth: 10, maxDepth: 16, retryAfterSeconds: 5 },
    });
  });

  test("behavior: fair share applies only while the queue is busy, counts only waiting and running jobs, and leaves a full queue to QUEUE_FULL", async () => {
    await jobs(4, { status: "QUEUED", secondsAgo: 120 });
    await expect(check({ limits: { maxDepth: 16 }, depth: 7 })).resolves.toBeUndefined();
    await expect(check({ limits: { maxDepth: 16 }, depth: 16 })).resolves.toBeUndefined();
    await db.prisma.generationJob.updateMany({ data: { status: "SUCCEEDED" } });
    await expect(check({ limits: { maxDepth: 16 }, depth: 12 })).resolves.toBeUndefined();
  });

  test("behavior: a tiny queue still leaves everyone one job", async () => {
    await expect(check({ limits: { maxDepth: 2 }, depth: 1 })).resolves.toBeUndefined();
    await jobs(1, { status: "RUNNING", secondsAgo: 120 });
    await expect(refusalOf(check({ limits: { maxDepth: 2 }, depth: 1 }))).resolves.toMatchObject({ details: { scope: "account", limit: 1 } });
  });
});
