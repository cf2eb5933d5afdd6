import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { loadWorkView } from "@/lib/provenance/server/load-page-data";
import { LineageGraph } from "./lineage-graph";
import { WorkMarketSection } from "./work-market";

// Owner and split are read from the chain on every request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ tokenId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tokenId } = await params;
  return { title: `Work #${tokenId}` };
}

/** Basis points as a percentage: 7000 → "70%". */
function percent(bps: number): string {
  return `${Number((bps / 100).toFixed(2))}%`;
}

/** A long hex value shortened for a table cell; the full value is in the title. */
function Hex({ value }: { value: string }) {
  return (
    <code className="mono" title={value}>
      {value.length > 24 ? `${value.slice(0, 12)}…${value.slice(-8)}` : value}
    </code>
  );
}

/** /works/:tokenId: a minted work with its image, provenance in words, token facts, split and lineage. */
export default async function WorkPage({ params }: Props) {
  const { tokenId } = await params;
  const work = await loadWorkView(tokenId);
  if (work === null) notFound();
  const record = work.record;
  const title = record?.generation.prompt.trim() || `Work #${work.tokenId}`;

  return (
    <article className="work" data-testid="work">
      <h1>{title}</h1>
      <p className="lead">
        Work #{work.tokenId}
        {record ? ` · ${record.model.name} ${record.model.version}` : ""} · contributed by <code className="mono">{work.contributor}</code>
      </p>

      <div className="work-layout">
        <figure className="work-image">
          {record ? (
            // The gateway checks every block against its hash before serving it.
            <img src={`/ipfs/${record.image.cid}`} alt={title} width={record.image.width} height={record.image.height} />
          ) : (
            <p className="muted">The record of this work could not be read from the content store, so its image is not shown.</p>
          )}
        </figure>

        <section className="work-provenance" aria-labelledby="provenance-heading">
          <h2 id="provenance-heading">Provenance</h2>
          {work.summary.length > 0 ? (
            <ul className="record-summary" data-testid="record-summary">
              {work.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">The record is not available here.</p>
          )}
          <p className="actions">
            <Link className="button primary" href={`/verify?token=${work.tokenId}`} data-testid="verify-link">
              Verify this work
            </Link>
            <a className="button" href={`/ipfs/${work.recordCid}`}>
              Record JSON
            </a>
            {work.metadataCid ? (
              <a className="button" href={`/ipfs/${work.metadataCid}`}>
                Token metadata
              </a>
            ) : null}
          </p>
        </section>
      </div>

      <WorkMarketSection tokenId={work.tokenId} owner={work.owner} />

      <h2>Token</h2>
      <div className="table-wrap">
        <table className="stack">
          <tbody>
            <tr><th scope="row">Token id</th><td className="mono">{work.tokenId}</td></tr>
            <tr><th scope="row">Contract</th><td>{work.artworkAddress ? <Hex value={work.artworkAddress} /> : <span className="muted">chain not reachable</span>}{work.chainId !== null ? ` on chain ${work.chainId}` : ""}</td></tr>
            <tr><th scope="row">Owner</th><td><code className="mono">{work.owner}</code></td></tr>
            <tr><th scope="row">Contributor</th><td><code className="mono">{work.contributor}</code></td></tr>
            <tr><th scope="row">Minted</th><td>{new Date(work.mintedAt).toUTCString()} in <Hex value={work.txHash} /></td></tr>
            <tr><th scope="row">Content hash</th><td><Hex value={work.contentHash} /></td></tr>
            <tr><th scope="row">Record hash</th><td><Hex value={work.recordHash} /></td></tr>
          </tbody>
        </table>
      </div>

      <h2>Split</h2>
      {work.split.length === 0 ? (
        <p className="muted">The split could not be read.</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="stack" data-testid="split-table">
              <thead>
                <tr><th scope="col">Role</th><th scope="col">Account</th><th scope="col">Share</th></tr>
              </thead>
              <tbody>
                {work.split.map((row) => (
                  <tr key={`${row.account}-${row.role}`}>
                    <td data-label="Role">{row.role}</td>
                    <td data-label="Account"><code className="mono">{row.account}</code></td>
                    <td data-label="Share">{percent(row.bps)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted">
            {work.splitSource === "chain" ? "As fixed on-chain." : "From the record (the chain could not be read)."}
            {work.royaltyBps !== null ? ` Resales pay a ${percent(work.royaltyBps)} royalty` : ""}
            {work.splitter ? <> to the splitter <code className="mono">{work.splitter}</code>.</> : work.royaltyBps !== null ? "." : ""}
          </p>
        </>
      )}

      <h2>Lineage</h2>
      <div className="lineage-wrap">
        <LineageGraph current={work.tokenId} lineage={work.lineage} />
      </div>
    </article>
  );
}
