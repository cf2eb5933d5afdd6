import { LOCAL_CHAIN_ID } from "@/lib/chain/local-chain-constants";
import type { Env } from "@/lib/config/env";

/** Confirmations on a chain other than the local one when INDEXER_CONFIRMATIONS is unset. */
export const DEFAULT_REMOTE_CONFIRMATIONS = 5;

/** Poll interval of the in-process indexer when INDEXER_POLL_MS is unset, in ms. */
export const DEFAULT_POLL_MS = 1_000;

/**
 * Blocks the index stays behind the head: INDEXER_CONFIRMATIONS, else 0 on the local chain
 * (its blocks never reorganise unless a test reverts them) and 5 elsewhere.
 */
export function indexerConfirmations(env: Pick<Env, "INDEXER_CONFIRMATIONS">, chainId: number): number {
  return env.INDEXER_CONFIRMATIONS ?? (chainId === LOCAL_CHAIN_ID ? 0 : DEFAULT_REMOTE_CONFIRMATIONS);
}

/** Poll interval of the in-process indexer in ms; 0 means it does not run. */
export function indexerPollMs(env: Pick<Env, "INDEXER_POLL_MS">): number {
  return env.INDEXER_POLL_MS ?? DEFAULT_POLL_MS;
}
