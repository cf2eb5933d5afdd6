import Link from "next/link";
import { shortAddress } from "@/lib/market/format-amount";
import type { WorkCardJson } from "@/lib/market/market-json";
import { formatUtc } from "@/lib/market/format-time";

/** A work in a grid: image, title (its prompt when known), contributor and owner. */
export function WorkCard({ work }: { work: WorkCardJson }) {
  const title = work.title ?? `Work #${work.tokenId}`;
  return (
    <li className="card">
      <Link href={work.url} className="card-link">
        {/* eslint-disable-next-line @next/next/no-img-element -- served by our IPFS gateway route, sizes vary */}
        <img src={work.imageUrl} alt={title} loading="lazy" width={512} height={512} />
        <span className="card-title">{title}</span>
      </Link>
      <p className="card-meta muted small">
        #{work.tokenId} by{" "}
        <Link href={`/profile/${work.contributor}`} className="mono">
          {shortAddress(work.contributor)}
        </Link>
        <br />
        Minted {formatUtc(work.mintedAt)}
      </p>
    </li>
  );
}
