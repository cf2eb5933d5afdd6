"use client";

import Link from "next/link";
import { useWallet } from "@/app/components/wallet/use-wallet";

/** "List at auction" for the work's owner when their wallet is connected; a plain line for everyone else. */
export function ListWorkLink({ tokenId, owner }: { tokenId: string; owner: string }) {
  const { address } = useWallet();
  if (address?.toLowerCase() !== owner.toLowerCase()) {
    return <p className="muted">Not at auction now. Its owner can list it.</p>;
  }
  return (
    <p>
      You own this work.{" "}
      <Link className="button primary" href={`/auctions/new?tokenId=${tokenId}`} data-testid="list-work">
        List at auction
      </Link>
    </p>
  );
}
