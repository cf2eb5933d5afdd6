import { toGenerationJson, type GenerationJson } from "./generation-json";
import type { GenerationRuntime } from "./generation-runtime";

/** How many kept works one call returns at most. */
const LIST_LIMIT = 200;

/** The contributor's kept works, newest first (at most 200). */
export async function listGenerations({ runtime, contributor }: { runtime: Pick<GenerationRuntime, "database">; contributor: string }): Promise<{ generations: GenerationJson[] }> {
  const { prisma } = await runtime.database();
  const rows = await prisma.generation.findMany({
    where: { contributor: contributor.toLowerCase() },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
  });
  return { generations: rows.map(toGenerationJson) };
}
