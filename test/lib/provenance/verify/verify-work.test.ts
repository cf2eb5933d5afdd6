import { describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { createMemoryContentFetcher } from "@/lib/provenance/verify/create-memory-content-fetcher";
import type { ChainReader, SimilarFinder } from "@/lib/provenance/verify/types";
import { verifyWork } from "@/lib/provenance/verify/verify-work";
import { pngBomb } from "../../images/hostile-images";

/** A chain with no tokens at all; every read that needs a token would be a bug here. */
const emptyChain: ChainReader = {
  artworkAddress: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  chainId: async () => 31337n,
  provenanceOf: async () => null,
  tokenByContentHash: async () => 0n,
  sharesOf: async () => {
    throw new Error("unexpected");
  },
  royaltyInfo: async () => {
    throw new Error("unexpected");
  },
  splitterFor: async () => {
    throw new Error("unexpected");
  },
  tokenURI: async () => {
    throw new Error("unexpected");
  },
  isAttestor: async () => false,
  ownerOf: async () => null,
  mintInfo: async () => null,
  mintedWorks: async () => [],
};
const deps = { chain: emptyChain, content: createMemoryContentFetcher(new Map()) };
const png = new Uint8Array(PNG.sync.write(Object.assign(new PNG({ width: 4, height: 4 }), {}), { colorType: 2 }));

describe("verifyWork without a matching token", () => {
  it("error: malformed input is INPUT_INVALID", async () => {
    await expect(verifyWork({ contentHash: "0x12" }, deps)).rejects.toMatchObject({ code: "INPUT_INVALID", details: { field: "contentHash" } });
    await expect(verifyWork({ tokenId: 0n }, deps)).rejects.toMatchObject({ code: "INPUT_INVALID", details: { field: "tokenId" } });
    await expect(verifyWork({ imageBytes: new Uint8Array() }, deps)).rejects.toMatchObject({ code: "INPUT_INVALID", details: { field: "imageBytes" } });
  });

  it("behavior: an unknown token id or content hash is not found, every other step not checkable", async () => {
    const byId = await verifyWork({ tokenId: 5n }, deps);
    expect([byId.verdict, byId.summary]).toEqual(["not-found", "No token #5 exists on Artwork 0x5FbDB2315678afecb367f032d93F642f64180aa3."]);
    expect(byId.steps.map((s) => s.status)).toEqual(["not-checkable", "fail", ...Array(8).fill("not-checkable")]);
    const byHash = await verifyWork({ contentHash: `0x${"AB".repeat(32)}` }, deps);
    expect([byHash.verdict, byHash.contentHash]).toEqual(["not-found", `0x${"ab".repeat(32)}`]);
  });

  it("behavior: an image with no token and no similarity search is not found, never a pass", async () => {
    const report = await verifyWork({ imageBytes: png }, deps);
    expect(report.verdict).toBe("not-found");
    expect(report.summary).toMatch(/no similarity search was configured\.$/);
    const notPng = await verifyWork({ imageBytes: new TextEncoder().encode("hello") }, deps);
    expect(notPng.summary).toMatch(/it could not be compared by look: Invalid image: not a PNG or JPEG image\.$/);
  });

  it("error: an image over the decode budget is thrown (a 422 for the API, an error for the CLI), not reported", async () => {
    await expect(verifyWork({ imageBytes: await pngBomb() }, deps)).rejects.toMatchObject({ code: "IMAGE_TOO_LARGE", details: { field: "image", limit: "maxPixels" } });
  });

  it("behavior: the nearest similar work names the altered copy; the finder is asked for works within distance 10", async () => {
    const asked: unknown[] = [];
    const similar: SimilarFinder = {
      async findSimilar(hash, options) {
        asked.push({ hash, ...options });
        return [{ tokenId: 3n, contentHash: `0x${"cd".repeat(32)}`, distance: 2 }];
      },
    };
    const report = await verifyWork({ imageBytes: png }, { ...deps, similar });
    expect(asked).toEqual([{ hash: expect.stringMatching(/^[0-9a-f]{16}$/), limit: 5, maxDistance: 10 }]);
    expect(report.verdict).toBe("altered-copy");
    expect(report.similar).toEqual([{ tokenId: "3", contentHash: `0x${"cd".repeat(32)}`, distance: 2 }]);
    expect(report.summary).toBe("Looks like token #3 (distance 2): this copy was altered or re-encoded; it is not the minted image and does not verify.");
  });
});
