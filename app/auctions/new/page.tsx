import type { Metadata } from "next";
import Link from "next/link";
import { ListAuctionForm } from "@/app/components/auction/list-auction-form";
import { marketClientAbis } from "@/lib/market/client-abis";
import { getMarketChainInfo } from "@/lib/market/get-market-context";

export const metadata: Metadata = { title: "List a work" };
// The chain's contract addresses are read per request (the deployment may change).
export const dynamic = "force-dynamic";

/** Lists a work the connected wallet owns at a reserve auction. */
export default async function NewAuctionPage({ searchParams }: { searchParams: Promise<{ tokenId?: string | string[] }> }) {
  const chain = await getMarketChainInfo();
  const raw = (await searchParams).tokenId;
  const tokenId = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  return (
    <>
      <p className="breadcrumb">
        <Link href="/auctions">Auctions</Link> / List a work
      </p>
      <h1>List a work at auction</h1>
      <p className="lead">
        The token goes into the auction house&apos;s escrow until the auction is settled or you cancel it (possible only
        before the first bid). <Link href="/auctions/rules">How auctions work</Link>
      </p>
      {chain === null ? (
        <p className="notice bad" role="alert">
          The chain cannot be reached right now, so nothing can be listed. See <a href="/status">System status</a>.
        </p>
      ) : (
        <ListAuctionForm chain={chain} abis={marketClientAbis()} tokenId={/^\d+$/.test(tokenId) ? tokenId : ""} />
      )}
    </>
  );
}
