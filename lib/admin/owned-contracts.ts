import { Interface, type InterfaceAbi } from "ethers";
import artworkArtifact from "@/artifacts/contracts/Artwork.sol/Artwork.json";
import auctionHouseArtifact from "@/artifacts/contracts/AuctionHouse.sol/AuctionHouse.json";

/** The deployed contracts whose settings only their owner may change. */
export type OwnedContractName = "Artwork" | "AuctionHouse";

/**
 * Each owned contract's full ABI as an ethers Interface, from the Hardhat build (never a
 * hand-written copy): the owner-only setters, the reads of the admin page, the events, and
 * every custom error (Ownable's included) so a simulated revert decodes to a name.
 */
export const OWNED_CONTRACT_INTERFACES: Readonly<Record<OwnedContractName, Interface>> = {
  Artwork: new Interface(artworkArtifact.abi as InterfaceAbi),
  AuctionHouse: new Interface(auctionHouseArtifact.abi as InterfaceAbi),
};
