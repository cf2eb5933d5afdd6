import { Contract } from "ethers";
import { artworkInterface } from "@/lib/contracts/contract-interfaces";
import { callChain } from "./call-chain";
import type { ChainDeps } from "./provenance-deps";

/**
 * The token Artwork minted for `contentHash`, read from the chain (`tokenByContentHash`),
 * or null when nothing was minted with it. The chain, not the database, says whether a
 * mint happened: a mint whose confirmation never reached the server still counts.
 *
 * @throws DependencyError CHAIN_UNAVAILABLE when the node does not answer.
 */
export async function readTokenByContent(deps: Pick<ChainDeps, "provider" | "artworkAddress">, contentHash: string): Promise<bigint | null> {
  const artwork = new Contract(deps.artworkAddress, artworkInterface, deps.provider);
  const tokenId = (await callChain("reading whether the image is minted", () => artwork.getFunction("tokenByContentHash")(contentHash))) as bigint;
  return tokenId === 0n ? null : tokenId;
}
