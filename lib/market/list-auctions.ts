import { z } from "zod";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { AuctionListResponse } from "./market-json";
import { readMarketClock, toClockJson, type MarketClock } from "./read-market-clock";
import { toAuctionJsonList } from "./to-auction-json";

/** Filters of the auction list. */
export const AUCTION_STATUSES = ["live", "ended", "all"] as const;
/** Orders of the auction list. */
export const AUCTION_SORTS = ["ending", "newest"] as const;
/** Most auctions one request returns. */
export const MAX_AUCTION_LIMIT = 100;

/**
 * Query of GET /api/auctions (and of the /auctions page):
 * - status: "live" (open for bids: awaiting a first bid, or counting down), "ended" (over:
 *   waiting to be settled, settled, or cancelled), "all"; default live;
 * - sort: "ending" (by end time: soonest first, except for "ended": latest first; auctions
 *   without a bid last) or "newest" (latest created first); default ending;
 * - limit: 1..100, default 24.
 */
export const listAuctionsQuerySchema = z.object({
  status: z.enum(AUCTION_STATUSES, { error: `must be one of ${AUCTION_STATUSES.join(", ")}` }).default("live"),
  sort: z.enum(AUCTION_SORTS, { error: `must be one of ${AUCTION_SORTS.join(", ")}` }).default("ending"),
  limit: z
    .string()
    .regex(/^\d+$/, `must be a whole number from 1 to ${MAX_AUCTION_LIMIT}`)
    .transform(Number)
    .pipe(z.number().int().min(1, `must be a whole number from 1 to ${MAX_AUCTION_LIMIT}`).max(MAX_AUCTION_LIMIT, `must be at most ${MAX_AUCTION_LIMIT}`))
    .default(24),
});

export type ListAuctionsQuery = z.output<typeof listAuctionsQuerySchema>;

/** The where clause of a status filter at `now`. */
export function auctionStatusWhere(status: ListAuctionsQuery["status"], now: Date): Prisma.AuctionWhereInput {
  if (status === "live") return { status: "ACTIVE", OR: [{ endTime: null }, { endTime: { gt: now } }] };
  if (status === "ended") return { OR: [{ status: { in: ["SETTLED", "CANCELED"] } }, { status: "ACTIVE", endTime: { lte: now } }] };
  return {};
}

/** Auctions from the index, filtered and ordered as `query` says, judged at the index's clock. */
export async function listAuctions(
  prisma: PrismaClient,
  query: ListAuctionsQuery,
  clock?: MarketClock,
  where: Prisma.AuctionWhereInput = {},
): Promise<AuctionListResponse> {
  const at = clock ?? (await readMarketClock(prisma));
  const orderBy: Prisma.AuctionOrderByWithRelationInput[] =
    query.sort === "newest"
      ? [{ createdBlock: "desc" }, { auctionId: "desc" }]
      : [{ endTime: { sort: query.status === "ended" ? "desc" : "asc", nulls: "last" } }, { auctionId: query.status === "ended" ? "desc" : "asc" }];
  const rows = await prisma.auction.findMany({
    where: { AND: [auctionStatusWhere(query.status, at.now), where] },
    orderBy,
    take: query.limit,
  });
  return { auctions: await toAuctionJsonList(prisma, rows, at), clock: toClockJson(at) };
}
