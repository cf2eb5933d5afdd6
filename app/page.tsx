import Link from "next/link";

/** Landing page: what Colophon is, and where to go. */
export default function HomePage() {
  return (
    <>
      <h1>AI artworks that say how they were made</h1>
      <p className="lead">
        A colophon is the note at the end of a book that says who made it, with what press and which
        type. Colophon does that for AI artworks.
      </p>

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

      <div className="actions">
        <Link href="/status" className="button primary">
          System status
        </Link>
        <a href="/api/health" className="button">
          Health API (JSON)
        </a>
      </div>
    </>
  );
}
