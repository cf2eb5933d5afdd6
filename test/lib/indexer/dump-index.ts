import type { PrismaClient } from "@/lib/db/generated/client";

/** A value as plain JSON: Decimals and bigints as strings, dates as ISO strings. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object" && typeof (value as { toFixed?: unknown }).toFixed === "function") {
    return (value as { toFixed(): string }).toFixed();
  }
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => key !== "updatedAt")
        .map(([key, v]) => [key, plain(v)]),
    );
  }
  return value;
}

/**
 * Every row the indexer writes, in a stable order, as plain JSON: two databases indexed
 * from the same chain must dump equal.
 */
export async function dumpIndex(prisma: PrismaClient) {
  const byLog = [{ blockNumber: "asc" as const }, { logIndex: "asc" as const }];
  return plain({
    cursor: await prisma.indexerCursor.findMany({ select: { name: true, lastBlock: true } }),
    logs: await prisma.indexedLog.findMany({ orderBy: byLog }),
    works: await prisma.work.findMany({ orderBy: { tokenId: "asc" } }),
    tokens: await prisma.token.findMany({ orderBy: { tokenId: "asc" } }),
    ownership: await prisma.ownershipEvent.findMany({ orderBy: byLog }),
    auctions: await prisma.auction.findMany({ orderBy: { auctionId: "asc" } }),
    bids: await prisma.bid.findMany({ orderBy: byLog }),
    settlements: await prisma.settlement.findMany({ orderBy: { auctionId: "asc" } }),
    credits: await prisma.auctionCredit.findMany({ orderBy: { account: "asc" } }),
    splitters: await prisma.splitter.findMany({ orderBy: { address: "asc" } }),
    shares: await prisma.splitterShare.findMany({ orderBy: [{ splitter: "asc" }, { position: "asc" }] }),
    splitterCredits: await prisma.splitterCredit.findMany({ orderBy: [{ splitter: "asc" }, { token: "asc" }, { account: "asc" }] }),
    payouts: await prisma.splitterPayout.findMany({ orderBy: byLog }),
  }) as Record<string, Array<Record<string, unknown>>>;
}
