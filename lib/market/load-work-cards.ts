import type { PrismaClient, Token } from "@/lib/db/generated/client";
import { cidFromSha256 } from "@/lib/provenance/raw-block-cid";
import type { WorkCardJson } from "./market-json";

/** Longest title shown on a card, in characters. */
const TITLE_LENGTH = 90;

/**
 * Cards of the given tokens that the index has seen minted (Token rows), with the image
 * and prompt of the generation this server kept for the same content hash, or else the
 * title the index read from the token's metadata (after the database was rebuilt). A token the
 * chain has not confirmed to the index is left out, even when a Work row exists already.
 */
export async function loadWorkCards(prisma: PrismaClient, tokenIds: readonly string[]): Promise<Map<string, WorkCardJson>> {
  if (tokenIds.length === 0) return new Map();
  return buildWorkCards(prisma, await prisma.token.findMany({ where: { tokenId: { in: [...new Set(tokenIds)] } } }));
}

/** Cards of Token rows (one query for the kept generations' images and prompts). */
export async function buildWorkCards(prisma: PrismaClient, tokens: readonly Token[]): Promise<Map<string, WorkCardJson>> {
  const cards = new Map<string, WorkCardJson>();
  if (tokens.length === 0) return cards;
  const generations = await prisma.generation.findMany({
    where: { imageSha256: { in: tokens.map((t) => t.contentHash) } },
    select: { imageSha256: true, imageCid: true, prompt: true },
  });
  const byHash = new Map(generations.map((g) => [g.imageSha256, g]));
  for (const token of tokens) {
    const id = token.tokenId.toFixed();
    const generation = byHash.get(token.contentHash);
    const prompt = generation?.prompt.trim() || token.title?.trim() || "";
    cards.set(id, {
      tokenId: id,
      url: `/works/${id}`,
      // An image of one block has the raw CID of its sha256; a kept generation knows its CID either way.
      imageUrl: `/ipfs/${generation?.imageCid ?? cidFromSha256(token.contentHash)}`,
      title: prompt === "" ? null : prompt.length > TITLE_LENGTH ? `${prompt.slice(0, TITLE_LENGTH - 1)}…` : prompt,
      contributor: token.contributor,
      owner: token.owner,
      mintedAt: token.mintedAt.toISOString(),
    });
  }
  return cards;
}

/** Cards of the newest minted works, newest first. */
export async function listLatestWorks(prisma: PrismaClient, limit: number, where: { contributor?: string; owner?: string } = {}): Promise<WorkCardJson[]> {
  const tokens = await prisma.token.findMany({ where, orderBy: [{ mintBlock: "desc" }, { tokenId: "desc" }], take: limit });
  const cards = await buildWorkCards(prisma, tokens);
  return tokens.map((t) => cards.get(t.tokenId.toFixed())!);
}
