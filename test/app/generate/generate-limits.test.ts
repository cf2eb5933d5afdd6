import { afterEach, describe, expect, test, vi } from "vitest";
import { POST as generate } from "@/app/api/generate/route";
import { GET as events } from "@/app/api/generate/[id]/events/route";
import { Wallet } from "ethers";
import { ALICE, BOB, errorOf, getRequest, jsonRequest, openTestStack, readServerEvents, type TestStack } from "../../lib/generation/fixtures";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

const CAROL = new Wallet(`0x${"c3".repeat(32)}`);
const LOOM = { modelId: "loom", prompt: "storm", seed: 1, width: 64, height: 64 };

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

async function submit(wallet: typeof ALICE, body: unknown = LOOM, forwardedFor?: string): Promise<Response> {
  const request = await jsonRequest("/api/generate", body, wallet);
  // What npm start's server passes on: the socket's address appended to X-Forwarded-For.
  if (forwardedFor !== undefined) request.headers.set("x-forwarded-for", forwardedFor);
  return generate(request);
}

/** The refusal's Retry-After in seconds, checked to be the rest of the minute (59 or 60). */
function retryAfterOf(refused: Response): number {
  const retryAfter = Number(refused.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(59);
  expect(retryAfter).toBeLessThanOrEqual(60);
  return retryAfter;
}

async function waitForEnd(jobId: string): Promise<string> {
  const response = await events(await getRequest(`/api/generate/${jobId}/events`, ALICE), { params: Promise.resolve({ id: jobId }) });
  return (await readServerEvents(response)).at(-1)!.event;
}

describe("POST /api/generate limits (in-process queue)", () => {
  test("error: 429 RATE_LIMITED with Retry-After once a requester has used the per-minute limit; others are not affected", async () => {
    stack = await openTestStack({ limits: { perRequesterPerMinute: 2, maxDepth: 100 } });
    expect((await submit(ALICE)).status).toBe(202);
    expect((await submit(ALICE)).status).toBe(202);
    const refused = await submit(ALICE);
    const retryAfter = retryAfterOf(refused);
    expect(await errorOf(refused)).toEqual({
      status: 429,
      code: "RATE_LIMITED",
      message: `At most 2 generation jobs a minute; try again in ${retryAfter} s.`,
      details: { scope: "account", limit: 2, windowSeconds: 60, retryAfterSeconds: retryAfter },
    });
    expect((await submit(BOB)).status).toBe(202);
    // A refused job is not stored.
    const { prisma } = await stack.runtime.database();
    expect(await prisma.generationJob.count({ where: { requester: ALICE.address.toLowerCase() } })).toBe(2);
  });

  test("error: 429 RATE_LIMITED with Retry-After once one network address has used its per-minute limit, whatever the accounts", async () => {
    stack = await openTestStack({ limits: { perRequesterPerMinute: 10, perIpPerMinute: 2, maxDepth: 100 } });
    expect((await submit(ALICE, LOOM, "203.0.113.7")).status).toBe(202);
    expect((await submit(BOB, LOOM, "203.0.113.7")).status).toBe(202);
    // A new wallet on the same address, which also tries to name another address itself.
    const refused = await submit(CAROL, LOOM, "198.51.100.1, 203.0.113.7");
    const retryAfter = retryAfterOf(refused);
    expect(await errorOf(refused)).toEqual({
      status: 429,
      code: "RATE_LIMITED",
      message: `At most 2 generation jobs a minute from one network address; try again in ${retryAfter} s.`,
      details: { scope: "ip", limit: 2, windowSeconds: 60, retryAfterSeconds: retryAfter },
    });
    // Another address is not affected, and the refused job was not stored.
    expect((await submit(CAROL, LOOM, "198.51.100.1")).status).toBe(202);
    const { prisma } = await stack.runtime.database();
    expect(await prisma.generationJob.count({ where: { clientIp: "203.0.113.7" } })).toBe(2);
  });

  test("behavior: the rate limit counts the last minute only", async () => {
    stack = await openTestStack({ limits: { perRequesterPerMinute: 1, maxDepth: 100 } });
    const { prisma } = await stack.runtime.database();
    // A job from 61 s ago, as a restart would find it: outside the window.
    await prisma.generationJob.create({
      data: { requester: ALICE.address.toLowerCase(), modelId: "loom", request: LOOM, status: "SUCCEEDED", createdAt: new Date(Date.now() - 61_000) },
    });
    expect((await submit(ALICE)).status).toBe(202);
    expect((await submit(ALICE)).status).toBe(429);
  });

  test("behavior: the rate limit survives a restart (it is counted from the database)", async () => {
    stack = await openTestStack({ limits: { perRequesterPerMinute: 1, maxDepth: 100 } });
    const first = (await (await submit(ALICE)).json()) as { jobId: string };
    expect(await waitForEnd(first.jobId)).toBe("result");
    const { dataDir } = stack;
    await stack.close();
    stack = await openTestStack({ dataDir, limits: { perRequesterPerMinute: 1, maxDepth: 100 } });
    expect((await submit(ALICE)).status).toBe(429);
  });

  test("error: 503 QUEUE_FULL with Retry-After when maxDepth jobs wait or run; accepted again once one finishes", async () => {
    stack = await openTestStack({ limits: { perRequesterPerMinute: 100, maxDepth: 2 } });
    const accepted = [await submit(ALICE), await submit(BOB)];
    expect(accepted.map((response) => response.status)).toEqual([202, 202]);
    const refused = await submit(ALICE);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("2");
    expect(await errorOf(refused)).toEqual({
      status: 503,
      code: "QUEUE_FULL",
      message: "The generation queue is full (2 jobs); try again in 2 s.",
      details: { depth: 2, maxDepth: 2, retryAfterSeconds: 2 },
    });
    const { prisma } = await stack.runtime.database();
    // The refused job left no row, so it does not count against the rate limit either.
    expect(await prisma.generationJob.count()).toBe(2);

    const { jobId } = (await accepted[0]!.json()) as { jobId: string };
    expect(await waitForEnd(jobId)).toBe("result");
    expect((await submit(ALICE)).status).toBe(202);
  });

  test("behavior: the in-process queue runs jobs one at a time, in order", async () => {
    stack = await openTestStack({ limits: { perRequesterPerMinute: 100, maxDepth: 10 } });
    const ids: string[] = [];
    for (let seed = 0; seed < 3; seed += 1) ids.push(((await (await submit(ALICE, { ...LOOM, seed })).json()) as { jobId: string }).jobId);
    const { prisma } = await stack.runtime.database();
    const queue = await stack.runtime.generationQueue();
    expect(await queue.depth()).toBe(3);
    for (const id of ids) expect(await waitForEnd(id)).toBe("result");
    const rows = await prisma.generationJob.findMany({ where: { id: { in: ids } }, orderBy: { updatedAt: "asc" } });
    expect(rows.map((row) => row.id)).toEqual(ids);
    expect(await queue.depth()).toBe(0);
  });
});
