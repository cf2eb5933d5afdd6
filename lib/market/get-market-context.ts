import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { readChainDeployment } from "@/lib/runtime/read-chain-deployment";

/** The database the market pages and routes read (the process's runtime). */
export async function getMarketPrisma(): Promise<PrismaClient> {
  return (await getRuntime().database()).prisma;
}

/** Where the browser sends market transactions. */
export interface MarketChainInfo {
  chainId: number;
  auctionHouse: string;
  artwork: string;
}

/**
 * The chain id and contract addresses for the client components, or null when the chain
 * or its deployment file cannot be read now: pages then still show the index, read-only.
 */
export async function getMarketChainInfo(): Promise<MarketChainInfo | null> {
  try {
    const { chainId, deployment } = await readChainDeployment(getRuntime());
    return { chainId, auctionHouse: deployment.contracts.AuctionHouse.address, artwork: deployment.contracts.Artwork.address };
  } catch {
    return null;
  }
}
