import { WorkCard } from "@/app/components/auction/work-card";
import type { WorkCardJson } from "@/lib/market/market-json";

/** Minted works as cards, or a line saying there are none yet. */
export function WorkCardList({ works }: { works: WorkCardJson[] }) {
  if (works.length === 0) return <p className="muted">No minted works yet.</p>;
  return (
    <ul className="cards">
      {works.map((work) => (
        <WorkCard key={work.tokenId} work={work} />
      ))}
    </ul>
  );
}
