import { perceptualDistance, perceptualHash } from "@/lib/provenance/perceptual-hash";
import type { SimilarFinder, SimilarWork } from "@/lib/provenance/verify/types";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { ContentStore } from "@/lib/storage/content-store";

/** Perceptual hashes by image CID: images never change under a CID, so they are kept. */
const HASH_CACHE_KEY = Symbol.for("colophon.perceptualHashes");
const MAX_CACHED = 10_000;

function cache(): Map<string, string | null> {
  const holder = globalThis as { [HASH_CACHE_KEY]?: Map<string, string | null> };
  return (holder[HASH_CACHE_KEY] ??= new Map());
}

/**
 * Finds minted works that look like an image: every Work's image (found through the kept
 * generation with the same content hash) is hashed once (dHash, cached by CID) and compared
 * by Hamming distance. Works whose image this server never stored are skipped.
 */
export function createDbSimilarFinder({ prisma, contentStore }: { prisma: PrismaClient; contentStore: ContentStore }): SimilarFinder {
  return {
    async findSimilar(hash, { limit, maxDistance }) {
      const works = await prisma.work.findMany({ select: { tokenId: true, contentHash: true } });
      if (works.length === 0) return [];
      const generations = await prisma.generation.findMany({
        where: { imageSha256: { in: works.map((w) => w.contentHash) } },
        select: { imageSha256: true, imageCid: true },
      });
      const cidByHash = new Map(generations.map((g) => [g.imageSha256.toLowerCase(), g.imageCid]));
      const hashes = cache();
      const found: SimilarWork[] = [];
      for (const work of works) {
        const cid = cidByHash.get(work.contentHash.toLowerCase());
        if (cid === undefined) continue;
        let workHash = hashes.get(cid);
        if (workHash === undefined) {
          try {
            workHash = await perceptualHash(await contentStore.get(cid));
          } catch (error) {
            // Every decoder busy says nothing about the image: the caller retries, nothing is cached.
            if ((error as { code?: unknown }).code === "IMAGE_DECODER_BUSY") throw error;
            workHash = null; // not a decodable image, or gone: never similar
          }
          if (hashes.size >= MAX_CACHED) hashes.delete(hashes.keys().next().value!);
          hashes.set(cid, workHash);
        }
        if (workHash === null) continue;
        const distance = perceptualDistance(hash, workHash);
        if (distance <= maxDistance) found.push({ tokenId: BigInt(work.tokenId.toFixed()), contentHash: work.contentHash, distance });
      }
      return found.sort((a, b) => a.distance - b.distance || (a.tokenId < b.tokenId ? -1 : 1)).slice(0, limit);
    },
  };
}
