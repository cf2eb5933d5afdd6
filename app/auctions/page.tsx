import type { Metadata } from "next";
import Link from "next/link";
import { AuctionCard } from "@/app/components/auction/auction-card";
import { MarketUnavailable } from "@/app/components/auction/market-unavailable";
import { getMarketPrisma } from "@/lib/market/get-market-context";
import { readAuctionList } from "@/lib/market/cached-reads";
import { AUCTION_SORTS, AUCTION_STATUSES, listAuctionsQuerySchema, type ListAuctionsQuery } from "@/lib/market/list-auctions";
import type { AuctionListResponse } from "@/lib/market/market-json";
import { parseQuery } from "@/lib/http/parse-query";

export const metadata: Metadata = { title: "Auctions" };
// Reads the index on every request: bids change the page.
export const dynamic = "force-dynamic";

const STATUS_LABELS: Record<ListAuctionsQuery["status"], string> = { live: "Open for bids", ended: "Ended", all: "All" };
const SORT_LABELS: Record<ListAuctionsQuery["sort"], string> = { ending: "Ending soonest", newest: "Newest" };
const DEFAULTS: ListAuctionsQuery = { status: "live", sort: "ending", limit: 48 };

type SearchParams = Record<string, string | string[] | undefined>;

function toParams(raw: SearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") params.set(key, first);
  }
  if (!params.has("limit")) params.set("limit", String(DEFAULTS.limit));
  return params;
}

/** Auctions from the index with filters (state, order); works without JavaScript. */
export default async function AuctionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  let query = DEFAULTS;
  let problem: string | undefined;
  try {
    query = parseQuery(listAuctionsQuerySchema, toParams(await searchParams));
  } catch (error) {
    problem = (error as Error).message;
  }
  let data: AuctionListResponse | undefined;
  let failure: unknown;
  try {
    data = await readAuctionList(await getMarketPrisma(), query);
  } catch (error) {
    failure = error;
  }

  return (
    <>
      <h1>Auctions</h1>
      <p className="lead">
        Reserve auctions of works on-chain: the countdown starts at the first bid at or above the reserve, and a late bid
        extends it. <Link href="/auctions/rules">How auctions work</Link>
      </p>
      <div className="toolbar">
        <form method="get" action="/auctions" className="filters" aria-label="Filter auctions">
          <div className="field">
            <label htmlFor="filter-status">Show</label>
            <select id="filter-status" name="status" defaultValue={query.status}>
              {AUCTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-sort">Order</label>
            <select id="filter-sort" name="sort" defaultValue={query.sort}>
              {AUCTION_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            Apply
          </button>
        </form>
        <Link href="/auctions/new" className="button primary">
          List a work
        </Link>
      </div>
      {problem !== undefined ? (
        <p className="notice bad" role="alert">
          {problem}; showing the default list.
        </p>
      ) : null}
      {failure !== undefined ? <MarketUnavailable error={failure} what="auction list" /> : null}
      {data !== undefined ? (
        data.auctions.length === 0 ? (
          <p className="muted">No auctions here yet.</p>
        ) : (
          <>
            <h2 className="visually-hidden">
              {STATUS_LABELS[query.status]}, {SORT_LABELS[query.sort].toLowerCase()}
            </h2>
            <ul className="cards">
              {data.auctions.map((auction) => (
                <AuctionCard key={auction.id} auction={auction} now={data.clock.now} />
              ))}
            </ul>
          </>
        )
      ) : null}
    </>
  );
}
