import type { Result } from "ethers";
import { formatEth, shortAddress } from "./format-amount";
import { formatUtc } from "./format-time";

const time = (seconds: unknown) => formatUtc(Number(seconds as bigint) * 1000);
const eth = (wei: unknown) => formatEth(wei as bigint);
const addr = (a: unknown) => shortAddress(String(a));

/** Words for each custom error of the AuctionHouse, RoyaltySplitter and Artwork calls the market makes. */
const MESSAGES: Record<string, (a: Result) => string> = {
  AuctionHouseBidTooLow: (a) => `Your bid of ${eth(a[2])} is too low: bid at least ${eth(a[1])} (the current bid plus 10%).`,
  AuctionHouseBidBelowReserve: (a) => `Your bid of ${eth(a[2])} is below the reserve: the first bid must be at least ${eth(a[1])}.`,
  AuctionHouseAuctionEnded: (a) => `Auction ${a[0]} ended at ${time(a[1])}: no more bids. It can be settled now.`,
  AuctionHouseSellerCannotBid: (a) => `You are the seller of auction ${a[0]}, so you cannot bid on it.`,
  AuctionHouseNoAuction: (a) => `Auction ${a[0]} is not open: it was settled or cancelled, or never existed.`,
  AuctionHouseNotStarted: (a) => `Auction ${a[0]} has no bid yet, so there is nothing to settle.`,
  AuctionHouseNotEnded: (a) => `Auction ${a[0]} runs until ${time(a[1])}; settle it after that.`,
  AuctionHouseNothingToWithdraw: (a) => `There is nothing to withdraw for ${addr(a[0])}.`,
  AuctionHouseWithdrawFailed: (a) => `Sending ${eth(a[1])} to ${addr(a[0])} failed; the credit is kept, try again from an account that can receive ETH.`,
  AuctionHouseNotSeller: (a) => `Only the seller can do this; ${addr(a[1])} is not the seller of auction ${a[0]}.`,
  AuctionHouseAlreadyStarted: (a) => `Auction ${a[0]} already has a bid: it can no longer be cancelled or repriced.`,
  AuctionHouseNotTokenOwner: (a) => `${addr(a[2])} does not own token ${a[1]}, so it cannot be auctioned from this account.`,
  AuctionHouseInvalidDuration: (a) => `The duration must be between ${Number(a[1]) / 60} minutes and ${Number(a[2]) / 86_400} days.`,
  AuctionHouseInvalidReserve: () => "The reserve must be more than zero (and a bid must fit the contract's limit).",
  AuctionHouseNothingToReclaim: (a) => `There is no undelivered token ${a[1]} to reclaim for ${addr(a[2])}.`,
  AuctionHouseFeeTooHigh: (a) => `The platform fee of ${Number(a[0]) / 100}% is above the cap of ${Number(a[1]) / 100}%.`,
  AuctionHouseZeroAddress: () => "An address is required here.",
  RoyaltySplitterUnknownAccount: (a) => `${addr(a[0])} is not in this work's split, so it is owed nothing here.`,
  RoyaltySplitterNothingOwed: (a) => `Nothing is owed to ${addr(a[1])} yet.`,
  RoyaltySplitterTransferFailed: (a) => `Paying ${eth(a[2])} to ${addr(a[1])} failed; the credit is kept for a later try.`,
  ReentrancyGuardReentrantCall: () => "The contract refused a nested call; try again.",
  ERC721InsufficientApproval: (a) => `The auction house may not move token ${a[1]} yet: approve it first.`,
  ERC721IncorrectOwner: (a) => `${addr(a[0])} does not own token ${a[1]}.`,
  ERC721NonexistentToken: (a) => `Token ${a[0]} does not exist.`,
};

/**
 * A decoded custom error in words for the person who sent the transaction: what went wrong
 * and, where there is one, what to do. An error without words of its own is named with
 * its arguments.
 */
export function describeAuctionRevert(name: string, args: Result): string {
  const describe = MESSAGES[name];
  if (describe !== undefined) return describe(args);
  const shown = Array.from(args, (v) => (typeof v === "bigint" ? v.toString() : String(v)));
  return `The contract refused: ${name}(${shown.join(", ")}).`;
}
