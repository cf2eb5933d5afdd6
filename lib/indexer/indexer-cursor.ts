import type { IndexerTx } from "./apply-log";

/** Name of the market indexer's row in IndexerCursor. */
export const MARKET_CURSOR = "market";

/**
 * Advisory lock id held by every transaction that writes the index: two indexers (the web
 * server's and `npm run indexer`, on PostgreSQL) then take turns range by range.
 */
export const INDEXER_LOCK_ID = 0x636f6c6f; // "colo"

/**
 * Options of every index transaction: PGlite runs one transaction at a time, so the wait is
 * generous, and a rollback rebuild replays every stored log, so it may run long.
 */
export const INDEX_TRANSACTION_OPTIONS = { maxWait: 60_000, timeout: 600_000 } as const;

/** Takes the index's transaction-level advisory lock (released at commit or rollback). */
export async function lockIndex(tx: IndexerTx): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${INDEXER_LOCK_ID})`);
}

/** The last block whose logs are applied, or undefined before the first range. */
export async function readCursor(tx: Pick<IndexerTx, "indexerCursor">): Promise<number | undefined> {
  const row = await tx.indexerCursor.findUnique({ where: { name: MARKET_CURSOR } });
  return row === null ? undefined : Number(row.lastBlock);
}

/** Moves the cursor to `block`. */
export async function writeCursor(tx: IndexerTx, block: number): Promise<void> {
  await tx.indexerCursor.upsert({
    where: { name: MARKET_CURSOR },
    create: { name: MARKET_CURSOR, lastBlock: BigInt(block) },
    update: { lastBlock: BigInt(block) },
  });
}
