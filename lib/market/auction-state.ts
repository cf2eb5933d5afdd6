import type { AuctionStatus } from "@/lib/db/generated/enums";

/**
 * Where an auction is for a person looking at it:
 * - "open": escrowed, waiting for a first bid at or above the reserve (no countdown yet);
 * - "live": counting down, bids accepted;
 * - "ended": the countdown is over, waiting for someone to settle;
 * - "settled", "canceled": closed on-chain.
 */
export type AuctionState = "open" | "live" | "ended" | "settled" | "canceled";

/** Each auction state in words, as lists and cards show it. */
export const AUCTION_STATE_WORDS: Record<AuctionState, string> = {
  open: "Awaiting first bid",
  live: "Live",
  ended: "Ended",
  settled: "Settled",
  canceled: "Cancelled",
};

/** The state of an auction at `now` (see {@link AuctionState}). */
export function auctionStateOf(auction: { status: AuctionStatus; endTime: Date | null }, now: Date): AuctionState {
  if (auction.status === "SETTLED") return "settled";
  if (auction.status === "CANCELED") return "canceled";
  if (auction.endTime === null) return "open";
  return auction.endTime.getTime() > now.getTime() ? "live" : "ended";
}
