import type { PrismaClient } from "@/lib/db/generated/client";
import { applyLog, type IndexerTx } from "./apply-log";
import type { IndexerContracts } from "./indexer-contracts";
import { decodeStoredLog } from "./decode-log";
import { INDEX_TRANSACTION_OPTIONS, lockIndex, MARKET_CURSOR, writeCursor } from "./indexer-cursor";
import type { StoredLog } from "./stored-log";

/** Stored logs replayed per read while rebuilding. */
const REPLAY_BATCH = 500;

/** Parameters of {@link rollBackTo}. */
export interface RollBackToParameters {
  prisma: PrismaClient;
  contracts: IndexerContracts;
  /** Last block that stays: logs and hashes above it are removed. */
  block: number;
}

/**
 * Rolls the index back to `block` in one transaction: deletes the stored logs and block
 * hashes above it, deletes the Work rows of tokens whose mint was among the removed logs
 * (the chain no longer has them), rebuilds every derived table from the logs that remain,
 * and sets the cursor to `block`. The next step then reads the new chain from block + 1.
 */
export async function rollBackTo({ prisma, contracts, block }: RollBackToParameters): Promise<{ removedLogs: number }> {
  return prisma.$transaction(
    async (tx) => {
      await lockIndex(tx);
      const above = { blockNumber: { gt: BigInt(block) } };
      const removedMints = await tx.indexedLog.findMany({ where: { ...above, event: "ArtworkMinted" }, select: { topics: true } });
      const { count: removedLogs } = await tx.indexedLog.deleteMany({ where: above });
      await tx.indexedBlock.deleteMany({ where: { number: { gt: BigInt(block) } } });
      // topics[1] of ArtworkMinted is the indexed tokenId.
      const goneTokens = removedMints.map((log) => BigInt(log.topics[1]!).toString());
      if (goneTokens.length > 0) await tx.work.deleteMany({ where: { tokenId: { in: goneTokens } } });
      await rebuildDerivedState(tx, contracts);
      await writeCursor(tx, block);
      return { removedLogs };
    },
    INDEX_TRANSACTION_OPTIONS,
  );
}

/**
 * Forgets the whole index in one transaction (every stored log, block hash, derived row,
 * the Work rows of the minted tokens it saw, and the cursor), so the next step starts
 * again from the deployment block. For an index built from other contracts than the
 * deployment now names (the contracts were deployed again).
 */
export async function resetIndex({ prisma, contracts }: Omit<RollBackToParameters, "block">): Promise<{ removedLogs: number }> {
  return prisma.$transaction(async (tx) => {
    await lockIndex(tx);
    const mints = await tx.indexedLog.findMany({ where: { event: "ArtworkMinted" }, select: { topics: true } });
    const { count: removedLogs } = await tx.indexedLog.deleteMany();
    await tx.indexedBlock.deleteMany();
    const goneTokens = mints.map((log) => BigInt(log.topics[1]!).toString());
    if (goneTokens.length > 0) await tx.work.deleteMany({ where: { tokenId: { in: goneTokens } } });
    await rebuildDerivedState(tx, contracts);
    await tx.indexerCursor.deleteMany({ where: { name: MARKET_CURSOR } });
    return { removedLogs };
  }, INDEX_TRANSACTION_OPTIONS);
}

/**
 * Empties the derived tables and replays every stored log through applyLog in
 * (blockNumber, logIndex) order. Work rows are not emptied (the provenance flow writes
 * them too); the replayed mints and transfers set their chain facts again.
 */
export async function rebuildDerivedState(tx: IndexerTx, contracts: IndexerContracts): Promise<void> {
  await tx.settlement.deleteMany();
  await tx.bid.deleteMany();
  await tx.auction.deleteMany();
  await tx.auctionCredit.deleteMany();
  await tx.splitterPayout.deleteMany();
  await tx.splitterCredit.deleteMany();
  await tx.splitterShare.deleteMany();
  await tx.splitter.deleteMany();
  await tx.ownershipEvent.deleteMany();
  await tx.token.deleteMany();
  let after: { blockNumber: bigint; logIndex: number } | undefined;
  for (;;) {
    const batch: StoredLog[] = await tx.indexedLog.findMany({
      where:
        after === undefined
          ? {}
          : { OR: [{ blockNumber: { gt: after.blockNumber } }, { blockNumber: after.blockNumber, logIndex: { gt: after.logIndex } }] },
      orderBy: [{ blockNumber: "asc" }, { logIndex: "asc" }],
      take: REPLAY_BATCH,
    });
    for (const log of batch) {
      const event = decodeStoredLog(contracts, log);
      if (event !== null) await applyLog(tx, contracts, log, event);
    }
    if (batch.length < REPLAY_BATCH) return;
    const tail = batch[batch.length - 1]!;
    after = { blockNumber: tail.blockNumber, logIndex: tail.logIndex };
  }
}
