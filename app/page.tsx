import Link from "next/link";
import { AuctionCard } from "@/app/components/auction/auction-card";
import { MarketUnavailable } from "@/app/components/auction/market-unavailable";
import { WorkCard } from "@/app/components/auction/work-card";
import { readGallery } from "@/lib/market/cached-reads";
import type { Gallery } from "@/lib/market/get-gallery";
import { getMarketPrisma } from "@/lib/market/get-market-context";

// The gallery reads the chain index on every request: works and bids arrive all the time.
export const dynamic = "force-dynamic";

/** Landing page: what Colophon is, then the gallery (latest works, live auctions, ending soon). */
export default async function HomePage() {
  let gallery: Gallery | undefined;
  let failure: unknown;
  try {
    gallery = await readGallery(await getMarketPrisma());
  } catch (error) {
    failure = error;
  }

  return (
    <>
      <h1>AI artworks that say how they were made</h1>
      <p className="lead">
        A colophon is the note at the end of a book that says who made it, with what press and which
        type. Colophon does that for AI artworks.
      </p>

      {failure !== undefined ? <MarketUnavailable error={failure} what="gallery" /> : null}
      {gallery !== undefined ? (
        <>
          <section aria-labelledby="ending-soon">
            <div className="section-head">
              <h2 id="ending-soon">Ending soon</h2>
              <Link href="/auctions?status=live&sort=ending">All live auctions</Link>
            </div>
            {gallery.endingSoon.length === 0 ? (
              <p className="muted">No auction is counting down right now.</p>
            ) : (
              <ul className="cards">
                {gallery.endingSoon.map((auction) => (
                  <AuctionCard key={auction.id} auction={auction} now={gallery.clock.now} />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="live-auctions">
            <div className="section-head">
              <h2 id="live-auctions">Live auctions</h2>
              <Link href="/auctions?status=live&sort=newest">Newest auctions</Link>
            </div>
            {gallery.liveAuctions.length === 0 ? (
              <p className="muted">
                No auction is open. <Link href="/auctions/new">List a work</Link>
              </p>
            ) : (
              <ul className="cards">
                {gallery.liveAuctions.map((auction) => (
                  <AuctionCard key={auction.id} auction={auction} now={gallery.clock.now} />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="latest-works">
            <div className="section-head">
              <h2 id="latest-works">Latest works</h2>
            </div>
            {gallery.latestWorks.length === 0 ? (
              <p className="muted">Nothing minted yet.</p>
            ) : (
              <ul className="cards">
                {gallery.latestWorks.map((work) => (
                  <WorkCard key={work.tokenId} work={work} />
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}

      <h2>Why a colophon</h2>
      <ul className="features">
        <li>
          <h3>A signed record</h3>
          <p className="muted">
            Every work carries the model, its trainer, the prompt and seed, and the human contributor,
            signed by the server that ran the model and co-signed by the contributor.
          </p>
        </li>
        <li>
          <h3>A token on-chain</h3>
          <p className="muted">
            An ERC-721 token fixes the content hash, the record hash and who shares in royalties, by
            role, on every resale.
          </p>
        </li>
        <li>
          <h3>Checkable by anyone</h3>
          <p className="muted">
            Verify a piece from its image, token id or content hash with only a chain RPC URL and an
            IPFS gateway, without trusting this server.
          </p>
        </li>
      </ul>
    </>
  );
}
