import { EventEmitter } from "node:events";
import { ProviderError } from "hardhat/internal/core/providers/errors";
import type { EIP1193Provider, RequestArguments } from "hardhat/types";
import type { ChainJournal, JournalHead } from "./chain-journal";
import { readChainHead, readTimeOffset } from "./read-chain-head";
import { transactionHashOfError } from "./replay-chain-journal";
import { transactionReplayParams } from "./transaction-replay-params";

/**
 * Requests that change chain state and replay deterministically. Each one the node
 * accepts is journaled before its response goes back.
 */
export const JOURNALED_METHODS: ReadonlySet<string> = new Set([
  "eth_sendTransaction",
  "eth_sendRawTransaction",
  "evm_mine",
  "hardhat_mine",
  "evm_increaseTime",
  "evm_setNextBlockTimestamp",
  "evm_snapshot",
  "evm_revert",
  "hardhat_setBalance",
  "hardhat_setCode",
  "hardhat_setNonce",
  "hardhat_setStorageAt",
  "hardhat_impersonateAccount",
  "hardhat_stopImpersonatingAccount",
  "hardhat_setCoinbase",
  "hardhat_setPrevRandao",
  "hardhat_setNextBlockBaseFeePerGas",
  "hardhat_setMinGasPrice",
  "evm_setBlockGasLimit",
]);

/**
 * hardhat_* and evm_* methods that change nothing a restart must keep. Every other
 * hardhat_* or evm_* method is refused: an unknown one might change state that the journal
 * would then silently lose.
 */
const PASS_THROUGH_NODE_METHODS: ReadonlySet<string> = new Set([
  "hardhat_metadata",
  "hardhat_getAutomine",
  "hardhat_getStackTraceFailuresCount",
  "hardhat_addCompilationResult",
  "hardhat_setLoggingEnabled",
]);

/** Why a refused method cannot be kept across restarts, told to the caller. */
const REFUSAL_REASONS: Readonly<Record<string, string>> = {
  hardhat_reset:
    "the local chain keeps its state across restarts; stop the node and move <dataDir>/chain away to start a fresh chain",
  evm_setAutomine:
    "the persistent local chain always automines (one block per transaction) so that every block comes from a journaled request",
  evm_setIntervalMining:
    "interval mining seals blocks outside any request, which the journal cannot record",
  hardhat_dropTransaction:
    "with automine on the mempool is always empty, so there is nothing to drop",
  hardhat_dropAllTransactions:
    "with automine on the mempool is always empty, so there is nothing to drop",
};

/** JSON-RPC code for "method not supported" (EIP-1474). */
const METHOD_NOT_SUPPORTED_CODE = -32004;
/** JSON-RPC code for an internal error (JSON-RPC 2.0). */
const INTERNAL_ERROR_CODE = -32603;

export type JournaledProvider = EIP1193Provider & {
  /** Lets requests through; until then they wait (the node is replaying its journal). */
  open(head: JournalHead): void;
  /** Fails every waiting and later request with this error (replay failed). */
  fail(error: Error): void;
  /** Waits for the request being journaled, then refuses new requests. */
  close(): Promise<void>;
  /** Head after the last journaled request. */
  readonly head: JournalHead | undefined;
};

export type CreateJournaledProviderParameters = {
  /** The in-memory Hardhat Network. */
  inner: EIP1193Provider;
  journal: ChainJournal;
};

/**
 * Wraps Hardhat Network so that every state-changing request it accepts is appended to the
 * journal and fsync'ed before the caller sees the response.
 *
 * State-changing requests run one at a time (a batch keeps its order); reads wait for the
 * one in flight, so no client can observe state that a crash could still lose. A request
 * that fails without changing the chain is not journaled; one that fails but sealed a
 * block (a reverted transaction) is, with its outcome, so replay can expect the revert.
 * If the journal cannot be written the chain has moved past its journal, so the provider
 * refuses everything from then on rather than diverge.
 */
export function createJournaledProvider({
  inner,
  journal,
}: CreateJournaledProviderParameters): JournaledProvider {
  return new JournaledProviderImpl(inner, journal);
}

class JournaledProviderImpl extends EventEmitter implements JournaledProvider {
  private _head: JournalHead | undefined;
  private _fatal: Error | undefined;
  private _closed = false;
  private readonly _ready: Promise<void>;
  private _resolveReady!: () => void;
  private _rejectReady!: (error: Error) => void;
  /** Settles when the last queued state-changing request has been journaled. */
  private _tail: Promise<unknown>;

  constructor(
    private readonly _inner: EIP1193Provider,
    private readonly _journal: ChainJournal,
  ) {
    super();
    this._ready = new Promise<void>((resolve, reject) => {
      this._resolveReady = resolve;
      this._rejectReady = reject;
    });
    // Nobody may be waiting when replay fails; that must not become an unhandled rejection.
    this._ready.catch(() => undefined);
    this._tail = this._ready;
    // Subscriptions (eth_subscribe over WebSocket) are answered by the inner provider.
    for (const event of ["notification", "message"]) {
      this._inner.on(event, (payload: unknown) => this.emit(event, payload));
    }
  }

  get head(): JournalHead | undefined {
    return this._head;
  }

  open(head: JournalHead): void {
    this._head = head;
    this._resolveReady();
  }

  fail(error: Error): void {
    this._fatal = error;
    this._rejectReady(error);
  }

  async close(): Promise<void> {
    this._closed = true;
    await this._tail.catch(() => undefined);
  }

  request(args: RequestArguments): Promise<unknown> {
    // Hardhat's WebSocket handler unsubscribes on every socket close without catching, so
    // a rejection here (node stopping, journal failed) would crash the process. Dropping a
    // subscription changes no chain state; it always goes straight through.
    if (args.method === "eth_unsubscribe") return this._inner.request(args).catch(() => false);
    const refusal = this._refusal(args.method);
    if (refusal !== undefined) return Promise.reject(refusal);
    const journaled = JOURNALED_METHODS.has(args.method);
    // Queue synchronously, before any await, so requests of one batch keep their order.
    const run = this._tail.then(() => {
      if (this._fatal !== undefined) throw this._fatal;
      return journaled ? this._journaled(args) : this._inner.request(args);
    });
    if (journaled) this._tail = run.catch(() => undefined);
    return run;
  }

  private _refusal(method: string): ProviderError | undefined {
    if (this._closed) {
      return new ProviderError("The local chain node is shutting down", INTERNAL_ERROR_CODE);
    }
    const reason = REFUSAL_REASONS[method];
    if (reason !== undefined) {
      return new ProviderError(`${method} is not supported by the local chain: ${reason}`, METHOD_NOT_SUPPORTED_CODE);
    }
    const isNodeMethod = method.startsWith("hardhat_") || method.startsWith("evm_");
    if (isNodeMethod && !JOURNALED_METHODS.has(method) && !PASS_THROUGH_NODE_METHODS.has(method)) {
      return new ProviderError(
        `${method} is not supported by the local chain: it keeps state across restarts by journaling requests, and this one is not known to be replayable`,
        METHOD_NOT_SUPPORTED_CODE,
      );
    }
    return undefined;
  }

  private async _journaled(args: RequestArguments): Promise<unknown> {
    const params = Array.isArray(args.params) ? (args.params as unknown[]) : [];
    const before = this._head!;
    const at = new Date().toISOString();

    let result: unknown;
    let error: unknown;
    let failed = false;
    try {
      // The caller's request as it came: Hardhat itself rejects malformed params, and a
      // rejection that leaves the head alone is not journaled.
      result = await this._inner.request(args);
    } catch (caught) {
      failed = true;
      error = caught;
    }

    try {
      const head = await readChainHead(this._inner);
      // A failure that left the chain as it was (bad nonce, invalid params) is not state.
      if (failed && head.hash === before.hash) throw error;
      await this._record({ args, params, at, before, head, failed, result, error });
      this._head = head;
    } catch (recordError) {
      if (recordError === error) throw error;
      // The chain moved but its journal did not: every later entry would replay against
      // the wrong state, so stop here and say so.
      this._fatal = new ProviderError(
        `JOURNAL_WRITE_FAILED: the local chain could not journal ${args.method} (${errorMessage(recordError)}); it refuses requests until restarted, and that request is not kept`,
        INTERNAL_ERROR_CODE,
      );
      throw this._fatal;
    }
    if (failed) throw error;
    return result;
  }

  private async _record({
    args,
    params,
    at,
    before,
    head,
    failed,
    result,
    error,
  }: {
    args: RequestArguments;
    params: unknown[];
    at: string;
    before: JournalHead;
    head: JournalHead;
    failed: boolean;
    result: unknown;
    error: unknown;
  }): Promise<void> {
    const blocksMined =
      args.method !== "evm_revert" && head.hash !== before.hash && head.number > before.number
        ? head.number - before.number
        : 0;
    const firstBlockTimestamp =
      blocksMined === 0
        ? undefined
        : blocksMined === 1
          ? head.timestamp
          : (await readChainHead(this._inner, `0x${(before.number + 1).toString(16)}`)).timestamp;
    const txHash = sentTransactionHash(args.method, failed ? transactionHashOfError(error) : result);
    const replayParams =
      args.method === "eth_sendTransaction" && txHash !== undefined
        ? await transactionReplayParams(this._inner, txHash, params)
        : params;
    const timeOffset = await readTimeOffset(this._inner);
    await this._journal.append({
      at,
      method: args.method,
      params: replayParams,
      outcome: failed ? "error" : "ok",
      ...(failed ? { error: errorMessage(error) } : { result }),
      ...(txHash === undefined ? {} : { txHash }),
      blocksMined,
      ...(firstBlockTimestamp === undefined ? {} : { firstBlockTimestamp }),
      head,
      timeOffset,
    });
  }
}

function sentTransactionHash(method: string, value: unknown): string | undefined {
  if (method !== "eth_sendTransaction" && method !== "eth_sendRawTransaction") return undefined;
  return typeof value === "string" ? value.toLowerCase() : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
