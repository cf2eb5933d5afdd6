"use client";

import type { Interface, JsonRpcSigner, TransactionReceipt, TransactionResponse } from "ethers";
import { useCallback, useState } from "react";
import { decodeRevert } from "@/lib/market/decode-revert";
import { describeAuctionRevert } from "@/lib/market/describe-auction-revert";
import { useWallet } from "../wallet/use-wallet";
import { walletErrorMessage } from "../wallet/wallet-errors";

/** Where a transaction the person sends is. */
export type TxPhase =
  /** Nothing sent. */
  | "idle"
  /** Waiting for the person to confirm in the wallet. */
  | "wallet"
  /** Sent; waiting to be mined. */
  | "pending"
  /** Mined; the page waits for the index to show it. */
  | "confirmed"
  /** The index shows it. */
  | "indexed"
  /** Refused by the wallet, the contract or the network. */
  | "failed";

/** A transaction's progress, as {@link TxProgress} shows it. */
export interface TxState {
  phase: TxPhase;
  /** What it does, e.g. "Bid 0.1 ETH". */
  label?: string;
  hash?: string;
  /** Block it was mined in. */
  block?: number;
  /** Why it failed, in words. */
  error?: string;
}

/**
 * Why a transaction failed, in words: the contract's custom error decoded with `iface` and
 * described, else the wallet's reason (declined, a request already waiting...).
 */
export function describeTxError(error: unknown, iface: Interface): string {
  const revert = decodeRevert(error, iface);
  if (revert !== null) return describeAuctionRevert(revert.name, revert.args);
  return walletErrorMessage(error);
}

/**
 * Sends transactions from the connected wallet and tracks them: confirm in wallet, sent,
 * mined (then `markIndexed` once the page's data shows the block), or failed with the
 * revert decoded into words with `iface`.
 */
export function useSendTransaction(iface: Interface) {
  const { getSigner } = useWallet();
  const [state, setState] = useState<TxState>({ phase: "idle" });

  const send = useCallback(
    async (label: string, run: (signer: JsonRpcSigner) => Promise<TransactionResponse>): Promise<TransactionReceipt | null> => {
      setState({ phase: "wallet", label });
      try {
        const signer = await getSigner();
        const tx = await run(signer);
        setState({ phase: "pending", label, hash: tx.hash });
        const receipt = await tx.wait();
        if (receipt === null || receipt.status !== 1) throw new Error("The transaction was mined but reverted");
        setState({ phase: "confirmed", label, hash: tx.hash, block: receipt.blockNumber });
        return receipt;
      } catch (error) {
        setState((previous) => ({ phase: "failed", label, hash: previous.hash, error: describeTxError(error, iface) }));
        return null;
      }
    },
    [getSigner, iface],
  );

  /** Marks a confirmed transaction as shown by the index once `indexedBlock` reached its block. */
  const markIndexed = useCallback((indexedBlock: number | null) => {
    setState((previous) =>
      previous.phase === "confirmed" && indexedBlock !== null && previous.block !== undefined && indexedBlock >= previous.block
        ? { ...previous, phase: "indexed" }
        : previous,
    );
  }, []);

  const reset = useCallback(() => setState({ phase: "idle" }), []);
  const busy = state.phase === "wallet" || state.phase === "pending";
  return { state, send, markIndexed, reset, busy };
}
