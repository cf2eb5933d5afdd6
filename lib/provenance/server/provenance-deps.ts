import type { Provider, Wallet } from "ethers";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ContentStore } from "@/lib/storage/content-store";

/** The chain a server works against: its id, provider and Artwork deployment. */
export interface ChainDeps {
  provider: Provider;
  chainId: number;
  /** Checksummed Artwork address from deployments/<chainId>.json. */
  artworkAddress: string;
  /** The platform's account (the deployer, who owns the contracts): the default "platform" share. */
  platformAccount: string;
  /** Block of the first deployment transaction: event scans start here. */
  deployBlock: number;
}

/** What the record, attestation and mint functions work with. */
export interface ProvenanceDeps extends ChainDeps {
  prisma: PrismaClient;
  contentStore: ContentStore;
  /** The attestor key; loaded only by the step that signs. */
  attestor(): Promise<{ address: string; signer: Wallet }>;
  /** The clock; tests pass a fixed one. */
  now(): Date;
}
