import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuctionPanel } from "@/app/components/auction/auction-panel";
import { formatUtc } from "@/lib/market/format-time";
import { MarketUnavailable } from "@/app/components/auction/market-unavailable";
import { marketClientAbis } from "@/lib/market/client-abis";
import { formatEth, shortAddress } from "@/lib/market/format-amount";
import { auctionIdSchema, getAuction } from "@/lib/market/get-auction";
import { getMarketChainInfo, getMarketPrisma } from "@/lib/market/get-market-context";
import { MarketError } from "@/lib/market/market-error";
import type { AuctionDetailResponse } from "@/lib/market/market-json";

// Reads the index on every request; the panel then polls for new bids.
export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `Auction ${(await params).id}` };
}

/** One auction: the work and its terms, and the live panel (countdown, bids, settle, withdraw). */
export default async function AuctionPage({ params }: { params: Params }) {
  const { id } = await params;
  if (!auctionIdSchema.safeParse(id).success) notFound();
  let data: AuctionDetailResponse;
  try {
    data = await getAuction({ prisma: await getMarketPrisma(), id });
  } catch (error) {
    if (error instanceof MarketError && error.code === "NOT_FOUND") notFound();
    return (
      <>
        <h1>Auction {id}</h1>
        <MarketUnavailable error={error} what="auction" />
      </>
    );
  }
  const chain = await getMarketChainInfo();
  const { auction } = data;
  const title = auction.work?.title ?? (auction.isArtwork ? `Work #${auction.tokenId}` : `Token #${auction.tokenId}`);

  return (
    <>
      <p className="breadcrumb">
        <Link href="/auctions">Auctions</Link> / Auction {auction.id}
      </p>
      <h1>{title}</h1>
      <div className="auction-layout">
        <div className="auction-work">
          {auction.work ? (
            <Link href={auction.work.url}>
              {/* eslint-disable-next-line @next/next/no-img-element -- served by our IPFS gateway route */}
              <img src={auction.work.imageUrl} alt={title} width={512} height={512} className="artwork" />
            </Link>
          ) : null}
          <dl className="facts">
            {auction.work ? (
              <div>
                <dt>Work</dt>
                <dd>
                  <Link href={auction.work.url}>#{auction.tokenId}: provenance and record</Link>
                </dd>
              </div>
            ) : (
              <div>
                <dt>Token</dt>
                <dd className="mono">
                  {auction.nft} #{auction.tokenId}
                </dd>
              </div>
            )}
            {auction.work ? (
              <div>
                <dt>Contributor</dt>
                <dd>
                  <Link href={`/profile/${auction.work.contributor}`} className="mono" title={auction.work.contributor}>
                    {shortAddress(auction.work.contributor)}
                  </Link>
                </dd>
              </div>
            ) : null}
            <div>
              <dt>Seller</dt>
              <dd>
                <Link href={`/profile/${auction.seller}`} className="mono" title={auction.seller}>
                  {shortAddress(auction.seller)}
                </Link>
              </dd>
            </div>
            <div>
              <dt>Sale</dt>
              <dd>{auction.primary ? "First sale: proceeds follow the work's split" : "Resale: the work's royalty goes to its split"}</dd>
            </div>
            <div>
              <dt>Reserve</dt>
              <dd>{formatEth(auction.reserve)}</dd>
            </div>
            <div>
              <dt>Listed</dt>
              <dd>
                {formatUtc(auction.createdAt)} (block {auction.createdBlock})
              </dd>
            </div>
          </dl>
        </div>
        <AuctionPanel
          initial={data}
          chain={chain === null ? null : { chainId: chain.chainId, auctionHouse: chain.auctionHouse }}
          abis={marketClientAbis()}
        />
      </div>
    </>
  );
}
