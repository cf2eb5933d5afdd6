import type { PrismaClient } from "@/lib/db/generated/client";
import { getAuction } from "./get-auction";
import type { AuctionDetailResponse, AuctionJson } from "./market-json";
import { readMarketClock } from "./read-market-clock";
import { toAuctionJson } from "./to-auction-json";

/** One change of a work's owner, oldest first; `from` is the zero address for the mint. */
export interface OwnershipJson {
  from: string;
  to: string;
  txHash: string;
  blockNumber: number;
  at: string;
}

/** What the market index knows about one of our works. */
export interface WorkMarket {
  /** The work's running auction (not settled or cancelled), with its bids; null when it has none. */
  current: AuctionDetailResponse | null;
  /** Every other auction of the work, newest first. */
  past: AuctionJson[];
  owners: OwnershipJson[];
}

/**
 * A work's auctions and owner history from the index, for its page. The index never runs
 * ahead of the chain, so a work page never shows a sale the chain does not have.
 */
export async function getWorkMarket(prisma: PrismaClient, tokenId: string): Promise<WorkMarket> {
  const clock = await readMarketClock(prisma);
  const [auctions, transfers] = await Promise.all([
    prisma.auction.findMany({ where: { isArtwork: true, tokenId }, orderBy: { createdBlock: "desc" }, take: 20 }),
    prisma.ownershipEvent.findMany({ where: { tokenId }, orderBy: [{ blockNumber: "asc" }, { logIndex: "asc" }], take: 100 }),
  ]);
  const running = auctions.find((row) => row.status === "ACTIVE");
  const current = running === undefined ? null : await getAuction({ prisma, id: running.auctionId.toFixed(), clock });
  return {
    current,
    past: auctions.filter((row) => row !== running).map((row) => toAuctionJson(row, clock, null)),
    owners: transfers.map((row) => ({
      from: row.from,
      to: row.to,
      txHash: row.txHash,
      blockNumber: Number(row.blockNumber),
      at: row.blockTime.toISOString(),
    })),
  };
}
