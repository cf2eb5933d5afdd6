import { afterAll, describe, expect, it } from "vitest";
import type { Inference } from "../../inference/create-inference";
import { sha256Hex } from "../../inference/sha256-hex";
import { createTestInference } from "./fixtures";

const opened: Inference[] = [];
async function freshInference(): Promise<Inference> {
  const inference = await createTestInference({ device: "cpu" });
  opened.push(inference);
  return inference;
}
afterAll(async () => {
  for (const inference of opened) await inference.close();
});

describe("determinism on CPU", () => {
  it("default: the same request gives the same PNG bytes, in two separate sessions", async () => {
    const [first, second] = [await freshInference(), await freshInference()];
    for (const modelId of ["loom", "tide"]) {
      const request = { modelId, prompt: "storm over a crimson sea", seed: 42, width: 320, height: 200 };
      const [left, right] = [await first.generateImage(request), await second.generateImage(request)];
      expect(Buffer.from(right.png).equals(Buffer.from(left.png))).toBe(true);
      expect(right.sha256).toBe(left.sha256);
      expect(left.sha256).toBe(sha256Hex(left.png));
      expect(right.facts.latent).toEqual(left.facts.latent);
    }
  });

  it("behavior: the same request twice on one warm session gives the same bytes", async () => {
    const inference = await freshInference();
    const request = { modelId: "loom", prompt: "calm golden dawn", seed: 9, width: 256, height: 256 };
    expect((await inference.generateImage(request)).sha256).toBe((await inference.generateImage(request)).sha256);
  });

  it("behavior: a different seed gives different bytes", async () => {
    const inference = await freshInference();
    const base = { modelId: "tide", prompt: "calm blue sea", width: 128, height: 128 };
    const [one, two] = [await inference.generateImage({ ...base, seed: 1 }), await inference.generateImage({ ...base, seed: 2 })];
    expect(two.sha256).not.toBe(one.sha256);
  });

  it("behavior: a different prompt gives different bytes", async () => {
    const inference = await freshInference();
    const base = { modelId: "loom", seed: 5, width: 128, height: 128 };
    const [one, two] = [await inference.generateImage({ ...base, prompt: "red" }), await inference.generateImage({ ...base, prompt: "blue" })];
    expect(two.sha256).not.toBe(one.sha256);
  });

  it("behavior: the style model is deterministic too", async () => {
    const [first, second] = [await freshInference(), await freshInference()];
    const source = (await first.generateImage({ modelId: "loom", prompt: "sunny", seed: 3, width: 150, height: 100 })).png;
    const request = { modelId: "press", prompt: "", seed: 0, width: 150, height: 100, sourceImage: source };
    expect((await second.generateImage(request)).sha256).toBe((await first.generateImage(request)).sha256);
  });
});
