import { provenanceRecordSchema, type ProvenanceRecord } from "@/lib/provenance/record-schema";
import type { ChainDeps, ProvenanceDeps } from "./provenance-deps";

/** One work in a lineage graph. */
export interface LineageNodeView {
  /** Decimal token id. */
  tokenId: string;
  /** Generations from the work shown: parents -1, grandparents -2, remixes +1. */
  depth: number;
  /** CID of the image, when known. */
  imageCid?: string;
}

/** The remix lineage of a work: ancestors (up to a few generations) and direct remixes. */
export interface LineageView {
  nodes: LineageNodeView[];
  edges: { parent: string; child: string }[];
}

/** Generations of ancestors shown. */
const MAX_ANCESTOR_DEPTH = 3;
/** Most remixes shown below a work. */
const MAX_CHILDREN = 12;

/**
 * The lineage around a work: its parents, their parents (up to three generations), read
 * from each record's `parents` (records of works minted here, from this server's
 * ProvenanceRecord rows), and the works that name it as a parent. Only parents on this
 * server's chain and contract are followed; others are shown without their own ancestors.
 */
export async function getLineage(
  deps: Pick<ProvenanceDeps, "prisma"> & { chain: Pick<ChainDeps, "chainId" | "artworkAddress"> | null },
  { tokenId, record }: { tokenId: string; record: ProvenanceRecord | null },
): Promise<LineageView> {
  const nodes = new Map<string, LineageNodeView>([[tokenId, { tokenId, depth: 0, ...(record ? { imageCid: record.image.cid } : {}) }]]);
  const edges: LineageView["edges"] = [];
  // Without the chain, parents are taken to be on the contract the server mints on.
  const sameContract = (parent: ProvenanceRecord["parents"][number]) =>
    deps.chain === null || (parent.chainId === deps.chain.chainId && parent.contract.toLowerCase() === deps.chain.artworkAddress.toLowerCase());

  // Ancestors, breadth first.
  let frontier: { tokenId: string; record: ProvenanceRecord | null }[] = [{ tokenId, record }];
  for (let depth = 1; depth <= MAX_ANCESTOR_DEPTH && frontier.length > 0; depth += 1) {
    const next: typeof frontier = [];
    for (const item of frontier) {
      for (const parent of item.record?.parents ?? []) {
        edges.push({ parent: parent.tokenId, child: item.tokenId });
        if (nodes.has(parent.tokenId)) continue;
        const parentRecord = sameContract(parent) ? await recordOfToken(deps, parent.tokenId) : null;
        nodes.set(parent.tokenId, { tokenId: parent.tokenId, depth: -depth, ...(parentRecord ? { imageCid: parentRecord.image.cid } : {}) });
        next.push({ tokenId: parent.tokenId, record: parentRecord });
      }
    }
    frontier = next;
  }

  // Direct remixes: minted records whose parents name this token (jsonb containment).
  const children = await deps.prisma.provenanceRecord.findMany({
    where: { status: "MINTED", record: { path: ["parents"], array_contains: [{ tokenId }] } },
    orderBy: { tokenId: "asc" },
    take: MAX_CHILDREN,
  });
  for (const child of children) {
    const childId = child.tokenId?.toFixed();
    const parsed = provenanceRecordSchema.safeParse(child.record);
    if (childId === undefined || !parsed.success || nodes.has(childId)) continue;
    if (!parsed.data.parents.some((p) => p.tokenId === tokenId && sameContract(p))) continue;
    nodes.set(childId, { tokenId: childId, depth: 1, imageCid: parsed.data.image.cid });
    edges.push({ parent: tokenId, child: childId });
  }

  const unique = new Map(edges.map((edge) => [`${edge.parent}>${edge.child}`, edge]));
  return { nodes: [...nodes.values()], edges: [...unique.values()] };
}

/** The record of a work minted through this server, or null. */
async function recordOfToken(deps: Pick<ProvenanceDeps, "prisma">, tokenId: string): Promise<ProvenanceRecord | null> {
  const row = await deps.prisma.provenanceRecord.findFirst({ where: { tokenId, status: "MINTED" } });
  if (row === null) return null;
  const parsed = provenanceRecordSchema.safeParse(row.record);
  return parsed.success ? parsed.data : null;
}
