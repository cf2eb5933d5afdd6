import type { PrismaClient } from "@/lib/db/generated/client";
import { getAuction, type GetAuctionParameters } from "./get-auction";
import { getGallery, type Gallery } from "./get-gallery";
import { getWorkMarket, type WorkMarket } from "./get-work-market";
import { listAuctions, type ListAuctionsQuery } from "./list-auctions";
import type { AuctionDetailResponse, AuctionListResponse } from "./market-json";
import { memoizeBriefly } from "./memoize-briefly";

/** How long a shared read of the index is reused, in ms (about one indexer poll). */
export const SHARED_READ_TTL_MS = 1_000;

const galleries = memoizeBriefly<Gallery>(SHARED_READ_TTL_MS, 4);
const lists = memoizeBriefly<AuctionListResponse>(SHARED_READ_TTL_MS);
const auctions = memoizeBriefly<AuctionDetailResponse>(SHARED_READ_TTL_MS, 1_024);
const workMarkets = memoizeBriefly<WorkMarket>(SHARED_READ_TTL_MS, 1_024);

/** {@link getGallery}, shared by the requests of the same second. */
export function readGallery(prisma: PrismaClient): Promise<Gallery> {
  return galleries("gallery", () => getGallery(prisma));
}

/** {@link listAuctions}, shared by the requests of the same second with the same query. */
export function readAuctionList(prisma: PrismaClient, query: ListAuctionsQuery): Promise<AuctionListResponse> {
  return lists(`${query.status}:${query.sort}:${query.limit}`, () => listAuctions(prisma, query));
}

/** {@link getAuction}, shared by the viewers polling the same auction (per account asked about). */
export function readAuction(parameters: GetAuctionParameters): Promise<AuctionDetailResponse> {
  return auctions(`${parameters.id}:${parameters.account ?? ""}`, () => getAuction(parameters));
}

/** {@link getWorkMarket}, shared by the requests of the same second for the same work. */
export function readWorkMarket(prisma: PrismaClient, tokenId: string): Promise<WorkMarket> {
  return workMarkets(tokenId, () => getWorkMarket(prisma, tokenId));
}
