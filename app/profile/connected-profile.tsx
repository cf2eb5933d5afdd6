"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useWallet } from "../components/wallet/use-wallet";

/** Opens the connected (or signed-in) account's profile as soon as the wallet is known. */
export function ConnectedProfile() {
  const wallet = useWallet();
  const router = useRouter();
  const address = wallet.signedInAddress ?? wallet.address;
  useEffect(() => {
    if (address !== undefined) router.replace(`/profile/${address.toLowerCase()}`);
  }, [address, router]);
  if (address !== undefined) {
    return (
      <p role="status" className="muted">
        Opening the profile of {address}…
      </p>
    );
  }
  if (wallet.detecting || wallet.sessionLoading) return <p className="muted">Looking for your wallet…</p>;
  return <p className="muted">Sign in with your wallet (top right) to see your own profile, or look up any address below.</p>;
}
