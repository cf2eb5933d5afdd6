import artworkArtifact from "@/artifacts/contracts/Artwork.sol/Artwork.json";
import auctionHouseArtifact from "@/artifacts/contracts/AuctionHouse.sol/AuctionHouse.json";
import { abiSlice, type AbiFragment } from "@/lib/market/client-abis";

/** The ABI pieces the admin page needs to decode the reverts of the owner's transactions. */
export interface AdminClientAbis {
  artwork: AbiFragment[];
  auctionHouse: AbiFragment[];
}

/**
 * The slices of the owned contracts' ABIs the admin page hands to the browser (the
 * artifacts also hold bytecode): the owner-only setters and every custom error, so a
 * refused transaction is described by name.
 */
export function adminClientAbis(): AdminClientAbis {
  return {
    artwork: abiSlice(artworkArtifact, ["setAttestor"]),
    auctionHouse: abiSlice(auctionHouseArtifact, ["setPlatformFee"]),
  };
}
