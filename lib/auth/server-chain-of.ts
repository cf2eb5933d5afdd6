import { LOCAL_CHAIN_ID } from "@/lib/chain/local-chain-constants";

/** The chain the server works with, as a wallet needs to know it. */
export interface ServerChain {
  /** EIP-155 chain id; sign-in messages must name it. */
  chainId: number;
  /** Name shown to people and given to the wallet when adding the chain. */
  name: string;
  /**
   * JSON-RPC URL a wallet on this machine can use, for wallet_addEthereumChain. Only for the
   * local chain: an external CHAIN_RPC_URL may carry an API key, so it is never sent out.
   */
  rpcUrl?: string;
}

/** What {@link serverChainOf} reads from the runtime. */
export interface ServerChainSource {
  /** CHAIN_RPC_URL, when set. */
  externalRpcUrl?: string;
  /** The URL the server uses (the local node when CHAIN_RPC_URL is unset). */
  chainRpcUrl: string;
  /** The chain id the node reports; asked only for an external chain. */
  readChainId(): Promise<number>;
}

/** Name of the embedded local chain in messages and in wallets. */
export const LOCAL_CHAIN_NAME = "Colophon local";

/**
 * The server's chain: the local Hardhat chain (31337) when CHAIN_RPC_URL is unset, known
 * without asking the node so sign-in works while it restarts; otherwise the id the
 * external node reports.
 */
export async function serverChainOf({ externalRpcUrl, chainRpcUrl, readChainId }: ServerChainSource): Promise<ServerChain> {
  if (externalRpcUrl === undefined) {
    return { chainId: LOCAL_CHAIN_ID, name: LOCAL_CHAIN_NAME, rpcUrl: chainRpcUrl };
  }
  const chainId = await readChainId();
  return { chainId, name: `Chain ${chainId}` };
}
