"use client";

import type { JsonRpcSigner } from "ethers";
import { createContext, useContext } from "react";
import type { ServerChain } from "@/lib/auth/server-chain-of";
import type { DiscoveredWallet } from "./discover-wallets";

/** Where the wallet's network stands against the server's chain. */
export type ChainStatus =
  /** Not known yet: no wallet connected, or the server's chain not loaded. */
  | "unknown"
  /** The wallet is on the server's chain. */
  | "ok"
  /** The wallet is on another chain: call ensureChain(). */
  | "wrong";

/** What {@link useWallet} gives: the page's wallet, its account and chain, and the session. */
export interface WalletState {
  /** True until the page has looked for wallets (avoid showing "no wallet" too early). */
  detecting: boolean;
  /** Every wallet found (EIP-6963, or window.ethereum); empty when there is none. */
  wallets: DiscoveredWallet[];
  /** The wallet in use: the one chosen, the one chosen on a past visit, or the first. */
  wallet: DiscoveredWallet | undefined;
  /** Chooses the wallet to use (by DiscoveredWallet.id); remembered for the next visit. */
  selectWallet(id: string): void;
  /** Checksummed account the wallet shares with this site, once it has granted access. */
  address: string | undefined;
  /** The chain the wallet is on. */
  chainId: number | undefined;
  /** The chain the server works with (GET /api/auth/chain). */
  serverChain: ServerChain | undefined;
  chainStatus: ChainStatus;
  /** The address signed in to the server (the session), which may differ from `address`. */
  signedInAddress: string | undefined;
  /** Whether the session is still being read. */
  sessionLoading: boolean;
  /** Asks the wallet for access (eth_requestAccounts); resolves with the account and its chain. */
  connect(): Promise<{ address: string; chainId: number }>;
  /** Switches the wallet to the server's chain, adding the local chain to it when it lacks it. */
  ensureChain(): Promise<void>;
  /** A signer for the connected account on the server's chain (connects and switches first). */
  getSigner(): Promise<JsonRpcSigner>;
  /** Signs in with Ethereum: nonce, EIP-4361 message, personal_sign, next-auth. */
  signIn(): Promise<void>;
  /** Ends the session (the wallet stays connected). */
  signOut(): Promise<void>;
}

/** The context WalletProvider fills; read it through {@link useWallet}. */
export const WalletContext = createContext<WalletState | undefined>(undefined);

/**
 * The page's wallet and session, shared by every component under WalletProvider (the
 * root layout has one): the header's sign-in button and, e.g., the studio and mint pages
 * see the same account and chain.
 *
 * @throws Error when used outside WalletProvider.
 */
export function useWallet(): WalletState {
  const state = useContext(WalletContext);
  if (state === undefined) throw new Error("useWallet() needs a <WalletProvider> above it (app/layout.tsx has one)");
  return state;
}
