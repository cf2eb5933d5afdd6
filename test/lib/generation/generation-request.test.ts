import { describe, expect, test } from "vitest";
import { generationRequestSchema, modelSeedOf } from "@/lib/generation/generation-request";

describe("generationRequestSchema", () => {
  test("default: fills variations 1 and params {}", () => {
    expect(generationRequestSchema.parse({ modelId: "loom", prompt: "", seed: 0, width: 64, height: 2048 })).toEqual({
      modelId: "loom",
      prompt: "",
      seed: 0,
      width: 64,
      height: 2048,
      variations: 1,
      params: {},
    });
  });

  test("behavior: params are rounded to 15 significant digits, what the database keeps exactly", () => {
    const parsed = generationRequestSchema.parse({ modelId: "loom", prompt: "", seed: 0, width: 64, height: 64, params: { zoom: 0.1 + 0.2, centerX: 1.5 } });
    expect(parsed.params).toEqual({ zoom: 0.3, centerX: 1.5 });
  });

  test("behavior: the largest seed is accepted with one variation, refused with two", () => {
    const base = { modelId: "loom", prompt: "", width: 64, height: 64 };
    expect(generationRequestSchema.safeParse({ ...base, seed: Number.MAX_SAFE_INTEGER }).success).toBe(true);
    expect(generationRequestSchema.safeParse({ ...base, seed: Number.MAX_SAFE_INTEGER - 3, variations: 4 }).success).toBe(true);
    const refused = generationRequestSchema.safeParse({ ...base, seed: Number.MAX_SAFE_INTEGER - 2, variations: 4 });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((issue) => [issue.path, issue.message])).toEqual([[["seed"], "seed + variations - 1 must be at most 9007199254740991"]]);
  });
});

describe("modelSeedOf", () => {
  test("default: seeds below 2^32 are the model seed itself", () => {
    for (const seed of [0, 1, 42, 0x7fffffff, 0x80000000, 0xffffffff]) expect(modelSeedOf(seed)).toBe(seed);
  });

  test("behavior: larger seeds fold their high bits in, giving an unsigned 32-bit seed", () => {
    expect(modelSeedOf(2 ** 32)).toBe(0x9e3779b1);
    expect(modelSeedOf(2 ** 32 + 5)).toBe((0x9e3779b1 ^ 5) >>> 0);
    expect(modelSeedOf(Number.MAX_SAFE_INTEGER)).toBe((0xffffffff ^ Math.imul(0x1fffff, 0x9e3779b1)) >>> 0);
    for (const seed of [2 ** 32, 2 ** 40 + 3, Number.MAX_SAFE_INTEGER]) {
      const folded = modelSeedOf(seed);
      expect(Number.isInteger(folded) && folded >= 0 && folded <= 0xffffffff).toBe(true);
    }
    // Seeds that differ only above bit 32 still give different model seeds.
    expect(modelSeedOf(2 ** 32 + 7)).not.toBe(modelSeedOf(2 ** 33 + 7));
  });
});
