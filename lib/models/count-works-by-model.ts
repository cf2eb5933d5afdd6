import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

/**
 * How many minted works (Token rows the index has seen) each model made, by the model's
 * sha256 (0x-prefixed lowercase, as both Model.sha256 and Token.modelHash hold it). A
 * model with no works is absent from the map.
 */
export async function countWorksByModel(prisma: PrismaClient, modelHashes: readonly string[]): Promise<Map<string, number>> {
  if (modelHashes.length === 0) return new Map();
  const groups = await prisma.token.groupBy({ by: ["modelHash"], where: { modelHash: { in: [...new Set(modelHashes)] } }, _count: { _all: true } });
  return new Map(groups.map((group) => [group.modelHash, group._count._all]));
}
