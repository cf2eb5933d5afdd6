import type { PrismaClient } from "@/lib/db/generated/client";
import { GenerationError } from "./generation-error";
import type { GenerationLimits } from "./generation-queue";

/** The per-minute window. */
const WINDOW_MS = 60_000;

/** When to come back after a fair-share refusal: about the time a few jobs take to run. */
const FAIR_SHARE_RETRY_AFTER_SECONDS = 5;

/** Parameters of {@link checkRateLimit}. */
export interface CheckRateLimitParameters {
  prisma: Pick<PrismaClient, "generationJob">;
  /** The signed-in address, lower case. */
  requester: string;
  /** The requester's network address (lib/http/client-ip.ts); unknown skips the per-address limits. */
  clientIp?: string;
  limits: GenerationLimits;
  /** Jobs waiting or running in the queue now, all requesters (the queue's depth()). */
  queueDepth: () => Promise<number>;
  /** The clock; tests pass their own. Defaults to now. */
  now?: Date;
}

/** The `limit`-th newest job's time in the window, or undefined when fewer are in it. */
async function limitReachedAt(
  prisma: CheckRateLimitParameters["prisma"],
  where: { requester: string } | { clientIp: string },
  limit: number,
  now: Date,
): Promise<number | undefined> {
  const recent = await prisma.generationJob.findMany({
    where: { ...where, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { createdAt: true },
  });
  return recent.length < limit ? undefined : recent[recent.length - 1]!.createdAt.getTime();
}

function retryAfter(oldest: number, now: Date): number {
  return Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
}

/**
 * Refuses a generation job that would go over a limit, checked in this order:
 *
 * 1. the account submitted `perRequesterPerMinute` jobs in the last minute;
 * 2. its network address submitted `perIpPerMinute` in the last minute, whatever the
 *    accounts (new wallets are free to make, addresses are not);
 * 3. fair share: the queue is at least half full (but not full: then the queue refuses
 *    everyone with QUEUE_FULL) and the account, or the address, already has
 *    max(1, floor(maxDepth * fairShare)) jobs waiting or running.
 *
 * Counted from GenerationJob rows (jobs and their states are recorded there by both the
 * in-process queue and BullMQ's workers), so every web server sharing the database counts
 * the same jobs and a restart forgets nothing; the queue's depth comes from the queue
 * itself (in-process or Redis).
 *
 * @throws GenerationError RATE_LIMITED (429) with `retryAfterSeconds` and `scope`
 *   ("account" or "ip"): for a per-minute limit, when the oldest job in the window leaves it.
 */
export async function checkRateLimit({ prisma, requester, clientIp, limits, queueDepth, now = new Date() }: CheckRateLimitParameters): Promise<void> {
  // Who is counted: the account, and its network address when known (new wallets are free
  // to make, addresses are not).
  const scopes = [
    { scope: "account", who: "this account", from: "", perMinute: limits.perRequesterPerMinute, where: { requester } },
    ...(clientIp !== undefined
      ? [{ scope: "ip", who: "this network address", from: " from one network address", perMinute: limits.perIpPerMinute, where: { clientIp } }]
      : []),
  ];
  for (const { scope, from, perMinute, where } of scopes) {
    const full = await limitReachedAt(prisma, where, perMinute, now);
    if (full === undefined) continue;
    const retryAfterSeconds = retryAfter(full, now);
    throw new GenerationError({
      code: "RATE_LIMITED",
      message: `At most ${perMinute} generation jobs a minute${from}; try again in ${retryAfterSeconds} s.`,
      details: { scope, limit: perMinute, windowSeconds: WINDOW_MS / 1000, retryAfterSeconds },
    });
  }

  const depth = await queueDepth();
  // Not busy yet; or already full, which the queue refuses for everyone (QUEUE_FULL, 503).
  if (depth * 2 < limits.maxDepth || depth >= limits.maxDepth) return;
  const share = Math.max(1, Math.floor(limits.maxDepth * limits.fairShare));
  const active = { status: { in: ["QUEUED" as const, "RUNNING" as const] } };
  for (const { scope, who, where } of scopes) {
    const held = await prisma.generationJob.count({ where: { ...where, ...active } });
    if (held >= share) {
      throw new GenerationError({
        code: "RATE_LIMITED",
        message: `The generation queue is busy (${depth} of ${limits.maxDepth} jobs) and ${who} already has ${held} waiting or running, its fair share of ${share}; try again in ${FAIR_SHARE_RETRY_AFTER_SECONDS} s.`,
        details: { scope, limit: share, held, depth, maxDepth: limits.maxDepth, retryAfterSeconds: FAIR_SHARE_RETRY_AFTER_SECONDS },
      });
    }
  }
}
