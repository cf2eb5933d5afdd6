import { ZeroAddress } from "ethers";
import Link from "next/link";
import { AuctionPanel } from "@/app/components/auction/auction-panel";
import { MarketUnavailable } from "@/app/components/auction/market-unavailable";
import { AUCTION_STATE_WORDS } from "@/lib/market/auction-state";
import { marketClientAbis } from "@/lib/market/client-abis";
import { formatEth, shortAddress } from "@/lib/market/format-amount";
import { formatUtc } from "@/lib/market/format-time";
import { getMarketChainInfo, getMarketPrisma } from "@/lib/market/get-market-context";
import { readWorkMarket } from "@/lib/market/cached-reads";
import type { WorkMarket } from "@/lib/market/get-work-market";
import { ListWorkLink } from "./list-work-link";


/** A work's market: its running auction (live panel), or how its owner lists it; past auctions; owner history. */
export async function WorkMarketSection({ tokenId, owner }: { tokenId: string; owner: string }) {
  let market: WorkMarket;
  try {
    market = await readWorkMarket(await getMarketPrisma(), tokenId);
  } catch (error) {
    return <MarketUnavailable error={error} what="market of this work" />;
  }
  const chain = await getMarketChainInfo();
  const escrow = chain?.auctionHouse.toLowerCase();
  /** An owner as a link to their profile; the auction house is named, as it only holds a work in escrow. */
  const holder = (address: string) =>
    address === escrow ? (
      <span>Auction house (escrow)</span>
    ) : (
      <Link className="mono" href={`/profile/${address}`}>
        {shortAddress(address)}
      </Link>
    );
  return (
    <section aria-labelledby="market-heading" data-testid="work-market">
      <h2 id="market-heading">Auction</h2>
      {market.current !== null ? (
        <>
          <p>
            <Link href={market.current.auction.url} data-testid="auction-link">
              Auction {market.current.auction.id}
            </Link>{" "}
            · reserve {formatEth(market.current.auction.reserve)} · listed by{" "}
            <Link className="mono" href={`/profile/${market.current.auction.seller}`}>
              {shortAddress(market.current.auction.seller)}
            </Link>
          </p>
          <AuctionPanel
            initial={market.current}
            chain={chain === null ? null : { chainId: chain.chainId, auctionHouse: chain.auctionHouse }}
            abis={marketClientAbis()}
          />
        </>
      ) : (
        <ListWorkLink tokenId={tokenId} owner={owner} />
      )}
      {market.past.length > 0 ? (
        <>
          <h3>Earlier auctions</h3>
          <ul>
            {market.past.map((auction) => (
              <li key={auction.id}>
                <Link href={auction.url}>Auction {auction.id}</Link>: {AUCTION_STATE_WORDS[auction.state]}
                {auction.highestBid !== null ? `, highest bid ${formatEth(auction.highestBid)}` : ""}
                {auction.closedAt !== null ? ` (${formatUtc(auction.closedAt)})` : ""}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Owner history</h2>
      {market.owners.length === 0 ? (
        <p className="muted">The index has not reached this work&apos;s mint yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="stack" data-testid="owner-history">
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {market.owners.map((row) => (
                <tr key={`${row.txHash}-${row.blockNumber}-${row.to}`}>
                  <td data-label="From">{row.from === ZeroAddress ? "Minted" : holder(row.from)}</td>
                  <td data-label="To">{holder(row.to)}</td>
                  <td data-label="When">
                    {formatUtc(row.at)} (block {row.blockNumber})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
