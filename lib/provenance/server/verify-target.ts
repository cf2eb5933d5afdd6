import { checkImageWithinBudget } from "@/lib/images/check-image-within-budget";
import { createEthersChainReader } from "@/lib/provenance/verify/create-ethers-chain-reader";
import type { Reproducer, VerificationReport, VerifyInput } from "@/lib/provenance/verify/types";
import { verifyWork } from "@/lib/provenance/verify/verify-work";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ContentStore } from "@/lib/storage/content-store";
import { createDbSimilarFinder } from "./create-db-similar-finder";
import { createStoreContentFetcher } from "./create-store-content-fetcher";
import type { ChainDeps } from "./provenance-deps";
import type { VerifyTarget } from "./parse-verify-request";

/** What {@link verifyTarget} reads through. */
export interface VerifyTargetDeps {
  chain: Pick<ChainDeps, "provider" | "artworkAddress">;
  /** First block with Artwork events (its deployment block), so log scans start there. */
  fromBlock: number;
  contentStore: ContentStore;
  /** Only the similar-works search reads the database. */
  prisma: PrismaClient;
  /** Given: the generation is re-run (the `reproduce` step). */
  reproduce?: Reproducer;
}

/**
 * Verifies a work for the API with the same library the CLI runs (lib/provenance/verify):
 * the chain through an ethers reader on this server's provider, content through this
 * server's content store (every block hash-checked), and, for an image that matches no
 * token, a search of minted works by perceptual hash.
 */
export async function verifyTarget(target: VerifyTarget, deps: VerifyTargetDeps): Promise<VerificationReport> {
  // A small file can claim a huge image: refuse it from its header before the chain is asked.
  if (target.kind === "image") checkImageWithinBudget(target.bytes, { field: "file" });
  const input: VerifyInput =
    target.kind === "image" ? { imageBytes: target.bytes } : target.kind === "tokenId" ? { tokenId: target.tokenId } : { contentHash: target.contentHash };
  return verifyWork(input, {
    chain: createEthersChainReader({ provider: deps.chain.provider, artworkAddress: deps.chain.artworkAddress, fromBlock: deps.fromBlock }),
    content: createStoreContentFetcher(deps.contentStore),
    similar: createDbSimilarFinder({ prisma: deps.prisma, contentStore: deps.contentStore }),
    ...(deps.reproduce === undefined ? {} : { reproduce: deps.reproduce }),
  });
}
