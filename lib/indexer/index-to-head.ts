import { ChainMovedError, indexNextRange, type IndexNextRangeParameters, type IndexStep } from "./index-next-range";

/** Parameters of {@link indexToHead}. */
export interface IndexToHeadParameters extends IndexNextRangeParameters {
  /** Called after every step (progress output of the standalone indexer). */
  onStep?: (step: IndexStep) => void;
  /** Stop after this many steps even when not caught up (tests). */
  maxSteps?: number;
}

/** What {@link indexToHead} did. */
export interface IndexToHeadReturnType {
  /** Steps that wrote something (ranges indexed and rollbacks). */
  steps: number;
  /** Logs applied across all ranges. */
  applied: number;
  /** Logs skipped because they were already stored. */
  duplicates: number;
  /** Whether a rollback happened. */
  rolledBack: boolean;
  /** The last step (idle once caught up). */
  last: IndexStep;
}

/** Times a range is re-read when the chain moves under it before giving up for this round. */
const CHAIN_MOVED_RETRIES = 3;

/**
 * Runs {@link indexNextRange} until the index is caught up with head - confirmations (or
 * `maxSteps` ran). A range read while the chain reorganised is read again.
 */
export async function indexToHead({ onStep, maxSteps = Number.POSITIVE_INFINITY, ...parameters }: IndexToHeadParameters): Promise<IndexToHeadReturnType> {
  let steps = 0;
  let applied = 0;
  let duplicates = 0;
  let rolledBack = false;
  let retries = 0;
  for (;;) {
    let step: IndexStep;
    try {
      step = await indexNextRange(parameters);
    } catch (error) {
      if (error instanceof ChainMovedError && retries < CHAIN_MOVED_RETRIES) {
        retries += 1;
        continue;
      }
      throw error;
    }
    retries = 0;
    onStep?.(step);
    if (step.kind === "indexed") {
      applied += step.applied;
      duplicates += step.duplicates;
    }
    if (step.kind === "rolled-back" || step.kind === "reset") rolledBack = true;
    if (step.kind === "idle" || step.kind === "busy") return { steps, applied, duplicates, rolledBack, last: step };
    steps += 1;
    if (steps >= maxSteps) return { steps, applied, duplicates, rolledBack, last: step };
  }
}
