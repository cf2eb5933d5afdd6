import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Inference } from "../../inference/create-inference";
import { generateImage, type GenerateImageRequest } from "../../inference/generate-image";
import { createTestInference } from "./fixtures";

let inference: Inference;
beforeAll(async () => {
  inference = await createTestInference();
});
afterAll(async () => {
  await inference.close();
});

/** Generates with a given tile size through the same registry and pool. */
function generateWithTiles(request: GenerateImageRequest, maxTilePixels: number) {
  return generateImage(request, { registry: inference.registry, pool: inference.pool, maxTilePixels });
}

describe("tiling", () => {
  it("default: CPPN row tiles give the same bytes as one untiled run (odd sizes, uneven last tile)", async () => {
    for (const modelId of ["loom", "tide"]) {
      const request = { modelId, prompt: "wild teal storm", seed: 11, width: 203, height: 157 };
      const untiled = await generateWithTiles(request, 203 * 157);
      expect(untiled.facts.tiles).toBe(1);
      for (const tilePixels of [997, 203 * 10, 203 * 64]) {
        const tiled = await generateWithTiles(request, tilePixels);
        expect(tiled.facts.tiles).toBe(Math.ceil(157 / Math.max(1, Math.floor(tilePixels / 203))));
        expect(tiled.sha256).toBe(untiled.sha256);
      }
    }
  });

  it("behavior: one-row tiles still match (every tile a different pixel count than the whole)", async () => {
    const request = { modelId: "loom", prompt: "amber", seed: 4, width: 61, height: 19 };
    const [untiled, rows] = [await generateWithTiles(request, 61 * 19), await generateWithTiles(request, 1)];
    expect(rows.facts.tiles).toBe(19);
    expect(rows.sha256).toBe(untiled.sha256);
  });

  it("behavior: style row tiles with a halo give the same bytes as one untiled run", async () => {
    const source = (await generateWithTiles({ modelId: "tide", prompt: "intricate", seed: 8, width: 190, height: 171 }, 1 << 20)).png;
    const request = { modelId: "press", prompt: "", seed: 0, width: 190, height: 171, sourceImage: source };
    const untiled = await generateWithTiles(request, 190 * 171);
    expect(untiled.facts.tiles).toBe(1);
    for (const tilePixels of [190, 190 * 7, 190 * 50]) {
      const tiled = await generateWithTiles(request, tilePixels);
      expect(tiled.facts.tiles).toBeGreaterThan(1);
      expect(tiled.sha256).toBe(untiled.sha256);
    }
  });

  it("behavior: progress is reported once per tile", async () => {
    const progress: string[] = [];
    await generateWithTiles({ modelId: "loom", prompt: "", seed: 1, width: 64, height: 10, onProgress: (p) => progress.push(`${p.tilesDone}/${p.tilesTotal}`) }, 64 * 4);
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
  });
});
