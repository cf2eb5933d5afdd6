import "server-only";
import { Contract, getAddress, type JsonRpcProvider } from "ethers";
import { callChain } from "@/lib/provenance/server/call-chain";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { readChainDeployment } from "@/lib/runtime/read-chain-deployment";
import { OWNED_CONTRACT_INTERFACES, type OwnedContractName } from "./owned-contracts";

/** The chain the admin routes read and prepare transactions for. */
export interface AdminChain {
  provider: JsonRpcProvider;
  chainId: number;
  /** Block of the first deploy transaction: the attestor history starts here. */
  deployBlock: number;
  /** The owned contracts, read-only (connected to the provider, not to a signer). */
  contracts: Readonly<Record<OwnedContractName, Contract>>;
  /**
   * The node's latest block number, asked for on every call. Reads pinned to it are fresh
   * (the provider reuses an identical `latest` read for a moment) and all of one answer
   * come from the same state.
   */
  latestBlock(): Promise<number>;
}

/**
 * The chain part of the admin routes from the process runtime: the provider pinned to the
 * node's chain id and that chain's deployment file (read on each call: it may have been
 * fixed).
 *
 * @throws {DependencyError} CHAIN_UNAVAILABLE (503) or TIMEOUT (504) when the node does not
 *   answer; {@link ChainError} DEPLOYMENT_NOT_FOUND (503) when the chain has no deployment.
 */
export async function getAdminChain(): Promise<AdminChain> {
  const { provider, chainId, deployment } = await readChainDeployment(getRuntime());
  const contract = (name: OwnedContractName) =>
    new Contract(getAddress(deployment.contracts[name].address), OWNED_CONTRACT_INTERFACES[name], provider);
  return {
    provider,
    chainId,
    deployBlock: deployment.deployBlock,
    contracts: { Artwork: contract("Artwork"), AuctionHouse: contract("AuctionHouse") },
    // `send` goes to the node every time; getBlockNumber() may answer from a cache.
    latestBlock: () => callChain("reading the latest block", async () => Number(BigInt(await provider.send("eth_blockNumber", [])))),
  };
}
