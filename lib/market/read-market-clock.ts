import type { PrismaClient } from "@/lib/db/generated/client";
import { MARKET_CURSOR } from "@/lib/indexer/indexer-cursor";
import type { MarketClockJson } from "./market-json";

/** The point of the chain the database reflects, and the time auctions are judged at. */
export interface MarketClock {
  block: number | null;
  blockTime: Date | null;
  /** The later of the wall clock and the last indexed block's time (a chain whose clock was moved ahead is believed). */
  now: Date;
}

/** Reads the index's cursor and its block's time. */
export async function readMarketClock(prisma: PrismaClient, wallClock: Date = new Date()): Promise<MarketClock> {
  const cursor = await prisma.indexerCursor.findUnique({ where: { name: MARKET_CURSOR } });
  if (cursor === null) return { block: null, blockTime: null, now: wallClock };
  const block = await prisma.indexedBlock.findFirst({ where: { number: { lte: cursor.lastBlock } }, orderBy: { number: "desc" } });
  const blockTime = block?.timestamp ?? null;
  const now = blockTime !== null && blockTime > wallClock ? blockTime : wallClock;
  return { block: Number(cursor.lastBlock), blockTime, now };
}

/** The clock as JSON. */
export function toClockJson(clock: MarketClock): MarketClockJson {
  return { block: clock.block, blockTime: clock.blockTime?.toISOString() ?? null, now: clock.now.toISOString() };
}
