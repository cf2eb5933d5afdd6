import type { PrismaClient } from "@/lib/db/generated/client";
import { GenerationError } from "./generation-error";

/** The rate-limit window. */
const WINDOW_MS = 60_000;

/**
 * Refuses a requester who submitted `perMinute` jobs in the last minute. Counted from
 * GenerationJob rows, so every web server sharing the database counts the same jobs, and a
 * restart forgets nothing.
 *
 * @throws GenerationError RATE_LIMITED (429) with `retryAfterSeconds`: when the oldest job in
 *   the window leaves it.
 */
export async function checkRateLimit(prisma: PrismaClient, requester: string, perMinute: number, now: Date = new Date()): Promise<void> {
  const recent = await prisma.generationJob.findMany({
    where: { requester, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    take: perMinute,
    select: { createdAt: true },
  });
  if (recent.length < perMinute) return;
  const oldest = recent[recent.length - 1]!.createdAt.getTime();
  const retryAfterSeconds = Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
  throw new GenerationError({
    code: "RATE_LIMITED",
    message: `At most ${perMinute} generation jobs a minute; try again in ${retryAfterSeconds} s.`,
    details: { limit: perMinute, windowSeconds: WINDOW_MS / 1000, retryAfterSeconds },
  });
}
