import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Inference } from "../../inference/create-inference";
import { caught, createTestInference } from "./fixtures";

let inference: Inference;
beforeAll(async () => {
  inference = await createTestInference();
});
afterAll(async () => {
  await inference.close();
});

const base = { modelId: "loom", prompt: "calm", seed: 1, width: 64, height: 48 };

describe("generateImage", () => {
  it("default: returns an RGB PNG of the requested size and the generation facts", async () => {
    const image = await inference.generateImage({ ...base, params: { zoom: 2 } });
    const png = PNG.sync.read(Buffer.from(image.png));
    expect([png.width, png.height, image.width, image.height]).toEqual([64, 48, 64, 48]);
    expect(image.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(image.facts).toMatchObject({
      modelSha256: inference.registry.get("loom").manifest.sha256,
      executionProvider: "cpu",
      seed: 1,
      prompt: "calm",
      params: { zoom: 2, centerX: 0, centerY: 0 },
      tiles: 1,
    });
    expect(image.facts.latent).toHaveLength(16);
    expect(image.facts.latent![3]).toBe(-1);
    expect(image.facts.ms).toBeGreaterThan(0);
  });

  it("behavior: the style model takes a PNG source, resizes it, and records no latent", async () => {
    const source = (await inference.generateImage({ ...base, width: 100, height: 80 })).png;
    const image = await inference.generateImage({ modelId: "press", prompt: "", seed: 0, width: 50, height: 40, sourceImage: source, params: { strength: 0.5 } });
    expect(PNG.sync.read(Buffer.from(image.png)).width).toBe(50);
    expect(image.facts.latent).toBeUndefined();
    expect(image.facts.params).toEqual({ strength: 0.5 });
  });

  it("behavior: strength 0 returns the source pixels unchanged", async () => {
    const source = (await inference.generateImage(base)).png;
    const image = await inference.generateImage({ modelId: "press", prompt: "", seed: 0, width: 64, height: 48, sourceImage: source, params: { strength: 0 } });
    expect(Buffer.from(PNG.sync.read(Buffer.from(image.png)).data).equals(Buffer.from(PNG.sync.read(Buffer.from(source)).data))).toBe(true);
  });

  it("error: sides above 2048 are DIMENSIONS_TOO_LARGE", async () => {
    const error = await caught(() => inference.generateImage({ ...base, width: 2049 }));
    expect(error.code).toBe("DIMENSIONS_TOO_LARGE");
    expect(error.details).toEqual({ width: 2049, height: 48, maxSide: 2048 });
  });

  it("error: bad sizes, seeds and prompts are INPUT_INVALID naming the field", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ width: 0 }, "width"],
      [{ height: 1.5 }, "height"],
      [{ seed: -1 }, "seed"],
      [{ seed: 2 ** 32 }, "seed"],
      [{ prompt: "x".repeat(2001) }, "prompt"],
      [{ params: { zoom: 100 } }, "params.zoom"],
      [{ params: { colour: 1 } }, "params"],
    ];
    for (const [change, field] of cases) {
      const error = await caught(() => inference.generateImage({ ...base, ...change } as never));
      expect(error.code, JSON.stringify(change)).toBe("INPUT_INVALID");
      expect(error.details.field).toBe(field);
    }
  });

  it("error: a source image for a CPPN, or none for a style model, is INPUT_INVALID", async () => {
    expect((await caught(() => inference.generateImage({ ...base, sourceImage: new Uint8Array(8) }))).details.field).toBe("sourceImage");
    expect((await caught(() => inference.generateImage({ ...base, modelId: "press" }))).details.field).toBe("sourceImage");
  });

  it("error: a source that is not a PNG, or claims a huge size, is refused before decoding", async () => {
    const notPng = await caught(() => inference.generateImage({ ...base, modelId: "press", sourceImage: new TextEncoder().encode("GIF89a...") }));
    expect(notPng.code).toBe("INPUT_INVALID");
    const header = new Uint8Array(64);
    header.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(header.buffer).setUint32(16, 100_000);
    new DataView(header.buffer).setUint32(20, 100_000);
    header.set([8, 2], 24); // 8-bit RGB
    const huge = await caught(() => inference.generateImage({ ...base, modelId: "press", sourceImage: header }));
    expect(huge.code).toBe("IMAGE_TOO_LARGE");
    expect(huge.details).toMatchObject({ field: "sourceImage", width: 100_000, height: 100_000, limit: "maxSide", maxSide: 4096 });
  });

  it("error: an unknown model is MODEL_NOT_FOUND", async () => {
    expect((await caught(() => inference.generateImage({ ...base, modelId: "nope" }))).code).toBe("MODEL_NOT_FOUND");
  });
});
