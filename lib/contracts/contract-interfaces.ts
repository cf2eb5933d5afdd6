import { Interface, type InterfaceAbi } from "ethers";
import artworkArtifact from "@/artifacts/contracts/Artwork.sol/Artwork.json";
import auctionHouseArtifact from "@/artifacts/contracts/AuctionHouse.sol/AuctionHouse.json";
import royaltySplitterArtifact from "@/artifacts/contracts/RoyaltySplitter.sol/RoyaltySplitter.json";

// The contracts' full ABIs as ethers Interfaces (calls, events and every custom error, the
// inherited ones included), from the Hardhat build, never from a hand-written copy, so no
// reader can drift from the deployed code (`npm start` compiles before it builds).

/** Artwork: mints, transfers, provenance reads, attestors. */
export const artworkInterface = new Interface(artworkArtifact.abi as InterfaceAbi);
/** AuctionHouse: auctions, bids, settlements, deferred refunds and withdrawals, the fee. */
export const auctionHouseInterface = new Interface(auctionHouseArtifact.abi as InterfaceAbi);
/** RoyaltySplitter (each clone): distributions and payouts. */
export const royaltySplitterInterface = new Interface(royaltySplitterArtifact.abi as InterfaceAbi);
