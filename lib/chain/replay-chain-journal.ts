import type { EIP1193Provider } from "hardhat/types";
import { ChainError } from "./chain-error";
import type { JournalEntry, JournalHead, JournalHeader } from "./chain-journal";
import { readChainHead, readTimeOffset } from "./read-chain-head";

export type ReplayChainJournalParameters = {
  /** A fresh network created from the header (same genesis). Requests go to it directly. */
  provider: EIP1193Provider;
  header: JournalHeader;
  entries: readonly JournalEntry[];
};

export type ReplayChainJournalReturnType = {
  /** Entries replayed. */
  entries: number;
  /** Blocks sealed by the replay (the chain's block number, unless snapshots were reverted). */
  blocks: number;
  /** Wall-clock time the replay took, milliseconds. */
  durationMs: number;
  /** Seconds added to the clock after replay so chain time keeps its offset to wall time. */
  clockAdjustedBy: number;
  /** Chain head after replay; equal to the head recorded by the last entry. */
  head: JournalHead;
};

/**
 * Re-sends every journaled request to a fresh network, pinning each sealed block to its
 * original timestamp, and checks that the chain comes out the same: the same transaction
 * hashes and snapshot ids, the same outcome (a reverted send reverts again), and the same
 * block hash after every request that sealed or reverted blocks. Any difference fails with
 * `REPLAY_DIVERGED` instead of serving a chain that silently differs from the one the
 * clients saw.
 *
 * Afterwards the clock is moved forward so that chain time minus wall time is what it was
 * when the last request was accepted: time that passed while the node was down passes on
 * the chain too, and block timestamps never go backwards.
 */
export async function replayChainJournal({
  provider,
  header,
  entries,
}: ReplayChainJournalParameters): Promise<ReplayChainJournalReturnType> {
  const startedAt = performance.now();
  let blocks = 0;

  for (const entry of entries) {
    if (entry.blocksMined > 0 && entry.firstBlockTimestamp !== undefined) {
      await provider.request({
        method: "evm_setNextBlockTimestamp",
        params: [entry.firstBlockTimestamp],
      });
    }
    let result: unknown;
    let error: unknown;
    let failed = false;
    try {
      result = await provider.request({ method: entry.method, params: entry.params });
    } catch (caught) {
      failed = true;
      error = caught;
    }

    if (failed !== (entry.outcome === "error")) {
      throw diverged(entry, failed ? "it failed, but originally succeeded" : "it succeeded, but originally failed", {
        error: failed ? errorMessage(error) : undefined,
        originalError: entry.error,
      });
    }
    if (entry.txHash !== undefined) {
      const txHash = failed ? transactionHashOfError(error) : result;
      if (typeof txHash !== "string" || txHash.toLowerCase() !== entry.txHash) {
        throw diverged(entry, "it created a different transaction", { expected: entry.txHash, actual: txHash });
      }
    }
    if (entry.method === "evm_snapshot" && result !== entry.result) {
      throw diverged(entry, "it returned a different snapshot id", { expected: entry.result, actual: result });
    }
    if (entry.blocksMined > 0 || entry.method === "evm_revert") {
      await expectHead(provider, entry.head, entry);
    }
    blocks += entry.blocksMined;
  }

  const last = entries.at(-1);
  const head = await expectHead(
    provider,
    last?.head ?? { number: 0, hash: header.genesisHash, timestamp: header.genesisTimestamp },
    last,
  );

  // Each pinned block left the clock offset relative to the replay's own wall time, which
  // is later than the original; add the difference back.
  const desiredOffset = last?.timeOffset ?? header.timeOffset;
  const currentOffset = await readTimeOffset(provider);
  const clockAdjustedBy = Math.max(0, desiredOffset - currentOffset);
  if (clockAdjustedBy > 0) {
    await provider.request({ method: "evm_increaseTime", params: [clockAdjustedBy] });
  }

  return {
    entries: entries.length,
    blocks,
    durationMs: performance.now() - startedAt,
    clockAdjustedBy,
    head,
  };
}

async function expectHead(
  provider: EIP1193Provider,
  expected: JournalHead,
  entry: JournalEntry | undefined,
): Promise<JournalHead> {
  const actual = await readChainHead(provider);
  if (actual.hash !== expected.hash || actual.number !== expected.number) {
    throw diverged(entry, "the chain head differs", { expected, actual });
  }
  return actual;
}

function diverged(
  entry: JournalEntry | undefined,
  what: string,
  details: Record<string, unknown>,
): ChainError {
  const where = entry === undefined ? "at genesis" : `at journal entry ${entry.seq} (${entry.method})`;
  return new ChainError({
    code: "REPLAY_DIVERGED",
    message: `Replaying the chain journal diverged ${where}: ${what}. A Hardhat upgrade can change execution; move <dataDir>/chain away to start a fresh chain (contracts are redeployed).`,
    details: { seq: entry?.seq, method: entry?.method, ...details },
  });
}

/** Hardhat attaches the hash of a mined-but-reverted transaction to the error it throws. */
export function transactionHashOfError(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const withHash = error as { transactionHash?: unknown; data?: { transactionHash?: unknown } };
  const hash = withHash.transactionHash ?? withHash.data?.transactionHash;
  return typeof hash === "string" ? hash.toLowerCase() : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
