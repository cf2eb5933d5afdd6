import { Interface, type InterfaceAbi } from "ethers";
import artworkArtifact from "@/artifacts/contracts/Artwork.sol/Artwork.json";
import auctionHouseArtifact from "@/artifacts/contracts/AuctionHouse.sol/AuctionHouse.json";
import royaltySplitterArtifact from "@/artifacts/contracts/RoyaltySplitter.sol/RoyaltySplitter.json";

// The contracts' ABIs come from the Hardhat build, never from a hand-written copy, so the
// indexer cannot drift from the deployed code (`npm start` compiles before it builds).

/** Artwork: mints, transfers, splitter creation. */
export const artworkInterface = new Interface(artworkArtifact.abi as InterfaceAbi);
/** AuctionHouse: auctions, bids, settlements, deferred refunds and withdrawals. */
export const auctionHouseInterface = new Interface(auctionHouseArtifact.abi as InterfaceAbi);
/** RoyaltySplitter (each clone): distributions and payouts. */
export const royaltySplitterInterface = new Interface(royaltySplitterArtifact.abi as InterfaceAbi);

/** Topics of the splitter events: splitter clones are many, so their logs are found by topic. */
export const SPLITTER_TOPICS: readonly string[] = [
  royaltySplitterInterface.getEvent("RoyaltySplitterDistributed")!.topicHash,
  royaltySplitterInterface.getEvent("RoyaltySplitterWithdrawn")!.topicHash,
];

/** Asset id of ETH in splitter events (`token` argument). */
export const ETH_TOKEN = "0x0000000000000000000000000000000000000000";
