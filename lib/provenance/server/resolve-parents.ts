import { Contract, getAddress } from "ethers";
import type { RecordParent } from "@/lib/provenance/record-schema";
import { ARTWORK_ABI } from "./artwork-abi";
import { callChain, revertName } from "./call-chain";
import type { ProvenanceDeps } from "./provenance-deps";
import { invalidField } from "./provenance-flow-error";

/** Parameters of {@link resolveParents}. */
export interface ResolveParentsParameters {
  deps: Pick<ProvenanceDeps, "prisma" | "provider" | "chainId" | "artworkAddress">;
  /** Token ids the contributor named, or undefined to find them from the source images. */
  tokenIds: readonly string[] | undefined;
  /** CIDs of the generation's source images. */
  sourceImageCids: readonly string[];
  /** The work's own content hash: a work cannot be its own parent. */
  contentHash: string;
}

/**
 * The parent works of a new record, each with the content hash the chain fixed for it (so a
 * reference cannot be re-pointed). Named parents are looked up on the chain; without names,
 * the parents are the minted works whose images were this generation's source images (an
 * image-to-image generation from a work remixes it).
 *
 * @throws ProvenanceFlowError INPUT_INVALID naming `parents.<i>` for a token that does not exist.
 */
export async function resolveParents({ deps, tokenIds, sourceImageCids, contentHash }: ResolveParentsParameters): Promise<RecordParent[]> {
  const artwork = new Contract(deps.artworkAddress, ARTWORK_ABI, deps.provider);
  const contract = getAddress(deps.artworkAddress);

  if (tokenIds === undefined) {
    if (sourceImageCids.length === 0) return [];
    // Source images by CID → their content hashes → minted works with those hashes.
    const sources = await deps.prisma.generation.findMany({
      where: { imageCid: { in: [...sourceImageCids] } },
      select: { imageSha256: true },
    });
    const hashes = [...new Set(sources.map((s) => s.imageSha256.toLowerCase()))];
    if (hashes.length === 0) return [];
    const works = await deps.prisma.work.findMany({ where: { contentHash: { in: hashes } }, orderBy: { tokenId: "asc" } });
    return works
      .filter((work) => work.contentHash !== contentHash)
      .map((work) => ({ chainId: deps.chainId, contract, tokenId: work.tokenId.toFixed(), contentHash: work.contentHash.toLowerCase() }));
  }

  const parents: RecordParent[] = [];
  for (const [index, tokenId] of tokenIds.entries()) {
    let provenance: { contentHash: string };
    try {
      provenance = await callChain(`reading work #${tokenId}`, () => artwork.getFunction("provenanceOf")(tokenId));
    } catch (error) {
      if (revertName(error) === "ArtworkNonexistentToken") {
        throw invalidField(`parents.${index}`, `work #${tokenId} does not exist on chain ${deps.chainId}`);
      }
      throw error;
    }
    const parentHash = String(provenance.contentHash).toLowerCase();
    if (parentHash === contentHash) throw invalidField(`parents.${index}`, `work #${tokenId} is this image itself`);
    parents.push({ chainId: deps.chainId, contract, tokenId, contentHash: parentHash });
  }
  return parents;
}
