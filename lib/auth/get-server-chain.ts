import { getRuntime } from "@/lib/runtime/get-runtime";
import { serverChainOf, type ServerChain } from "./server-chain-of";

/**
 * The chain this server works with (see serverChainOf), from the process's runtime.
 *
 * @throws {DependencyError} CHAIN_UNAVAILABLE when an external node does not answer.
 */
export async function getServerChain(): Promise<ServerChain> {
  const runtime = getRuntime();
  return serverChainOf({
    externalRpcUrl: runtime.env.CHAIN_RPC_URL,
    chainRpcUrl: runtime.chainRpcUrl,
    async readChainId() {
      // The runtime's provider is pinned to the id the node reported when it was opened.
      return Number((await (await runtime.provider()).getNetwork()).chainId);
    },
  });
}
