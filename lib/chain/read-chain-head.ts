import type { EIP1193Provider } from "hardhat/types";
import type { JournalHead } from "./chain-journal";

type RpcBlock = { number: string; hash: string; timestamp: string };

/**
 * Reads number, hash and timestamp of a block (the latest by default) from a provider.
 * The journal records the head after every request and replay compares against it.
 */
export async function readChainHead(
  provider: EIP1193Provider,
  blockTag: string = "latest",
): Promise<JournalHead> {
  const block = (await provider.request({
    method: "eth_getBlockByNumber",
    params: [blockTag, false],
  })) as RpcBlock | null;
  if (block === null) throw new Error(`Block ${blockTag} does not exist`);
  return {
    number: Number(BigInt(block.number)),
    hash: block.hash.toLowerCase(),
    timestamp: Number(BigInt(block.timestamp)),
  };
}

/**
 * Reads Hardhat Network's clock offset (chain time minus wall-clock time, seconds).
 * `evm_increaseTime` returns the new total offset; adding 0 reads it without changing it.
 */
export async function readTimeOffset(provider: EIP1193Provider): Promise<number> {
  const offset = await provider.request({ method: "evm_increaseTime", params: [0] });
  return Number(offset);
}
