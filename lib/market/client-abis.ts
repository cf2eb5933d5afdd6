import artworkArtifact from "@/artifacts/contracts/Artwork.sol/Artwork.json";
import auctionHouseArtifact from "@/artifacts/contracts/AuctionHouse.sol/AuctionHouse.json";
import royaltySplitterArtifact from "@/artifacts/contracts/RoyaltySplitter.sol/RoyaltySplitter.json";

/** An ABI fragment as JSON (serialisable from a server component to a client one). */
export type AbiFragment = Readonly<Record<string, unknown>>;

/** The ABI pieces the browser needs to send market transactions and decode their reverts. */
export interface MarketClientAbis {
  auctionHouse: AbiFragment[];
  royaltySplitter: AbiFragment[];
  artwork: AbiFragment[];
}

type Artifact = { abi: AbiFragment[] };

/**
 * A slice of a contract's ABI small enough to hand to the browser (the artifacts also hold
 * bytecode): every custom error, so reverts decode to names, plus the named functions and
 * events, from the Hardhat build (never hand-copied).
 */
export function abiSlice(artifact: { abi: unknown }, names: readonly string[]): AbiFragment[] {
  return (artifact as Artifact).abi.filter((f) => f.type === "error" || ((f.type === "function" || f.type === "event") && names.includes(String(f.name))));
}

/**
 * The slices of the contracts' ABIs the market's client components use, small enough to
 * hand to the browser (the artifacts also hold bytecode): AuctionHouse bids, settles,
 * withdrawals and listings (with the AuctionCreated event, which gives a new listing's id);
 * RoyaltySplitter payouts; Artwork approvals. Every custom error is included so reverts
 * decode to names.
 */
export function marketClientAbis(): MarketClientAbis {
  return {
    auctionHouse: abiSlice(auctionHouseArtifact, ["placeBid", "settle", "withdraw", "createAuction", "minimumBid", "pendingWithdrawal", "AuctionCreated"]),
    royaltySplitter: abiSlice(royaltySplitterArtifact, ["withdraw", "owed"]),
    artwork: abiSlice(artworkArtifact, ["approve", "getApproved", "isApprovedForAll", "ownerOf"]),
  };
}
