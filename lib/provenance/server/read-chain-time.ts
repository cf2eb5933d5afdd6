import type { Provider } from "ethers";
import { callChain } from "./call-chain";

/**
 * The chain's clock: the latest block's timestamp, in Unix seconds. Artwork checks an
 * attestation's deadline against `block.timestamp`, and a chain's clock can run ahead of
 * the server's (the local chain keeps time travel across restarts), so deadlines are set
 * and compared on this clock, never the server's.
 *
 * @throws DependencyError CHAIN_UNAVAILABLE when the node does not answer.
 */
export async function readChainTime(provider: Provider): Promise<bigint> {
  const block = await callChain("reading the chain's latest block time", () => provider.getBlock("latest"));
  if (block === null) throw new Error("The chain has no latest block");
  return BigInt(block.timestamp);
}
