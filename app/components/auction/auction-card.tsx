import Link from "next/link";
import { formatEth, shortAddress } from "@/lib/market/format-amount";
import { AUCTION_STATE_WORDS } from "@/lib/market/auction-state";
import type { AuctionJson } from "@/lib/market/market-json";
import { formatUtc } from "@/lib/market/format-time";
import { Countdown } from "./countdown";

/** An auction in a grid: the work, its state and countdown, the bid to beat. */
export function AuctionCard({ auction, now }: { auction: AuctionJson; now: string }) {
  const title = auction.work?.title ?? (auction.isArtwork ? `Work #${auction.tokenId}` : `Token #${auction.tokenId}`);
  return (
    <li className="card">
      <Link href={auction.url} className="card-link" aria-label={`Auction ${auction.id}: ${title}`}>
        {auction.work ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our IPFS gateway route
          <img src={auction.work.imageUrl} alt="" loading="lazy" width={512} height={512} />
        ) : (
          <span className="card-placeholder" aria-hidden="true">
            #{auction.tokenId}
          </span>
        )}
        <span className="card-title">{title}</span>
      </Link>
      <p className="card-meta small">
        <span className={`badge state-${auction.state}`}>{AUCTION_STATE_WORDS[auction.state]}</span>{" "}
        {auction.state === "live" && auction.endTime !== null ? <Countdown endTime={auction.endTime} serverNow={now} /> : null}
        {auction.state === "ended" && auction.endTime !== null ? <span className="muted">{formatUtc(auction.endTime)}</span> : null}
      </p>
      <p className="card-meta small">
        {auction.highestBid === null ? (
          <>Reserve {formatEth(auction.reserve)}</>
        ) : (
          <>
            {auction.state === "settled" ? "Sold for" : "Bid"} {formatEth(auction.highestBid)}
            <span className="muted"> · {auction.bidCount} {auction.bidCount === 1 ? "bid" : "bids"}</span>
          </>
        )}
        <br />
        <span className="muted">Seller {shortAddress(auction.seller)}</span>
      </p>
    </li>
  );
}
