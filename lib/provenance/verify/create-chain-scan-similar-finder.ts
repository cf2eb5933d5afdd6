import { recordCidFromHash } from "../hash-record";
import { perceptualDistance, perceptualHash } from "../perceptual-hash";
import { provenanceRecordSchema } from "../record-schema";
import { sha256Hex0x } from "./check-bytes-match-cid";
import type { ChainReader, ContentFetcher, MintedWork, SimilarFinder, SimilarWork } from "./types";

/** A store of perceptual hashes by content hash (an image's look never changes, so entries never expire). */
export interface PerceptualHashCache {
  get(contentHash: string): string | undefined | Promise<string | undefined>;
  set(contentHash: string, hash: string): void | Promise<void>;
}

/** Options of {@link createChainScanSimilarFinder}. */
export interface ChainScanSimilarFinderOptions {
  /** Most recent works compared at most (older ones are skipped). Default 2,000. */
  maxWorks?: number;
  /** Images fetched at once. Default 4. */
  concurrency?: number;
  /** Where hashes are kept between calls (default: in memory, for this finder's life). */
  cache?: PerceptualHashCache;
}

/**
 * A {@link SimilarFinder} that needs only the chain and IPFS (for the CLI): it lists
 * ArtworkMinted events, finds each work's image through its record (CID from the on-chain
 * recordHash), checks the image against the on-chain content hash, and compares perceptual
 * hashes. Bounded (the newest `maxWorks`) and cached by content hash; works whose record or
 * image cannot be fetched are skipped.
 */
export function createChainScanSimilarFinder(chain: ChainReader, content: ContentFetcher, options: ChainScanSimilarFinderOptions = {}): SimilarFinder {
  const maxWorks = options.maxWorks ?? 2000;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const memory = new Map<string, string>();
  const cache: PerceptualHashCache = options.cache ?? { get: (key) => memory.get(key), set: (key, value) => void memory.set(key, value) };

  async function hashOf(work: MintedWork): Promise<string | null> {
    const cached = await cache.get(work.contentHash);
    if (cached) return cached;
    try {
      const recordBytes = await content.get(recordCidFromHash(work.recordHash));
      if (sha256Hex0x(recordBytes) !== work.recordHash) return null;
      const record = provenanceRecordSchema.parse(JSON.parse(new TextDecoder().decode(recordBytes)));
      const image = await content.get(record.image.cid);
      if (sha256Hex0x(image) !== work.contentHash) return null;
      const hash = await perceptualHash(image);
      await cache.set(work.contentHash, hash);
      return hash;
    } catch {
      return null;
    }
  }

  return {
    async findSimilar(target, { limit, maxDistance }) {
      const works = (await chain.mintedWorks()).slice(-maxWorks);
      const found: SimilarWork[] = [];
      let next = 0;
      const worker = async () => {
        while (next < works.length) {
          const work = works[next++]!;
          const hash = await hashOf(work);
          if (hash === null) continue;
          const distance = perceptualDistance(target, hash);
          if (distance <= maxDistance) found.push({ tokenId: work.tokenId, contentHash: work.contentHash, distance });
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      found.sort((a, b) => a.distance - b.distance || (a.tokenId < b.tokenId ? -1 : a.tokenId > b.tokenId ? 1 : 0));
      return found.slice(0, limit);
    },
  };
}
