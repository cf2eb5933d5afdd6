import type { Deployment } from "@/lib/chain/read-deployment";

/** The contracts one index follows, with lowercase addresses. */
export interface IndexerContracts {
  artwork: string;
  auctionHouse: string;
  /** Block of the first deploy transaction: nothing before it is read. */
  deployBlock: number;
}

/** The indexer's view of a deployment file. */
export function indexerContractsOf(deployment: Deployment): IndexerContracts {
  return {
    artwork: deployment.contracts.Artwork.address.toLowerCase(),
    auctionHouse: deployment.contracts.AuctionHouse.address.toLowerCase(),
    deployBlock: deployment.deployBlock,
  };
}
