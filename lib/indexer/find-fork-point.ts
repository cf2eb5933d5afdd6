import type { PrismaClient } from "@/lib/db/generated/client";
import type { ChainSource } from "./chain-source";

/** Parameters of {@link findForkPoint}. */
export interface FindForkPointParameters {
  prisma: PrismaClient;
  chain: ChainSource;
  /** A stored block at or below which to start looking (the one found changed). */
  below: number;
  /** Returned when no stored block matches: the block before the deployment. */
  floor: number;
}

/**
 * The highest stored block whose hash the chain still has at that height: everything the
 * index applied up to it stands, everything above it must go. Walks the stored hashes down,
 * reading the chain's blocks a batch at a time; when none matches (the chain was reset)
 * the answer is `floor`, and the whole index is rebuilt.
 */
export async function findForkPoint({ prisma, chain, below, floor }: FindForkPointParameters): Promise<number> {
  let upper = below;
  for (;;) {
    const stored = await prisma.indexedBlock.findMany({
      where: { number: { lte: BigInt(upper), gt: BigInt(floor) } },
      orderBy: { number: "desc" },
      take: 20,
    });
    if (stored.length === 0) return floor;
    const onChain = await Promise.all(stored.map((block) => chain.getBlock(Number(block.number))));
    for (let i = 0; i < stored.length; i += 1) {
      if (onChain[i] !== null && onChain[i]!.hash === stored[i]!.hash) return Number(stored[i]!.number);
    }
    upper = Number(stored[stored.length - 1]!.number) - 1;
  }
}
