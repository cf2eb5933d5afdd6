"use client";

import { Contract, Interface, type InterfaceAbi } from "ethers";
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { AUCTION_STATE_WORDS } from "@/lib/market/auction-state";
import type { MarketClientAbis } from "@/lib/market/client-abis";
import { formatEth, parseEthInput, shortAddress } from "@/lib/market/format-amount";
import type { AuctionDetailResponse } from "@/lib/market/market-json";
import { useWallet } from "../wallet/use-wallet";
import { formatUtc } from "@/lib/market/format-time";
import { Countdown } from "./countdown";
import { TxProgress } from "./tx-progress";
import { useSendTransaction } from "./use-send-transaction";

/** How often the panel asks for the auction again, in ms (new bids appear without reload). */
export const AUCTION_POLL_MS = 3_000;

/** The panel says what an ended auction waits for. */
const STATE_WORDS = { ...AUCTION_STATE_WORDS, ended: "Ended: awaiting settlement" };

export interface AuctionPanelProps {
  /** The auction as the server rendered it. */
  initial: AuctionDetailResponse;
  /** Where to send transactions; null when the server cannot reach the chain (read-only). */
  chain: { chainId: number; auctionHouse: string } | null;
  abis: MarketClientAbis;
}

/**
 * The live part of an auction page: state and countdown, the bid form (with the minimum
 * bid), settle and withdraw buttons, the progress of a sent transaction, and the bid
 * history. It polls GET /api/auctions/:id every few seconds while the page is visible, so
 * bids from anyone appear without a reload; contract reverts are shown in words.
 */
export function AuctionPanel({ initial, chain, abis }: AuctionPanelProps) {
  const wallet = useWallet();
  const [data, setData] = useState(initial);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState("");
  const houseInterface = useMemo(() => new Interface(abis.auctionHouse as InterfaceAbi), [abis.auctionHouse]);
  const tx = useSendTransaction(houseInterface);
  const { markIndexed } = tx;
  const auction = data.auction;
  const account = wallet.address?.toLowerCase();
  const lastBidCount = useRef(initial.auction.bidCount);

  const refresh = useCallback(async () => {
    try {
      const query = account === undefined ? "" : `?account=${account}`;
      const response = await fetch(`/api/auctions/${initial.auction.id}${query}`, { cache: "no-store" });
      const body = (await response.json()) as AuctionDetailResponse & { error?: { message: string } };
      if (!response.ok) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
      setData(body);
      setLoadError(undefined);
      markIndexed(body.clock.block);
      if (body.auction.bidCount > lastBidCount.current && body.auction.highestBid !== null) {
        setAnnouncement(`New highest bid: ${formatEth(body.auction.highestBid)} by ${shortAddress(body.auction.highestBidder ?? "")}`);
      }
      lastBidCount.current = body.auction.bidCount;
    } catch (error) {
      setLoadError(`Could not refresh the auction: ${(error as Error).message}`);
    }
  }, [account, initial.auction.id, markIndexed]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, AUCTION_POLL_MS);
    const onVisible = () => document.visibilityState === "visible" && void refresh();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh]);

  const house = useCallback(
    (signer: Parameters<Parameters<typeof tx.send>[1]>[0]) => new Contract(chain!.auctionHouse, houseInterface, signer),
    [chain, houseInterface],
  );

  const minimum = auction.minimumBid === null ? null : BigInt(auction.minimumBid);
  const [bidText, setBidText] = useState(() => (minimum === null ? "" : trimEth(minimum)));
  // The field follows the minimum as others bid, until the person types an amount of their own.
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    if (!edited && minimum !== null) setBidText(trimEth(minimum));
  }, [edited, auction.minimumBid]); // eslint-disable-line react-hooks/exhaustive-deps
  const [bidError, setBidError] = useState<string | undefined>(undefined);
  const isSeller = account !== undefined && account === auction.seller;
  const credit = data.account !== null && data.account.address === account ? BigInt(data.account.credit) : 0n;

  async function onBid(event: FormEvent) {
    event.preventDefault();
    const value = parseEthInput(bidText);
    if (value === null) return setBidError("Enter an amount in ETH, e.g. 0.25");
    if (minimum !== null && value < minimum) return setBidError(`Bid at least ${formatEth(minimum)}`);
    setBidError(undefined);
    const receipt = await tx.send(`Bid ${formatEth(value)}`, async (signer) => house(signer).getFunction("placeBid")(auction.id, { value }));
    if (receipt !== null) {
      setEdited(false);
      void refresh();
    }
  }

  const onSettle = async () => {
    if ((await tx.send("Settle the auction", async (signer) => house(signer).getFunction("settle")(auction.id))) !== null) void refresh();
  };
  const onWithdraw = async () => {
    if ((await tx.send(`Withdraw ${formatEth(credit)}`, async (signer) => house(signer).getFunction("withdraw")())) !== null) void refresh();
  };

  const canBid = auction.state === "open" || auction.state === "live";
  const noWallet = !wallet.detecting && wallet.wallet === undefined;

  return (
    <section className="panel auction-panel" aria-labelledby="auction-panel-heading">
      <h2 id="auction-panel-heading" className="panel-heading">
        <span className={`badge state-${auction.state}`}>{STATE_WORDS[auction.state]}</span>
        {auction.state === "live" && auction.endTime !== null ? (
          <Countdown endTime={auction.endTime} serverNow={data.clock.now} onEnd={() => void refresh()} />
        ) : null}
      </h2>

      <dl className="facts">
        <div>
          <dt>{auction.highestBid === null ? "Reserve" : "Highest bid"}</dt>
          <dd className="amount">{formatEth(auction.highestBid ?? auction.reserve)}</dd>
        </div>
        {auction.highestBidder !== null ? (
          <div>
            <dt>{auction.state === "settled" ? "Winner" : "Leading"}</dt>
            <dd>
              <a href={`/profile/${auction.highestBidder}`} className="mono" title={auction.highestBidder}>
                {auction.highestBidder === account ? "you" : shortAddress(auction.highestBidder)}
              </a>
            </dd>
          </div>
        ) : null}
        {auction.endTime !== null ? (
          <div>
            <dt>{auction.state === "live" ? "Ends" : "Ended"}</dt>
            <dd>{formatUtc(auction.endTime)}</dd>
          </div>
        ) : (
          <div>
            <dt>Countdown</dt>
            <dd>{Math.round(auction.duration / 60)} minutes from the first bid at or above the reserve</dd>
          </div>
        )}
      </dl>

      {canBid && chain !== null ? (
        <form className="bid-form" onSubmit={onBid} noValidate>
          <label htmlFor="bid-amount">Your bid (ETH)</label>
          <div className="bid-row">
            <input
              id="bid-amount"
              name="amount"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={bidText}
              onChange={(e) => {
                setEdited(true);
                setBidText(e.target.value);
              }}
              aria-describedby="bid-hint bid-error"
              aria-invalid={bidError !== undefined}
              disabled={tx.busy || isSeller}
            />
            <button type="submit" className="button primary" disabled={tx.busy || isSeller || noWallet}>
              {tx.busy && tx.state.label?.startsWith("Bid") ? "Bidding…" : "Place bid"}
            </button>
          </div>
          <p id="bid-hint" className="muted small">
            {minimum === null ? null : `Minimum bid: ${formatEth(minimum)}. `}
            {isSeller
              ? "You are the seller, so you cannot bid."
              : noWallet
                ? "Install or unlock a wallet to bid."
                : "Outbid bids are refunded automatically; a refund that cannot be sent becomes credit you can withdraw."}
          </p>
          <p id="bid-error" className="field-error" role={bidError ? "alert" : undefined}>
            {bidError ?? ""}
          </p>
        </form>
      ) : null}
      {canBid && chain === null ? <p className="muted">The chain cannot be reached right now: bidding is unavailable.</p> : null}

      <div className="actions">
        {auction.state === "ended" && chain !== null ? (
          <button type="button" className="button primary" onClick={onSettle} disabled={tx.busy || noWallet}>
            Settle auction
          </button>
        ) : null}
        {credit > 0n && chain !== null ? (
          <button type="button" className="button" onClick={onWithdraw} disabled={tx.busy}>
            Withdraw {formatEth(credit)} credit
          </button>
        ) : null}
      </div>

      <TxProgress state={tx.state} />
      {loadError ? (
        <p className="field-error" role="status">
          {loadError}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      {data.auction.settlement !== null ? <SettlementFacts settlement={data.auction.settlement} /> : null}

      <h3>Bid history</h3>
      {auction.bids.length === 0 ? (
        <p className="muted">No bids yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="stack bids">
            <thead>
              <tr>
                <th scope="col">Bidder</th>
                <th scope="col">Amount</th>
                <th scope="col">Placed</th>
                <th scope="col">Block</th>
              </tr>
            </thead>
            <tbody>
              {auction.bids.map((bid) => (
                <tr key={`${bid.txHash}:${bid.logIndex}`}>
                  <td data-label="Bidder">
                    <a href={`/profile/${bid.bidder}`} className="mono" title={bid.bidder}>
                      {bid.bidder === account ? "you" : shortAddress(bid.bidder)}
                    </a>
                  </td>
                  <td data-label="Amount">{formatEth(bid.amount)}</td>
                  <td data-label="Placed">
                    {formatUtc(bid.placedAt)}
                    {bid.extended ? <span className="muted"> (extended the end)</span> : null}
                  </td>
                  <td data-label="Block">{bid.blockNumber}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted small">
        As of block {data.clock.block ?? "—"}; updates every {AUCTION_POLL_MS / 1000} seconds.
      </p>
    </section>
  );
}

function SettlementFacts({ settlement }: { settlement: NonNullable<AuctionDetailResponse["auction"]["settlement"]> }) {
  return (
    <>
      <h3>Settlement</h3>
      {settlement.tokenTransferred ? null : (
        <p className="muted">The token could not be delivered: the winner was refunded and the seller may reclaim it.</p>
      )}
      <dl className="facts">
        <div>
          <dt>Price</dt>
          <dd>{formatEth(settlement.amount)}</dd>
        </div>
        <div>
          <dt>Platform fee</dt>
          <dd>{formatEth(settlement.fee)}</dd>
        </div>
        <div>
          <dt>Royalty / split</dt>
          <dd>{formatEth(settlement.royalty)}</dd>
        </div>
        <div>
          <dt>Seller</dt>
          <dd>{formatEth(settlement.sellerProceeds)}</dd>
        </div>
        <div>
          <dt>Settled</dt>
          <dd>{formatUtc(settlement.settledAt)}</dd>
        </div>
      </dl>
    </>
  );
}

/** Wei as a plain ETH number for an input ("0.011"). */
function trimEth(wei: bigint): string {
  return formatEth(wei).replace(/ ETH$/, "");
}
