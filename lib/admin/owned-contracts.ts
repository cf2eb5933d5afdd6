import type { Interface } from "ethers";
import { artworkInterface, auctionHouseInterface } from "@/lib/contracts/contract-interfaces";

/** The deployed contracts whose settings only their owner may change. */
export type OwnedContractName = "Artwork" | "AuctionHouse";

/**
 * Each owned contract's Interface: the owner-only setters, the reads of the admin page, the
 * events, and every custom error (Ownable's included) so a simulated revert decodes to a name.
 */
export const OWNED_CONTRACT_INTERFACES: Readonly<Record<OwnedContractName, Interface>> = {
  Artwork: artworkInterface,
  AuctionHouse: auctionHouseInterface,
};
