import type { PrismaClient } from "@/lib/db/generated/client";
import { auctionStatusWhere } from "./list-auctions";
import { listLatestWorks } from "./load-work-cards";
import type { AuctionJson, MarketClockJson, WorkCardJson } from "./market-json";
import { readMarketClock, toClockJson } from "./read-market-clock";
import { toAuctionJsonLists } from "./to-auction-json";

/** What the gallery (home page) shows. */
export interface Gallery {
  latestWorks: WorkCardJson[];
  /** Auctions open for bids, newest first. */
  liveAuctions: AuctionJson[];
  /** Auctions counting down, soonest end first. */
  endingSoon: AuctionJson[];
  clock: MarketClockJson;
}

/** The gallery's sections from the index, judged at its clock. */
export async function getGallery(prisma: PrismaClient, { works = 12, auctions = 6 } = {}): Promise<Gallery> {
  const clock = await readMarketClock(prisma);
  const [latestWorks, live, ending] = await Promise.all([
    listLatestWorks(prisma, works),
    prisma.auction.findMany({
      where: auctionStatusWhere("live", clock.now),
      orderBy: [{ createdBlock: "desc" }, { auctionId: "desc" }],
      take: auctions,
    }),
    prisma.auction.findMany({
      where: { status: "ACTIVE", endTime: { gt: clock.now } },
      orderBy: [{ endTime: "asc" }, { auctionId: "asc" }],
      take: auctions,
    }),
  ]);
  // Both lists' works in one go.
  const [liveAuctions, endingSoon] = await toAuctionJsonLists(prisma, [live, ending], clock);
  return { latestWorks, liveAuctions: liveAuctions!, endingSoon: endingSoon!, clock: toClockJson(clock) };
}
