import type { LineageView } from "@/lib/provenance/server/get-lineage";

const NODE_W = 112;
const NODE_H = 120;
const THUMB = 72;
const GAP_X = 28;
const GAP_Y = 56;
const PAD = 12;

/**
 * The remix lineage of a work as an inline SVG: one row per generation (ancestors above,
 * the work in the middle, remixes below), a box per work linking to its page, and a line
 * from each parent down to each child. Server-rendered; no script.
 */
export function LineageGraph({ current, lineage: { nodes, edges } }: { current: string; lineage: LineageView }) {
  const depths = [...new Set(nodes.map((n) => n.depth))].sort((a, b) => a - b);
  const rows = depths.map((d) => nodes.filter((n) => n.depth === d).sort((a, b) => compareIds(a.tokenId, b.tokenId)));
  const widest = Math.max(1, ...rows.map((r) => r.length));
  const width = PAD * 2 + widest * NODE_W + (widest - 1) * GAP_X;
  const height = PAD * 2 + rows.length * NODE_H + (rows.length - 1) * GAP_Y;

  const position = new Map<string, { x: number; y: number }>();
  rows.forEach((row, r) => {
    const rowWidth = row.length * NODE_W + (row.length - 1) * GAP_X;
    const x0 = (width - rowWidth) / 2;
    row.forEach((node, i) => position.set(node.tokenId, { x: x0 + i * (NODE_W + GAP_X), y: PAD + r * (NODE_H + GAP_Y) }));
  });

  const label =
    nodes.length === 1
      ? `Work ${current} has no recorded parents or remixes.`
      : `Lineage of work ${current}: ${edges.map((e) => `${e.parent} → ${e.child}`).join(", ")}.`;

  return (
    <svg
      className="lineage"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      data-testid="lineage"
    >
      <title>{label}</title>
      {edges.map((edge) => {
        const from = position.get(edge.parent);
        const to = position.get(edge.child);
        if (from === undefined || to === undefined) return null;
        const x1 = from.x + NODE_W / 2;
        const y1 = from.y + NODE_H;
        const x2 = to.x + NODE_W / 2;
        const y2 = to.y;
        const mid = (y1 + y2) / 2;
        return (
          <path
            key={`${edge.parent}-${edge.child}`}
            className="lineage-edge"
            d={`M ${x1} ${y1} C ${x1} ${mid}, ${x2} ${mid}, ${x2} ${y2}`}
            fill="none"
            markerEnd="url(#lineage-arrow)"
          />
        );
      })}
      <defs>
        <marker id="lineage-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="lineage-arrow" />
        </marker>
      </defs>
      {nodes.map((node) => {
        const p = position.get(node.tokenId)!;
        const isCurrent = node.tokenId === current;
        const body = (
          <g transform={`translate(${p.x} ${p.y})`}>
            <rect className={isCurrent ? "lineage-node current" : "lineage-node"} width={NODE_W} height={NODE_H} rx={6} />
            {node.imageCid !== undefined ? (
              <image href={`/ipfs/${node.imageCid}`} x={(NODE_W - THUMB) / 2} y={10} width={THUMB} height={THUMB} preserveAspectRatio="xMidYMid slice" />
            ) : null}
            <text className="lineage-label" x={NODE_W / 2} y={NODE_H - 14} textAnchor="middle">
              {isCurrent ? `#${shortId(node.tokenId)} (this)` : `#${shortId(node.tokenId)}`}
            </text>
          </g>
        );
        return isCurrent ? (
          <g key={node.tokenId} data-token={node.tokenId}>
            {body}
          </g>
        ) : (
          <a key={node.tokenId} href={`/works/${node.tokenId}`} data-token={node.tokenId}>
            {body}
          </a>
        );
      })}
    </svg>
  );
}

function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Token ids are uint256; long ones are shortened in the box (the link has the full id). */
function shortId(id: string): string {
  return id.length > 10 ? `${id.slice(0, 4)}…${id.slice(-4)}` : id;
}
