import type { JsonRpcProvider } from "ethers";

/** A block header as far as the indexer needs it. */
export interface ChainBlock {
  number: number;
  /** 0x hash, lowercase. */
  hash: string;
  /** Hash of the block before it, lowercase. */
  parentHash: string;
  /** Unix seconds. */
  timestamp: number;
}

/** A log as eth_getLogs returns it, numbers decoded. */
export interface ChainLog {
  /** Emitting contract, lowercase. */
  address: string;
  topics: string[];
  data: string;
  blockNumber: number;
  blockHash: string;
  transactionHash: string;
  transactionIndex: number;
  logIndex: number;
}

/** Filter of {@link ChainSource.getLogs}: an inclusive block range, addresses and/or topics. */
export interface ChainLogFilter {
  fromBlock: number;
  toBlock: number;
  address?: string[];
  topics?: (string | string[] | null)[];
}

/**
 * What the indexer reads from the chain. A small interface over JSON-RPC so tests can
 * deliver logs twice, fail mid-stream or show a reorg without a special node.
 */
export interface ChainSource {
  getBlockNumber(): Promise<number>;
  /** The block at a height, or null when the chain is not that long. */
  getBlock(number: number): Promise<ChainBlock | null>;
  getLogs(filter: ChainLogFilter): Promise<ChainLog[]>;
}

const toHex = (n: number) => `0x${n.toString(16)}`;

/**
 * A {@link ChainSource} over raw JSON-RPC calls of an ethers provider: no ethers caching of
 * block numbers or blocks, so a reorg is seen on the next call.
 */
export function createChainSource(provider: Pick<JsonRpcProvider, "send">): ChainSource {
  return {
    async getBlockNumber() {
      return Number(BigInt((await provider.send("eth_blockNumber", [])) as string));
    },
    async getBlock(number) {
      const block = (await provider.send("eth_getBlockByNumber", [toHex(number), false])) as {
        number: string;
        hash: string;
        parentHash: string;
        timestamp: string;
      } | null;
      if (block === null) return null;
      return {
        number: Number(BigInt(block.number)),
        hash: block.hash.toLowerCase(),
        parentHash: block.parentHash.toLowerCase(),
        timestamp: Number(BigInt(block.timestamp)),
      };
    },
    async getLogs({ fromBlock, toBlock, address, topics }) {
      const logs = (await provider.send("eth_getLogs", [
        {
          fromBlock: toHex(fromBlock),
          toBlock: toHex(toBlock),
          ...(address === undefined ? {} : { address }),
          ...(topics === undefined ? {} : { topics }),
        },
      ])) as Array<{
        address: string;
        topics: string[];
        data: string;
        blockNumber: string;
        blockHash: string;
        transactionHash: string;
        transactionIndex: string;
        logIndex: string;
        removed?: boolean;
      }>;
      return logs
        .filter((log) => log.removed !== true)
        .map((log) => ({
          address: log.address.toLowerCase(),
          topics: log.topics.map((t) => t.toLowerCase()),
          data: log.data.toLowerCase(),
          blockNumber: Number(BigInt(log.blockNumber)),
          blockHash: log.blockHash.toLowerCase(),
          transactionHash: log.transactionHash.toLowerCase(),
          transactionIndex: Number(BigInt(log.transactionIndex)),
          logIndex: Number(BigInt(log.logIndex)),
        }));
    },
  };
}
