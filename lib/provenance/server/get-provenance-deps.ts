import "server-only";
import { getAddress } from "ethers";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { readChainDeployment } from "@/lib/runtime/read-chain-deployment";
import type { ChainDeps, ProvenanceDeps } from "./provenance-deps";

/**
 * The chain part of the deps from the process runtime: the provider pinned to the node's
 * chain id and that chain's deployment file (read on each call: it may have been fixed).
 */
export async function getChainDeps(): Promise<ChainDeps> {
  const { provider, chainId, deployment } = await readChainDeployment(getRuntime());
  return {
    provider,
    chainId,
    artworkAddress: getAddress(deployment.contracts.Artwork.address),
    platformAccount: getAddress(deployment.deployer),
    deployBlock: deployment.deployBlock,
  };
}

/** Everything the provenance flow needs, from the process runtime. */
export async function getProvenanceDeps(): Promise<ProvenanceDeps> {
  const runtime = getRuntime();
  const [database, contentStore, chain] = await Promise.all([runtime.database(), runtime.contentStore(), getChainDeps()]);
  return {
    ...chain,
    prisma: database.prisma,
    contentStore,
    attestor: runtime.attestor,
    now: () => new Date(),
  };
}

/** The chain deps, or null when the chain or its deployment cannot be reached (pages degrade). */
export async function tryGetChainDeps(): Promise<ChainDeps | null> {
  try {
    return await getChainDeps();
  } catch {
    return null;
  }
}
