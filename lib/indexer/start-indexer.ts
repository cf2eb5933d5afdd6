import type { Runtime } from "@/lib/runtime/get-runtime";
import { readChainDeployment } from "@/lib/runtime/read-chain-deployment";
import { createChainSource } from "./chain-source";
import { fillTokenTitles } from "./fill-token-titles";
import { indexerContractsOf } from "./indexer-contracts";
import { indexerConfirmations, indexerPollMs } from "./indexer-settings";
import { indexToHead } from "./index-to-head";

/** A running in-process indexer. */
export interface IndexerLoop {
  /** Stops polling; resolves once a step in progress has finished. */
  stop(): Promise<void>;
}

/** Longest wait between tries while the chain or database is down, in ms. */
const MAX_BACKOFF_MS = 30_000;

const LOOPS = Symbol.for("colophon.indexer.loops");
type Holder = { [LOOPS]?: WeakMap<Runtime, IndexerLoop> };

/**
 * Starts the web server's in-process indexer on `runtime`: every INDEXER_POLL_MS it indexes
 * up to head - confirmations (see indexToHead). Once per runtime (Next.js may load this
 * module once per bundle; the loops are kept on globalThis). Does nothing when
 * INDEXER_POLL_MS is 0. Failures (chain down, database locked, no deployment yet) are
 * logged once each and retried with a growing pause; the loop ends by itself once
 * `isCurrent()` turns false (the runtime was replaced or closed). Its timers never keep the
 * process alive.
 */
export function startIndexer(runtime: Runtime, isCurrent: () => boolean = () => true): IndexerLoop | undefined {
  const pollMs = indexerPollMs(runtime.env);
  if (pollMs === 0) return undefined;
  const holder = globalThis as Holder;
  const loops = (holder[LOOPS] ??= new WeakMap());
  const existing = loops.get(runtime);
  if (existing !== undefined) return existing;

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let lastProblem: string | undefined;
  let lastTitleProblem: string | undefined;
  let failures = 0;

  const tick = async () => {
    if (stopped || !isCurrent()) return;
    try {
      const { provider, chainId, deployment } = await readChainDeployment(runtime);
      const contracts = indexerContractsOf(deployment);
      const { prisma } = await runtime.database();
      await indexToHead({
        prisma,
        chain: createChainSource(provider),
        contracts,
        confirmations: indexerConfirmations(runtime.env, chainId),
        onStep: (step) => {
          if (step.kind === "reset") console.warn(`[indexer] the index held other contracts' logs: emptied it (${step.removedLogs} logs)`);
          if (step.kind === "rolled-back") {
            console.warn(`[indexer] reorg: rolled back from block ${step.previousCursor} to ${step.fork} (${step.removedLogs} logs removed)`);
          }
        },
      });
      if (lastProblem !== undefined) console.warn("[indexer] recovered: following the chain again");
      lastProblem = undefined;
      failures = 0;
      // Titles come from the tokens' metadata, after indexing and apart from it: a store that
      // is down or a bad document costs a log line (once per problem), never the index.
      try {
        const store = await runtime.contentStore();
        await fillTokenTitles({ prisma, readContent: (cid) => store.get(cid) });
        lastTitleProblem = undefined;
      } catch (error) {
        const problem = error instanceof Error ? error.message : String(error);
        if (problem !== lastTitleProblem && isCurrent()) console.warn(`[indexer] titles not read: ${problem}`);
        lastTitleProblem = problem;
      }
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      if (problem !== lastProblem && isCurrent()) console.warn(`[indexer] ${problem}; retrying`);
      lastProblem = problem;
      failures += 1;
    }
  };

  const schedule = () => {
    if (stopped || !isCurrent()) return;
    const delay = failures === 0 ? pollMs : Math.min(MAX_BACKOFF_MS, pollMs * 2 ** Math.min(failures, 10));
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, delay);
    timer.unref();
  };

  const loop: IndexerLoop = {
    async stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      await running;
    },
  };
  loops.set(runtime, loop);
  running = tick().finally(schedule);
  return loop;
}
