import type { EIP1193Provider } from "hardhat/types";

type RpcTransaction = {
  type?: string;
  from: string;
  to: string | null;
  value: string;
  gas: string;
  nonce: string;
  input: string;
  gasPrice?: string;
  maxFeePerGas?: string;
  maxPriorityFeePerGas?: string;
  accessList?: unknown[];
};

/**
 * Turns a mined eth_sendTransaction into the params that re-create it exactly.
 *
 * Replaying the caller's original params would have Hardhat fill the gas limit, nonce and
 * fees again, and gas estimation can depend on the block time of the moment; with every
 * field explicit the dev-account signature (deterministic, RFC 6979) and so the
 * transaction hash come out the same. Types other than legacy, EIP-2930 and EIP-1559 keep
 * the original params; replay still checks the resulting hash.
 */
export async function transactionReplayParams(
  provider: EIP1193Provider,
  txHash: string,
  originalParams: readonly unknown[],
): Promise<unknown[]> {
  const tx = (await provider.request({
    method: "eth_getTransactionByHash",
    params: [txHash],
  })) as RpcTransaction | null;
  if (tx === null) return [...originalParams];
  const common = {
    from: tx.from,
    ...(tx.to === null ? {} : { to: tx.to }),
    value: tx.value,
    gas: tx.gas,
    nonce: tx.nonce,
    data: tx.input,
  };
  switch (tx.type ?? "0x0") {
    case "0x0":
      return [{ ...common, gasPrice: tx.gasPrice }];
    case "0x1":
      return [{ ...common, gasPrice: tx.gasPrice, accessList: tx.accessList ?? [] }];
    case "0x2":
      return [
        {
          ...common,
          maxFeePerGas: tx.maxFeePerGas,
          maxPriorityFeePerGas: tx.maxPriorityFeePerGas,
          accessList: tx.accessList ?? [],
        },
      ];
    default:
      return [...originalParams];
  }
}
