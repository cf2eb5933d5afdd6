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

/** Reads the index's cursor and its block's time (one query: every page and poll starts here). */
export async function readMarketClock(prisma: PrismaClient, wallClock: Date = new Date()): Promise<MarketClock> {
  // Epoch milliseconds rather than the column: a raw TIMESTAMP (no zone) would be read in
  // the process's local time zone, while Prisma stores UTC.
  const rows = await prisma.$queryRaw<Array<{ lastBlock: bigint | number | string; ms: number | string | null }>>`
    SELECT c."lastBlock", (EXTRACT(EPOCH FROM b."timestamp") * 1000)::float8 AS "ms"
    FROM "IndexerCursor" c
    LEFT JOIN LATERAL (
      SELECT "timestamp" FROM "IndexedBlock" WHERE "number" <= c."lastBlock" ORDER BY "number" DESC LIMIT 1
    ) b ON true
    WHERE c."name" = ${MARKET_CURSOR}`;
  const cursor = rows[0];
  if (cursor === undefined) return { block: null, blockTime: null, now: wallClock };
  const blockTime = cursor.ms === null ? null : new Date(Number(cursor.ms));
  const now = blockTime !== null && blockTime > wallClock ? blockTime : wallClock;
  return { block: Number(cursor.lastBlock), blockTime, now };
}

/** The clock as JSON. */
export function toClockJson(clock: MarketClock): MarketClockJson {
  return { block: clock.block, blockTime: clock.blockTime?.toISOString() ?? null, now: clock.now.toISOString() };
}
