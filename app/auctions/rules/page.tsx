import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "How auctions work" };
// Nothing here changes between requests: built once, served as a file.
export const dynamic = "force-static";

/** The rules the AuctionHouse contract enforces, in words. */
export default function AuctionRulesPage() {
  return (
    <>
      <p className="breadcrumb">
        <Link href="/auctions">Auctions</Link> / How auctions work
      </p>
      <h1>How auctions work</h1>
      <p className="lead">Every rule below is enforced by the AuctionHouse contract, not by this server.</p>
      <ol className="rules">
        <li>
          <h2>Listing</h2>
          <p>
            The seller escrows the token in the auction house and sets a reserve. Until the first bid the seller may change
            the reserve or cancel, and the token goes back.
          </p>
        </li>
        <li>
          <h2>Bidding</h2>
          <p>
            The first bid must be at least the reserve, and it starts the countdown (15 minutes to 30 days, chosen by the
            seller). Each later bid must beat the current one by 10%. A bid in the last 15 minutes moves the end to 15 minutes
            after it, so nobody wins by sniping.
          </p>
        </li>
        <li>
          <h2>Refunds</h2>
          <p>
            An outbid bidder is refunded at once. When the refund cannot be sent (a contract wallet that refuses it), it is
            kept as credit that the bidder withdraws later: no bidder can block the others.
          </p>
        </li>
        <li>
          <h2>Settling</h2>
          <p>
            Anyone may settle once the countdown is over. The winner gets the token. A first sale by the work&apos;s
            contributor pays the whole price (after any platform fee, capped at 10%) to the work&apos;s split: the prompter,
            the model&apos;s trainer and the others, by their shares. A resale pays the work&apos;s royalty (at most 50%) to
            the split and the rest to the seller.
          </p>
        </li>
        <li>
          <h2>Withdrawing</h2>
          <p>
            Each account in a split withdraws its share from the work&apos;s splitter whenever it likes; your{" "}
            <Link href="/profile">profile</Link> shows what you can withdraw now.
          </p>
        </li>
      </ol>
    </>
  );
}
