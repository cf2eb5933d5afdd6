"use client";

import { useState } from "react";
import { useWallet } from "./use-wallet";
import { NO_WALLET_MESSAGE, wrongNetworkMessage } from "./wallet-provider";
import { walletErrorMessage } from "./wallet-errors";

/** 0x1234…abcd: enough to recognise an account; the full address is in the title. */
function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}

/**
 * The header's sign-in control. Signed in: the short address and Sign out. Otherwise:
 * Sign in with wallet (a chooser first when the page has several wallets), which connects,
 * checks the network, and signs an EIP-4361 message. Says so plainly when there is no
 * wallet, and offers a one-click switch when the wallet is on another network.
 */
export function WalletButton() {
  const wallet = useWallet();
  const [busy, setBusy] = useState<"signIn" | "switch" | "signOut" | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  // Set when a sign-in stopped at the wrong network, so switching carries on with it.
  const [signInAfterSwitch, setSignInAfterSwitch] = useState(false);

  async function run(kind: "signIn" | "switch" | "signOut", action: () => Promise<void>) {
    setBusy(kind);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(walletErrorMessage(e));
    } finally {
      setBusy(undefined);
    }
  }

  const onSignIn = () =>
    run("signIn", async () => {
      const { chainId } = await wallet.connect();
      const chain = wallet.serverChain;
      if (chain !== undefined && chainId !== chain.chainId) {
        // The notice below shows, with its switch button; signing now would be refused.
        setSignInAfterSwitch(true);
        return;
      }
      await wallet.signIn();
    });

  const onSwitch = () =>
    run("switch", async () => {
      await wallet.ensureChain();
      if (signInAfterSwitch && wallet.signedInAddress === undefined) {
        setSignInAfterSwitch(false);
        await wallet.signIn();
      }
    });

  const onSignOut = () => run("signOut", () => wallet.signOut());

  if (wallet.detecting || wallet.sessionLoading) {
    return (
      <span className="wallet" aria-busy="true">
        <span className="wallet-placeholder muted">Wallet…</span>
      </span>
    );
  }

  const wrongNetwork =
    wallet.chainStatus === "wrong" && wallet.serverChain !== undefined ? (
      <span className="wallet-notice" role="status">
        {wrongNetworkMessage(wallet.serverChain)}{" "}
        <button type="button" className="button small" onClick={onSwitch} disabled={busy !== undefined}>
          {busy === "switch" ? "Switching…" : "Switch network"}
        </button>
      </span>
    ) : null;
  const errorLine =
    error !== undefined ? (
      <span className="wallet-error" role="alert">
        {error}
      </span>
    ) : null;

  if (wallet.signedInAddress !== undefined) {
    return (
      <span className="wallet">
        <span className="wallet-address mono" title={wallet.signedInAddress}>
          {shortAddress(wallet.signedInAddress)}
        </span>
        <button type="button" className="button small" onClick={onSignOut} disabled={busy !== undefined}>
          {busy === "signOut" ? "Signing out…" : "Sign out"}
        </button>
        {wrongNetwork}
        {errorLine}
      </span>
    );
  }

  if (wallet.wallets.length === 0) {
    return (
      <span className="wallet">
        <span className="wallet-notice" role="status">
          {NO_WALLET_MESSAGE}
        </span>
      </span>
    );
  }

  return (
    <span className="wallet">
      {wallet.wallets.length > 1 ? (
        <select
          className="wallet-select"
          aria-label="Wallet"
          value={wallet.wallet?.id}
          onChange={(event) => wallet.selectWallet(event.target.value)}
          disabled={busy !== undefined}
        >
          {wallet.wallets.map((w) => (
            <option key={w.id} value={w.id}>
              {w.name}
            </option>
          ))}
        </select>
      ) : null}
      <button type="button" className="button small primary" onClick={onSignIn} disabled={busy !== undefined}>
        {busy === "signIn" ? "Check your wallet…" : "Sign in with wallet"}
      </button>
      {wrongNetwork}
      {errorLine}
    </span>
  );
}
