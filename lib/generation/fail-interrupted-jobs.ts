import type { PrismaClient } from "@/lib/db/generated/client";

/** What a job left waiting or running by a process that stopped says, in GenerationJob.error. */
export const INTERRUPTED_JOB_MESSAGE = "interrupted by a server restart";

/**
 * Marks every job still QUEUED or RUNNING as FAILED with {@link INTERRUPTED_JOB_MESSAGE}.
 * For the in-process queue only, at start: its jobs lived in the memory of the process that
 * stopped, so none of them will ever finish. Returns how many were marked.
 */
export async function failInterruptedJobs(prisma: PrismaClient): Promise<number> {
  const { count } = await prisma.generationJob.updateMany({
    where: { status: { in: ["QUEUED", "RUNNING"] } },
    data: { status: "FAILED", error: INTERRUPTED_JOB_MESSAGE },
  });
  return count;
}
