import type { PrismaClient } from "@/lib/db/generated/client";
import { applyLog, type IndexerTx } from "./apply-log";
import type { ChainBlock, ChainLog, ChainSource } from "./chain-source";
import { SPLITTER_TOPICS } from "./contract-interfaces";
import { contractKindOf, decodeLog } from "./decode-log";
import type { IndexerContracts } from "./indexer-contracts";
import { INDEX_TRANSACTION_OPTIONS, lockIndex, readCursor, writeCursor } from "./indexer-cursor";
import { resetIndex, rollBackTo } from "./roll-back-to";
import { findForkPoint } from "./find-fork-point";
import { toStoredLog, type StoredLog } from "./stored-log";

/** Most blocks one range covers by default (many RPC providers cap eth_getLogs near this). */
export const DEFAULT_MAX_BLOCKS = 2_000;

/** Block hashes older than this many blocks below the cursor are dropped. */
const KEEP_BLOCK_HASHES = 10_000;

/** Parameters of {@link indexNextRange}. */
export interface IndexNextRangeParameters {
  prisma: PrismaClient;
  chain: ChainSource;
  contracts: IndexerContracts;
  /** Blocks to stay behind the head. */
  confirmations: number;
  /** Most blocks one range (one transaction) covers. */
  maxBlocks?: number;
  /**
   * Called inside the transaction after each log is applied (tests: a throw here is a
   * crash mid-range, and the whole range must roll back).
   */
  onLogApplied?: (log: StoredLog, position: number) => void | Promise<void>;
}

/** What one step of the indexer did. */
export type IndexStep =
  /** Nothing to do: the cursor is at head - confirmations. */
  | { kind: "idle"; cursor: number; head: number }
  /** Applied blocks from..to in one transaction. */
  | { kind: "indexed"; from: number; to: number; head: number; logs: number; applied: number; duplicates: number }
  /** The chain no longer has a block the index was built on: rolled back to `fork`. */
  | { kind: "rolled-back"; fork: number; previousCursor: number; removedLogs: number }
  /** The index was built from other contracts than the deployment names: it was emptied. */
  | { kind: "reset"; removedLogs: number }
  /** Another indexer moved the cursor meanwhile; nothing was written. */
  | { kind: "busy" };

/** The chain changed under a range being read (a log's block hash is not its block's). */
export class ChainMovedError extends Error {
  override name = "ChainMovedError";
}

/**
 * One step of the indexer: checks that the chain still has the last indexed block (else
 * rolls back to the fork point), then reads the logs of the next range of blocks
 * [cursor + 1, min(head - confirmations, cursor + maxBlocks)] of the Artwork, the
 * AuctionHouse and the known splitters, and applies them in one transaction: each log is
 * inserted into IndexedLog with ON CONFLICT DO NOTHING and applied only when it was new,
 * in (blockNumber, logIndex) order; then the block hashes and the cursor are written. A
 * crash anywhere leaves the previous range as the last one applied.
 *
 * @throws ChainMovedError when a reorg happened while the range was read (try again).
 */
export async function indexNextRange({
  prisma,
  chain,
  contracts,
  confirmations,
  maxBlocks = DEFAULT_MAX_BLOCKS,
  onLogApplied,
}: IndexNextRangeParameters): Promise<IndexStep> {
  const reset = await resetIfOtherContracts(prisma, contracts);
  if (reset !== undefined) return reset;
  const head = await chain.getBlockNumber();
  const cursor = (await readCursor(prisma)) ?? contracts.deployBlock - 1;

  const last = await prisma.indexedBlock.findFirst({ where: { number: { lte: cursor } }, orderBy: { number: "desc" } });
  if (last !== null) {
    const onChain = await chain.getBlock(Number(last.number));
    if (onChain === null || onChain.hash !== last.hash) {
      const fork = await findForkPoint({ prisma, chain, below: Number(last.number), floor: contracts.deployBlock - 1 });
      const { removedLogs } = await rollBackTo({ prisma, contracts, block: fork });
      return { kind: "rolled-back", fork, previousCursor: cursor, removedLogs };
    }
  }

  const target = head - confirmations;
  if (target <= cursor) return { kind: "idle", cursor, head };
  const from = cursor + 1;
  const to = Math.min(target, cursor + maxBlocks);

  const [mainLogs, splitterLogs] = await Promise.all([
    chain.getLogs({ fromBlock: from, toBlock: to, address: [contracts.artwork, contracts.auctionHouse] }),
    chain.getLogs({ fromBlock: from, toBlock: to, topics: [[...SPLITTER_TOPICS]] }),
  ]);
  const candidates = [...mainLogs, ...splitterLogs.filter((log) => log.address !== contracts.artwork && log.address !== contracts.auctionHouse)];
  candidates.sort((x, y) => x.blockNumber - y.blockNumber || x.logIndex - y.logIndex);

  const blocks = await readBlocks(chain, [...new Set([from, ...candidates.map((log) => log.blockNumber), to])]);
  for (const log of candidates) {
    if (blocks.get(log.blockNumber)!.hash !== log.blockHash) {
      throw new ChainMovedError(`block ${log.blockNumber} changed while range ${from}..${to} was read`);
    }
  }
  // The range must continue the chain the index was built on: a reorg between the check
  // above and now shows as a first block whose parent is not the stored last block.
  if (last !== null && Number(last.number) === cursor && blocks.get(from)!.parentHash !== last.hash) {
    throw new ChainMovedError(`block ${from} does not follow the indexed block ${cursor}`);
  }

  return prisma.$transaction(
    async (tx) => {
      await lockIndex(tx);
      if (((await readCursor(tx)) ?? contracts.deployBlock - 1) !== cursor) return { kind: "busy" } as const;
      const result = await applyLogs(tx, contracts, candidates, blocks, onLogApplied);
      for (const block of blocks.values()) {
        const data = { hash: block.hash, timestamp: new Date(block.timestamp * 1000) };
        await tx.indexedBlock.upsert({ where: { number: BigInt(block.number) }, create: { number: BigInt(block.number), ...data }, update: data });
      }
      await tx.indexedBlock.deleteMany({ where: { number: { lt: BigInt(to - KEEP_BLOCK_HASHES) } } });
      await writeCursor(tx, to);
      return { kind: "indexed", from, to, head, logs: candidates.length, ...result } as const;
    },
    INDEX_TRANSACTION_OPTIONS,
  );
}

/** Contract pairs whose index this process has already checked. */
const checkedContracts = new Set<string>();

/**
 * Empties the index when it holds logs of another Artwork or AuctionHouse (the contracts
 * were deployed again at new addresses): their tokens and auctions are not this
 * deployment's. Checked once per process and contract pair.
 */
async function resetIfOtherContracts(prisma: PrismaClient, contracts: IndexerContracts): Promise<IndexStep | undefined> {
  const key = `${contracts.artwork}/${contracts.auctionHouse}`;
  if (checkedContracts.has(key)) return undefined;
  const foreign = await prisma.indexedLog.findFirst({
    where: { address: { notIn: [contracts.artwork, contracts.auctionHouse] }, event: { notIn: ["RoyaltySplitterDistributed", "RoyaltySplitterWithdrawn"] } },
    select: { address: true },
  });
  if (foreign === null) {
    checkedContracts.add(key);
    return undefined;
  }
  const { removedLogs } = await resetIndex({ prisma, contracts });
  checkedContracts.add(key);
  return { kind: "reset", removedLogs };
}

async function readBlocks(chain: ChainSource, numbers: number[]): Promise<Map<number, ChainBlock>> {
  const blocks = new Map<number, ChainBlock>();
  // A few at a time: ethers batches concurrent calls, and a node limits batch sizes.
  for (let i = 0; i < numbers.length; i += 20) {
    const slice = numbers.slice(i, i + 20);
    const read = await Promise.all(slice.map((n) => chain.getBlock(n)));
    read.forEach((block, j) => {
      if (block === null) throw new ChainMovedError(`block ${slice[j]} is gone while its logs were read`);
      blocks.set(block.number, block);
    });
  }
  return blocks;
}

/**
 * Stores and applies logs in order, skipping those already stored; splitter logs count
 * only for splitters our Artwork created (known before, or created earlier in `logs`).
 */
async function applyLogs(
  tx: IndexerTx,
  contracts: IndexerContracts,
  logs: readonly ChainLog[],
  blocks: ReadonlyMap<number, ChainBlock>,
  onLogApplied: IndexNextRangeParameters["onLogApplied"],
): Promise<{ applied: number; duplicates: number }> {
  const splitterAddresses = [...new Set(logs.filter((l) => contractKindOf(contracts, l.address) === "RoyaltySplitter").map((l) => l.address))];
  const known = new Set(
    splitterAddresses.length === 0
      ? []
      : (await tx.splitter.findMany({ where: { address: { in: splitterAddresses } }, select: { address: true } })).map((s) => s.address),
  );
  let applied = 0;
  let duplicates = 0;
  for (const log of logs) {
    const kind = contractKindOf(contracts, log.address);
    if (kind === "RoyaltySplitter" && !known.has(log.address)) continue;
    const event = decodeLog(kind, log);
    if (event === null) continue;
    const stored = toStoredLog(log, blocks.get(log.blockNumber)!, event.name);
    const { count } = await tx.indexedLog.createMany({ data: [stored], skipDuplicates: true });
    if (count === 0) {
      duplicates += 1;
      continue;
    }
    await applyLog(tx, contracts, stored, event);
    if (event.name === "SplitterCreated") known.add(String(event.args.getValue("splitter")).toLowerCase());
    applied += 1;
    await onLogApplied?.(stored, applied);
  }
  return { applied, duplicates };
}
