import type { AuctionState } from "./auction-state";

// The JSON the market API answers with and the pages render. Amounts are wei as decimal
// strings (exact, and safe beyond 2^53); times are ISO 8601; addresses are lowercase.

/** The point of the chain the answer reflects. */
export interface MarketClockJson {
  /** Last block the index applied; null before the indexer's first range. */
  block: number | null;
  /** Timestamp of that block. */
  blockTime: string | null;
  /** The time auction states are judged at: the later of the wall clock and blockTime. */
  now: string;
}

/** A minted work, as lists show it. */
export interface WorkCardJson {
  tokenId: string;
  /** Its page. */
  url: string;
  /** The image, through the IPFS gateway route. */
  imageUrl: string;
  /** The prompt, when this server kept the generation. */
  title: string | null;
  contributor: string;
  owner: string;
  mintedAt: string;
}

/** An auction, as lists show it. */
export interface AuctionJson {
  id: string;
  url: string;
  nft: string;
  tokenId: string;
  /** Whether the token is one of our works (then `work` is set). */
  isArtwork: boolean;
  seller: string;
  reserve: string;
  /** Countdown length in seconds. */
  duration: number;
  /** First sale by the contributor: proceeds follow the split. */
  primary: boolean;
  state: AuctionState;
  /** Null until the first bid starts the countdown. */
  endTime: string | null;
  highestBid: string | null;
  highestBidder: string | null;
  bidCount: number;
  /** The lowest bid accepted now; null when bidding is over. */
  minimumBid: string | null;
  createdAt: string;
  createdBlock: number;
  txHash: string;
  closedAt: string | null;
  work: WorkCardJson | null;
}

/** A bid that became the highest. */
export interface BidJson {
  txHash: string;
  logIndex: number;
  bidder: string;
  amount: string;
  endTime: string;
  extended: boolean;
  blockNumber: number;
  placedAt: string;
}

/** How an auction closed. */
export interface SettlementJson {
  winner: string;
  amount: string;
  fee: string;
  royaltyReceiver: string;
  royalty: string;
  sellerProceeds: string;
  tokenTransferred: boolean;
  txHash: string;
  blockNumber: number;
  settledAt: string;
}

/** One auction with its bids (newest first) and settlement. */
export interface AuctionDetailJson extends AuctionJson {
  bids: BidJson[];
  settlement: SettlementJson | null;
}

/** Body of GET /api/auctions. */
export interface AuctionListResponse {
  auctions: AuctionJson[];
  clock: MarketClockJson;
}

/** Body of GET /api/auctions/:id. */
export interface AuctionDetailResponse {
  auction: AuctionDetailJson;
  clock: MarketClockJson;
  /** With ?account=: that account's AuctionHouse credit (what withdraw() pays), in wei. */
  account: { address: string; credit: string } | null;
}
