import type { Auction, Bid, PrismaClient, Settlement } from "@/lib/db/generated/client";
import { auctionStateOf } from "./auction-state";
import { loadWorkCards } from "./load-work-cards";
import type { AuctionJson, BidJson, SettlementJson, WorkCardJson } from "./market-json";
import { minimumBid } from "./minimum-bid";
import type { MarketClock } from "./read-market-clock";

const wei = (v: { toFixed(): string }) => v.toFixed();

/** An auction row as JSON at `clock.now`, with its work's card when it is one of ours. */
export function toAuctionJson(row: Auction, clock: MarketClock, work: WorkCardJson | null): AuctionJson {
  const id = row.auctionId.toFixed();
  const state = auctionStateOf(row, clock.now);
  const highestBid = row.highestBid === null ? null : BigInt(row.highestBid.toFixed());
  return {
    id,
    url: `/auctions/${id}`,
    nft: row.nft,
    tokenId: row.tokenId.toFixed(),
    isArtwork: row.isArtwork,
    seller: row.seller,
    reserve: wei(row.reserve),
    duration: row.duration,
    primary: row.primary,
    state,
    endTime: row.endTime?.toISOString() ?? null,
    highestBid: highestBid?.toString() ?? null,
    highestBidder: row.highestBidder,
    bidCount: row.bidCount,
    minimumBid: state === "open" || state === "live" ? minimumBid({ reserve: BigInt(wei(row.reserve)), highestBid }).toString() : null,
    createdAt: row.createdAt.toISOString(),
    createdBlock: Number(row.createdBlock),
    txHash: row.txHash,
    closedAt: row.closedAt?.toISOString() ?? null,
    work,
  };
}

/** Many auction rows as JSON, loading their works' cards in one go. */
export async function toAuctionJsonList(prisma: PrismaClient, rows: readonly Auction[], clock: MarketClock): Promise<AuctionJson[]> {
  return (await toAuctionJsonLists(prisma, [rows], clock))[0]!;
}

/** Several lists of auction rows as JSON, with one lookup of all their works' cards. */
export async function toAuctionJsonLists(prisma: PrismaClient, lists: ReadonlyArray<readonly Auction[]>, clock: MarketClock): Promise<AuctionJson[][]> {
  const cards = await loadWorkCards(
    prisma,
    lists.flat().filter((r) => r.isArtwork).map((r) => r.tokenId.toFixed()),
  );
  return lists.map((rows) => rows.map((row) => toAuctionJson(row, clock, row.isArtwork ? (cards.get(row.tokenId.toFixed()) ?? null) : null)));
}

/** A bid row as JSON. */
export function toBidJson(bid: Bid): BidJson {
  return {
    txHash: bid.txHash,
    logIndex: bid.logIndex,
    bidder: bid.bidder,
    amount: wei(bid.amount),
    endTime: bid.endTime.toISOString(),
    extended: bid.extended,
    blockNumber: Number(bid.blockNumber),
    placedAt: bid.placedAt.toISOString(),
  };
}

/** A settlement row as JSON. */
export function toSettlementJson(s: Settlement): SettlementJson {
  return {
    winner: s.winner,
    amount: wei(s.amount),
    fee: wei(s.fee),
    royaltyReceiver: s.royaltyReceiver,
    royalty: wei(s.royalty),
    sellerProceeds: wei(s.sellerProceeds),
    tokenTransferred: s.tokenTransferred,
    txHash: s.txHash,
    blockNumber: Number(s.blockNumber),
    settledAt: s.settledAt.toISOString(),
  };
}
