import type { ChainBlock, ChainLog } from "./chain-source";

/** A log as the indexer stores it in IndexedLog (and replays it after a reorg). */
export interface StoredLog {
  txHash: string;
  logIndex: number;
  blockNumber: bigint;
  blockHash: string;
  blockTime: Date;
  address: string;
  event: string;
  topics: string[];
  data: string;
}

/** The stored form of a chain log, with the event name and its block's time. */
export function toStoredLog(log: ChainLog, block: ChainBlock, event: string): StoredLog {
  return {
    txHash: log.transactionHash,
    logIndex: log.logIndex,
    blockNumber: BigInt(log.blockNumber),
    blockHash: log.blockHash,
    blockTime: new Date(block.timestamp * 1000),
    address: log.address,
    event,
    topics: log.topics,
    data: log.data,
  };
}
