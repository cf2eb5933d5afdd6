import { getAddress, isAddress } from "ethers";
import { z } from "zod";
import { UINT256_MAX } from "@/lib/http/uint256-schema";
import type { PrismaClient } from "@/lib/db/generated/client";
import { loadWorkCards } from "./load-work-cards";
import { MarketError } from "./market-error";
import type { AuctionDetailResponse } from "./market-json";
import { readMarketClock, toClockJson, type MarketClock } from "./read-market-clock";
import { toAuctionJson, toBidJson, toSettlementJson } from "./to-auction-json";

/** An auction id in a path: a decimal uint256 from 1 (2^256 and above is a 400, not a query), as a string. */
export const auctionIdSchema = z
  .string()
  .regex(/^[1-9]\d{0,77}$/, "must be a whole number from 1 (an auction id)")
  // zod runs refinements after a failed regex too: only digits reach BigInt.
  .refine((value) => !/^\d+$/.test(value) || BigInt(value) <= UINT256_MAX, "must be an auction id below 2^256");

/** An account in a query: any-case hex address, lowercased. */
export const accountSchema = z
  .string()
  .refine((v) => isAddress(v), "must be an Ethereum address (0x followed by 40 hex digits)")
  .transform((v) => getAddress(v).toLowerCase());

/** Query of GET /api/auctions/:id. */
export const getAuctionQuerySchema = z.object({ account: accountSchema.optional() });

/** Parameters of {@link getAuction}. */
export interface GetAuctionParameters {
  prisma: PrismaClient;
  /** Auction id, already validated with {@link auctionIdSchema}. */
  id: string;
  /** Also report this account's AuctionHouse credit. */
  account?: string;
  clock?: MarketClock;
}

/**
 * One auction from the index with its bids (newest first), settlement, work and, for
 * `account`, the credit it can withdraw.
 *
 * @throws MarketError NOT_FOUND when the index has no such auction.
 */
export async function getAuction({ prisma, id, account, clock }: GetAuctionParameters): Promise<AuctionDetailResponse> {
  const at = clock ?? (await readMarketClock(prisma));
  const row = await prisma.auction.findUnique({
    where: { auctionId: id },
    include: { bids: { orderBy: [{ blockNumber: "desc" }, { logIndex: "desc" }] }, settlement: true },
  });
  if (row === null) {
    throw new MarketError({ code: "NOT_FOUND", message: `There is no auction ${id}`, details: { field: "id", reason: "no such auction" } });
  }
  const work = row.isArtwork ? ((await loadWorkCards(prisma, [row.tokenId.toFixed()])).get(row.tokenId.toFixed()) ?? null) : null;
  const credit = account === undefined ? null : await prisma.auctionCredit.findUnique({ where: { account } });
  return {
    auction: {
      ...toAuctionJson(row, at, work),
      bids: row.bids.map(toBidJson),
      settlement: row.settlement === null ? null : toSettlementJson(row.settlement),
    },
    clock: toClockJson(at),
    account: account === undefined ? null : { address: account, credit: credit?.amount.toFixed() ?? "0" },
  };
}
