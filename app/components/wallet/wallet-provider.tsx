"use client";

import { BrowserProvider, getAddress, type JsonRpcSigner } from "ethers";
import { SessionProvider, signIn as nextAuthSignIn, signOut as nextAuthSignOut, useSession } from "next-auth/react";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { SiweMessage } from "siwe";
import type { ServerChain } from "@/lib/auth/server-chain-of";
import { discoverWallets, type DiscoveredWallet, type Eip1193Provider } from "./discover-wallets";
import { WalletContext, type ChainStatus, type WalletState } from "./use-wallet";
import { UNRECOGNIZED_CHAIN, walletErrorCode } from "./wallet-errors";

/** Shown wherever a wallet is needed and the page has none. */
export const NO_WALLET_MESSAGE =
  "No wallet found — install one (e.g. MetaMask) or use a browser with an Ethereum wallet";

/** Statement of the sign-in message, shown by the wallet above the details. */
const SIGN_IN_STATEMENT = "Sign in to Colophon";

/** The signed message stops being accepted after this long; the server's nonce lives as long. */
const MESSAGE_LIFETIME_MS = 10 * 60 * 1000;

/** How long discovery waits for wallets before the page may say there is none. */
const DETECT_GRACE_MS = 400;

/** localStorage key of the wallet chosen on a past visit (its EIP-6963 rdns). */
const CHOSEN_WALLET_KEY = "colophon.wallet";

/** The words of a wrong-network notice, e.g. "Wrong network: switch to Colophon local (31337)". */
export function wrongNetworkMessage(chain: ServerChain): string {
  return `Wrong network: switch to ${chain.name} (${chain.chainId})`;
}

/** The JSON error body every Colophon route answers with, in words. */
async function errorOf(response: Response, what: string): Promise<Error> {
  const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  return new Error(body?.error?.message ?? `${what} failed (HTTP ${response.status})`);
}

async function fetchServerChain(): Promise<ServerChain> {
  const response = await fetch("/api/auth/chain", { cache: "no-store" });
  if (!response.ok) throw await errorOf(response, "Reading the server's chain");
  return (await response.json()) as ServerChain;
}

async function fetchNonce(): Promise<string> {
  const response = await fetch("/api/auth/nonce", { cache: "no-store" });
  if (!response.ok) throw await errorOf(response, "Starting the sign-in");
  return ((await response.json()) as { nonce: string }).nonce;
}

function firstAccount(accounts: unknown): string | undefined {
  return Array.isArray(accounts) && typeof accounts[0] === "string" ? getAddress(accounts[0]) : undefined;
}

function toChainId(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value !== "") return Number(BigInt(value));
  return undefined;
}

const hexChainId = (chainId: number) => `0x${chainId.toString(16)}`;

/**
 * Switches `provider` to `chain` (wallet_switchEthereumChain). A wallet that does not know
 * the chain answers 4902; the local chain is then added with its RPC URL
 * (wallet_addEthereumChain) and switched to. An external chain is never added from here:
 * its RPC URL is not handed out (it may hold an API key), so the person adds it.
 */
async function switchChain(provider: Eip1193Provider, chain: ServerChain): Promise<void> {
  const chainId = hexChainId(chain.chainId);
  try {
    await provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId }] });
  } catch (error) {
    if (walletErrorCode(error) !== UNRECOGNIZED_CHAIN) throw error;
    if (chain.rpcUrl === undefined) {
      throw new Error(`Add ${chain.name} (chain id ${chain.chainId}) to your wallet, then switch to it`);
    }
    await provider.request({
      method: "wallet_addEthereumChain",
      params: [
        {
          chainId,
          chainName: chain.name,
          rpcUrls: [chain.rpcUrl],
          nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
        },
      ],
    });
    // Most wallets switch to a chain they have just added; some only add it.
    await provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId }] });
  }
}

/**
 * The wallet and the session for everything under it: next-auth's SessionProvider and the
 * state {@link useWallet} reads. The root layout wraps every page in one.
 */
export function WalletProvider({ children }: { children: ReactNode }) {
  return (
    <SessionProvider>
      <WalletStateProvider>{children}</WalletStateProvider>
    </SessionProvider>
  );
}

function WalletStateProvider({ children }: { children: ReactNode }) {
  const { data: session, status: sessionStatus } = useSession();
  const [wallets, setWallets] = useState<DiscoveredWallet[]>([]);
  const [detecting, setDetecting] = useState(true);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [address, setAddress] = useState<string | undefined>(undefined);
  const [chainId, setChainId] = useState<number | undefined>(undefined);
  const [serverChain, setServerChain] = useState<ServerChain | undefined>(undefined);

  // Runs in the browser only (effects do not run on the server), so window is there.
  useEffect(() => {
    setChosen(window.localStorage.getItem(CHOSEN_WALLET_KEY) ?? undefined);
    const stop = discoverWallets(setWallets);
    const timer = window.setTimeout(() => setDetecting(false), DETECT_GRACE_MS);
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    // A failure is not shown here: signIn() loads it again and reports the error then.
    fetchServerChain().then(setServerChain, () => undefined);
  }, []);

  const wallet = useMemo(
    () => wallets.find((w) => w.id === chosen || (w.rdns !== undefined && w.rdns === chosen)) ?? wallets[0],
    [wallets, chosen],
  );

  // Follow the wallet's account and network. eth_accounts and eth_chainId never open the
  // wallet: a site the person connected before shows the account at once. Keyed on the
  // provider, not the entry: a wallet announcing itself again is the same wallet.
  const provider = wallet?.provider;
  useEffect(() => {
    setAddress(undefined);
    setChainId(undefined);
    if (provider === undefined) return;
    let live = true;
    provider
      .request({ method: "eth_accounts" })
      .then((accounts) => live && setAddress(firstAccount(accounts)))
      .catch(() => undefined);
    provider
      .request({ method: "eth_chainId" })
      .then((id) => live && setChainId(toChainId(id)))
      .catch(() => undefined);
    const onAccounts = (accounts: unknown) => setAddress(firstAccount(accounts));
    const onChain = (id: unknown) => setChainId(toChainId(id));
    provider.on?.("accountsChanged", onAccounts);
    provider.on?.("chainChanged", onChain);
    return () => {
      live = false;
      provider.removeListener?.("accountsChanged", onAccounts);
      provider.removeListener?.("chainChanged", onChain);
    };
  }, [provider]);

  const selectWallet = useCallback(
    (id: string) => {
      const picked = wallets.find((w) => w.id === id);
      if (picked === undefined) return;
      setChosen(picked.rdns ?? picked.id);
      if (picked.rdns !== undefined) window.localStorage.setItem(CHOSEN_WALLET_KEY, picked.rdns);
    },
    [wallets],
  );

  const requireWallet = useCallback((): DiscoveredWallet => {
    if (wallet === undefined) throw new Error(NO_WALLET_MESSAGE);
    return wallet;
  }, [wallet]);

  const loadServerChain = useCallback(async (): Promise<ServerChain> => {
    if (serverChain !== undefined) return serverChain;
    const loaded = await fetchServerChain();
    setServerChain(loaded);
    return loaded;
  }, [serverChain]);

  const connect = useCallback(async () => {
    // A fresh BrowserProvider each time: one that has seen the network change refuses to work.
    const browser = new BrowserProvider(requireWallet().provider);
    const signer = await browser.getSigner(); // eth_requestAccounts when not connected yet
    const connectedChainId = Number((await browser.getNetwork()).chainId);
    setAddress(signer.address);
    setChainId(connectedChainId);
    return { address: signer.address, chainId: connectedChainId };
  }, [requireWallet]);

  const ensureChain = useCallback(async () => {
    const chain = await loadServerChain();
    const { provider } = requireWallet();
    if (toChainId(await provider.request({ method: "eth_chainId" })) === chain.chainId) return;
    await switchChain(provider, chain);
    setChainId(toChainId(await provider.request({ method: "eth_chainId" })));
  }, [loadServerChain, requireWallet]);

  const getSigner = useCallback(async (): Promise<JsonRpcSigner> => {
    await connect();
    await ensureChain();
    return new BrowserProvider(requireWallet().provider).getSigner();
  }, [connect, ensureChain, requireWallet]);

  const signIn = useCallback(async () => {
    const chain = await loadServerChain();
    const browser = new BrowserProvider(requireWallet().provider);
    const signer = await browser.getSigner();
    const walletChainId = Number((await browser.getNetwork()).chainId);
    setAddress(signer.address);
    setChainId(walletChainId);
    if (walletChainId !== chain.chainId) throw new Error(wrongNetworkMessage(chain));

    const nonce = await fetchNonce();
    const now = new Date();
    const message = new SiweMessage({
      domain: window.location.host,
      address: signer.address,
      statement: SIGN_IN_STATEMENT,
      uri: window.location.origin,
      version: "1",
      chainId: chain.chainId,
      nonce,
      issuedAt: now.toISOString(),
      expirationTime: new Date(now.getTime() + MESSAGE_LIFETIME_MS).toISOString(),
    }).prepareMessage();
    const signature = await signer.signMessage(message); // personal_sign
    const result = await nextAuthSignIn("siwe", { message, signature, redirect: false });
    // next-auth passes the server's reason as `error` (see lib/auth/create-auth-options.ts).
    if (result === undefined || !result.ok) throw new Error(result?.error ?? "Sign-in failed");
  }, [loadServerChain, requireWallet]);

  const signOut = useCallback(async () => {
    await nextAuthSignOut({ redirect: false });
  }, []);

  const chainStatus: ChainStatus =
    serverChain === undefined || chainId === undefined || address === undefined
      ? "unknown"
      : chainId === serverChain.chainId
        ? "ok"
        : "wrong";

  const state: WalletState = {
    detecting,
    wallets,
    wallet,
    selectWallet,
    address,
    chainId,
    serverChain,
    chainStatus,
    signedInAddress: session?.address || undefined,
    sessionLoading: sessionStatus === "loading",
    connect,
    ensureChain,
    getSigner,
    signIn,
    signOut,
  };
  return <WalletContext.Provider value={state}>{children}</WalletContext.Provider>;
}
