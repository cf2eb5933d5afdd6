import { Contract, decodeBytes32String, getAddress, type Result } from "ethers";
import { memoizeBriefly } from "@/lib/market/memoize-briefly";
import { cidFromSha256 } from "@/lib/provenance/raw-block-cid";
import { provenanceRecordSchema, type ProvenanceRecord } from "@/lib/provenance/record-schema";
import { ARTWORK_ABI } from "./artwork-abi";
import { callChain } from "./call-chain";
import { describeRecord } from "./describe-record";
import type { LineageView } from "./get-lineage";
import { getLineage } from "./get-lineage";
import type { ChainDeps, ProvenanceDeps } from "./provenance-deps";

/** One row of a work's split, as the chain holds it. */
export interface SplitRow {
  account: string;
  /** Role name (the bytes32 id decoded), or the hex id when it is not ASCII. */
  role: string;
  bps: number;
}

/** Everything the work page shows, JSON-safe. */
export interface WorkView {
  tokenId: string;
  /** Null when the chain could not be reached. */
  chainId: number | null;
  artworkAddress: string | null;
  contentHash: string;
  recordHash: string;
  recordCid: string;
  metadataCid: string | null;
  contributor: string;
  owner: string;
  mintedAt: string;
  txHash: string;
  /** The record read back from the content store (null when it cannot be read or does not match). */
  record: ProvenanceRecord | null;
  /** The record in words. */
  summary: string[];
  /** The split and royalty as the chain holds them (the record's when the chain cannot be read). */
  split: SplitRow[];
  splitSource: "chain" | "record" | "none";
  royaltyBps: number | null;
  splitter: string | null;
  lineage: LineageView;
}

/** What {@link getWorkView} reads; `chain` is null when the chain cannot be reached. */
export interface WorkViewDeps extends Pick<ProvenanceDeps, "prisma" | "contentStore"> {
  chain: Pick<ChainDeps, "provider" | "chainId" | "artworkAddress"> | null;
}

/**
 * The work page's data: the Work row, its record from the content store (accepted only if
 * it hashes to the recorded hash, which the record CID guarantees), the split, royalty,
 * owner and metadata digest from the chain, and the lineage. Returns null for an unknown
 * token. A chain that cannot be read leaves the record's split in place, marked as such.
 */
// A token's split and provenance are fixed at mint, and content under a CID never changes:
// both are read once per process (bounded), so a work page costs one chain call (its owner).
const fixedFactsOf = memoizeBriefly<[Result, Result]>(Number.POSITIVE_INFINITY, 2048);
const recordAt = memoizeBriefly<ProvenanceRecord | null>(Number.POSITIVE_INFINITY, 2048);

export async function getWorkView(deps: WorkViewDeps, tokenId: string): Promise<WorkView | null> {
  if (!/^[1-9]\d{0,77}$/.test(tokenId)) return null;
  const work = await deps.prisma.work.findUnique({ where: { tokenId } });
  if (work === null) return null;

  let record: ProvenanceRecord | null = null;
  try {
    record = await recordAt(work.recordCid, async () => {
      const parsed = provenanceRecordSchema.safeParse(JSON.parse(new TextDecoder().decode(await deps.contentStore.get(work.recordCid))));
      return parsed.success ? parsed.data : null;
    });
  } catch {
    record = null;
  }

  let split: SplitRow[] = [];
  let splitSource: WorkView["splitSource"] = "none";
  let royaltyBps: number | null = record?.royaltyBps ?? null;
  let splitter: string | null = null;
  let owner = work.owner;
  let metadataCid: string | null = null;
  const { chain } = deps;
  try {
    if (chain === null) throw new Error("no chain");
    const artwork = new Contract(chain.artworkAddress, ARTWORK_ABI, chain.provider);
    const [[shares, provenance], currentOwner] = await callChain(`reading work #${tokenId}`, () =>
      Promise.all([
        fixedFactsOf(`${chain.chainId}:${chain.artworkAddress.toLowerCase()}:${tokenId}`, () =>
          Promise.all([artwork.getFunction("sharesOf")(tokenId) as Promise<Result>, artwork.getFunction("provenanceOf")(tokenId) as Promise<Result>]),
        ),
        artwork.getFunction("ownerOf")(tokenId),
      ]),
    );
    split = [...shares].map((share: { account: string; role: string; bps: bigint }) => ({
      account: getAddress(share.account),
      role: roleName(share.role),
      bps: Number(share.bps),
    }));
    splitSource = "chain";
    royaltyBps = Number(provenance.royaltyBps);
    splitter = getAddress(provenance.splitter);
    metadataCid = cidFromSha256(provenance.metadataDigest);
    owner = getAddress(currentOwner);
  } catch {
    if (record !== null) {
      split = record.split.map((entry) => ({ account: entry.account, role: entry.role, bps: entry.bps }));
      splitSource = "record";
    }
  }

  const contributor = getAddress(work.contributor);
  return {
    tokenId,
    chainId: chain?.chainId ?? null,
    artworkAddress: chain === null ? null : getAddress(chain.artworkAddress),
    contentHash: work.contentHash,
    recordHash: work.recordHash,
    recordCid: work.recordCid,
    metadataCid,
    contributor,
    owner: getAddress(owner),
    mintedAt: work.mintedAt.toISOString(),
    txHash: work.txHash,
    record,
    summary:
      record === null
        ? []
        : describeRecord(record, {
            accountNames: { [record.model.trainer.toLowerCase()]: "the model's trainer", [contributor.toLowerCase()]: "the contributor" },
          }),
    split,
    splitSource,
    royaltyBps,
    splitter,
    lineage: await getLineage({ prisma: deps.prisma, chain }, { tokenId, record }),
  };
}

/** A bytes32 role id as its name when it is right-padded ASCII, else the hex. */
function roleName(role: string): string {
  try {
    const name = decodeBytes32String(role);
    return /^[\x20-\x7e]+$/.test(name) ? name : role;
  } catch {
    return role;
  }
}
