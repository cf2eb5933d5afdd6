import type { JsonRpcProvider } from "ethers";
import type { Deployment } from "@/lib/chain/read-deployment";
import type { Runtime } from "./get-runtime";

/** The runtime's provider, the chain id it is pinned to, and that chain's deployment. */
export interface ChainDeployment {
  provider: JsonRpcProvider;
  chainId: number;
  deployment: Deployment;
}

/**
 * Where the contracts are on the runtime's chain: the provider (opened on first use), its
 * chain id and `<DEPLOYMENTS_DIR>/<chainId>.json`, read on every call since it may have
 * been fixed. Every reader of the contracts starts here.
 */
export async function readChainDeployment(runtime: Pick<Runtime, "provider" | "deployment">): Promise<ChainDeployment> {
  const provider = await runtime.provider();
  const chainId = Number((await provider.getNetwork()).chainId);
  return { provider, chainId, deployment: await runtime.deployment(chainId) };
}
