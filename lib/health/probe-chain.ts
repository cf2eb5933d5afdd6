import { describeError } from "./describe-error";
import { jsonRpcCall } from "./json-rpc-call";
import { withTimeout } from "./with-timeout";

/** A contract of the deployment and whether the chain has code at its address. */
export interface ContractHealth {
  name: string;
  address: string;
  /** False when the address holds no code: the file points at a wrong or reset chain. */
  deployed: boolean;
}

/** Health of the chain connection and the deployment on it. */
export interface ChainHealth {
  ok: boolean;
  rpcUrl: string;
  chainId?: number;
  blockNumber?: number;
  contracts?: ContractHealth[];
  error?: string;
}

/** Parameters of {@link probeChain}. */
export interface ProbeChainParameters {
  rpcUrl: string;
  /**
   * Contract addresses by name for a chain id (from `deployments/<chainId>.json`); throws
   * when the chain has no deployment file.
   */
  loadContracts(chainId: number): Promise<Readonly<Record<string, string>>>;
  timeoutMs: number;
}

/**
 * Asks the node for its chain id and head, loads the deployment for that chain id and
 * checks that every contract address holds code, all within `timeoutMs`. Healthy when all
 * of that succeeds; what was learnt before a failure is still reported.
 */
export async function probeChain({ rpcUrl, loadContracts, timeoutMs }: ProbeChainParameters): Promise<ChainHealth> {
  // Filled in as the probe goes, so a failure late in the probe keeps earlier facts.
  const health: ChainHealth = { ok: false, rpcUrl };
  try {
    return await withTimeout(`the chain node at ${rpcUrl}`, timeoutMs, async (signal) => {
      const call = <T>(method: string, params: unknown[] = []) =>
        jsonRpcCall<T>({ url: rpcUrl, method, params, signal });
      // Asked together: on a busy node every round trip waits in its queue.
      const [chainId, blockNumber] = await Promise.all([call<string>("eth_chainId"), call<string>("eth_blockNumber")]);
      health.chainId = Number(BigInt(chainId));
      health.blockNumber = Number(BigInt(blockNumber));
      const addresses = await loadContracts(health.chainId);
      health.contracts = await Promise.all(
        Object.entries(addresses).map(async ([name, address]) => {
          const code = await call<string>("eth_getCode", [address, "latest"]);
          return { name, address, deployed: code !== "0x" && code !== "" };
        }),
      );
      const missing = health.contracts.filter((c) => !c.deployed);
      if (missing.length > 0) {
        return {
          ...health,
          ok: false,
          error:
            `no contract code at ${missing.map((c) => `${c.name} ${c.address}`).join(", ")} on chain ${health.chainId}; ` +
            "the deployment file belongs to another chain state: redeploy (`npm start` deploys to the local chain)",
        };
      }
      return { ...health, ok: true };
    });
  } catch (error) {
    return { ...health, ok: false, error: describeError(error) };
  }
}
