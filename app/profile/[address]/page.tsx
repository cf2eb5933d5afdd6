import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuctionCard } from "@/app/components/auction/auction-card";
import { formatUtc } from "@/lib/market/format-time";
import { MarketUnavailable } from "@/app/components/auction/market-unavailable";
import { SplitterWithdrawButton, WithdrawCreditButton } from "@/app/components/auction/withdraw-buttons";
import { WorkCard } from "@/app/components/auction/work-card";
import { marketClientAbis } from "@/lib/market/client-abis";
import { formatEth, shortAddress } from "@/lib/market/format-amount";
import { accountSchema } from "@/lib/market/get-auction";
import { getMarketChainInfo, getMarketPrisma } from "@/lib/market/get-market-context";
import { getProfile, type ProfileJson } from "@/lib/market/get-profile";

// Reads the index on every request.
export const dynamic = "force-dynamic";

type Params = Promise<{ address: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { address } = await params;
  return { title: `Profile ${shortAddress(address)}` };
}

const STANDING_WORDS = { leading: "Leading", won: "Won", outbid: "Outbid", refunded: "Won, refunded (not delivered)" } as const;

/** An account's works, auctions, bids and what it can withdraw, from the index. */
export default async function AccountProfilePage({ params }: { params: Params }) {
  const parsed = accountSchema.safeParse((await params).address);
  if (!parsed.success) notFound();
  const address = parsed.data;
  let profile: ProfileJson;
  try {
    profile = await getProfile(await getMarketPrisma(), address);
  } catch (error) {
    return (
      <>
        <h1>Profile</h1>
        <MarketUnavailable error={error} what="profile" />
      </>
    );
  }
  const chain = await getMarketChainInfo();
  const abis = marketClientAbis();
  const { withdrawable } = profile;

  return (
    <>
      <h1>Profile</h1>
      <p className="lead mono">{address}</p>
      <nav className="section-nav" aria-label="Sections">
        <a href="#withdraw">Withdraw</a> <a href="#listed">Listed</a> <a href="#bids">Bids</a> <a href="#owned">Owned</a>{" "}
        <a href="#created">Created</a>
      </nav>

      <section aria-labelledby="withdraw">
        <h2 id="withdraw">What can be withdrawn</h2>
        {BigInt(withdrawable.total) === 0n ? (
          <p className="muted">Nothing to withdraw.</p>
        ) : (
          <p>
            <strong>{formatEth(withdrawable.total)}</strong> in all.
          </p>
        )}
        <div className="table-wrap">
          <table className="stack market-table">
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Amount</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Auction house credit (refunds and payments that could not be sent)</th>
                <td data-label="Amount">{formatEth(withdrawable.auctionHouse)}</td>
                <td>
                  {BigInt(withdrawable.auctionHouse) > 0n && chain !== null ? (
                    <WithdrawCreditButton auctionHouse={chain.auctionHouse} abi={abis.auctionHouse} amount={withdrawable.auctionHouse} account={address} />
                  ) : null}
                </td>
              </tr>
              {withdrawable.splitters.map((s) => (
                <tr key={s.splitter}>
                  <th scope="row">
                    Split of {s.tokenIds.length === 1 ? "work" : "works"}{" "}
                    {s.tokenIds.map((id, i) => (
                      <span key={id}>
                        {i > 0 ? ", " : ""}
                        <Link href={`/works/${id}`}>#{id}</Link>
                      </span>
                    ))}{" "}
                    <span className="muted">
                      ({s.role}, {s.bps / 100}%)
                    </span>
                  </th>
                  <td data-label="Amount">{formatEth(s.owed)}</td>
                  <td>
                    {BigInt(s.owed) > 0n && chain !== null ? (
                      <SplitterWithdrawButton splitter={s.splitter} abi={abis.royaltySplitter} amount={s.owed} account={address} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {profile.payouts.length > 0 ? (
          <details>
            <summary>Paid out from splits ({profile.payouts.length})</summary>
            <ul className="list">
              {profile.payouts.map((p) => (
                <li key={`${p.txHash}:${p.splitter}`}>
                  {formatEth(p.amount)} on {formatUtc(p.paidAt)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="listed">
        <h2 id="listed">Listed ({profile.listed.length})</h2>
        {profile.listed.length === 0 ? (
          <p className="muted">No open auctions.</p>
        ) : (
          <ul className="cards">
            {profile.listed.map((a) => (
              <AuctionCard key={a.id} auction={a} now={profile.clock.now} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="bids">
        <h2 id="bids">Bids ({profile.bids.length})</h2>
        {profile.bids.length === 0 ? (
          <p className="muted">No bids.</p>
        ) : (
          <div className="table-wrap">
            <table className="stack market-table">
              <thead>
                <tr>
                  <th scope="col">Auction</th>
                  <th scope="col">Highest own bid</th>
                  <th scope="col">Standing</th>
                  <th scope="col">Current bid</th>
                </tr>
              </thead>
              <tbody>
                {profile.bids.map((b) => (
                  <tr key={b.auction.id}>
                    <th scope="row">
                      <Link href={b.auction.url}>
                        Auction {b.auction.id}
                        {b.auction.work?.title ? `: ${b.auction.work.title}` : ""}
                      </Link>
                    </th>
                    <td data-label="Highest own bid">
                      {formatEth(b.myHighestBid)}
                      {b.myBidCount > 1 ? <span className="muted"> ({b.myBidCount} bids)</span> : null}
                    </td>
                    <td data-label="Standing">{STANDING_WORDS[b.standing]}</td>
                    <td data-label="Current bid">{b.auction.highestBid === null ? "—" : formatEth(b.auction.highestBid)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="owned">
        <h2 id="owned">Owned ({profile.owned.length})</h2>
        {profile.owned.length === 0 ? (
          <p className="muted">No works held{profile.listed.length > 0 ? " outside auctions" : ""}.</p>
        ) : (
          <ul className="cards">
            {profile.owned.map((w) => (
              <WorkCard key={w.tokenId} work={w} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="created">
        <h2 id="created">Created ({profile.created.length})</h2>
        {profile.created.length === 0 ? (
          <p className="muted">No works minted as contributor.</p>
        ) : (
          <ul className="cards">
            {profile.created.map((w) => (
              <WorkCard key={w.tokenId} work={w} />
            ))}
          </ul>
        )}
      </section>
      <p className="muted small">As of block {profile.clock.block ?? "—"}.</p>
    </>
  );
}
