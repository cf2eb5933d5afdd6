import { describe, expect, it } from "vitest";
import { LATENT_DIM } from "../../inference/cppn-latent-layout";
import { hashString } from "../../inference/prng";
import { promptToLatent, tokenizePrompt } from "../../inference/prompt-to-latent";

const named = (latent: Float32Array) => [...latent.subarray(0, LATENT_DIM.SHAPE_START)];
const shape = (latent: Float32Array) => [...latent.subarray(LATENT_DIM.SHAPE_START)];

describe("promptToLatent", () => {
  it("default: calm lowers and storm raises the frequency dim; nothing else named moves", () => {
    expect(named(promptToLatent("calm", 0).latent)).toEqual([0, 0, 0, -1, 0, 0]);
    expect(named(promptToLatent("storm", 0).latent)[LATENT_DIM.FREQUENCY]).toBeCloseTo(1.2, 6);
  });

  it("behavior: colour words move the tint dims; bright/dark move brightness; hazy/sharp move contrast", () => {
    const red = promptToLatent("red", 0).latent;
    expect(red[LATENT_DIM.TINT_RED]).toBe(1.5);
    expect(red[LATENT_DIM.TINT_BLUE]).toBe(-0.5);
    expect(promptToLatent("blue", 0).latent[LATENT_DIM.TINT_BLUE]).toBe(1.5);
    expect(promptToLatent("dark", 0).latent[LATENT_DIM.BRIGHTNESS]).toBe(-1);
    expect(promptToLatent("hazy", 0).latent[LATENT_DIM.CONTRAST]).toBe(-1);
    expect(promptToLatent("sharp", 0).latent[LATENT_DIM.CONTRAST]).toBe(1);
  });

  it("behavior: vocabulary words leave the shape dims to the seed; other words move only shape dims", () => {
    expect(shape(promptToLatent("red calm", 7).latent)).toEqual(shape(promptToLatent("", 7).latent));
    const sea = promptToLatent("sea", 7);
    expect(named(sea.latent)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(shape(sea.latent)).not.toEqual(shape(promptToLatent("", 7).latent));
    expect(sea.tokens).toEqual([{ token: "sea", role: "shape" }]);
  });

  it("behavior: case, accents, punctuation, plurals and word order do not matter", () => {
    expect(tokenizePrompt("Storms over the CAFÉ, at dawn!")).toEqual(["storms", "over", "the", "cafe", "at", "dawn"]);
    expect(promptToLatent("Storms over the CAFÉ", 3).latent).toEqual(promptToLatent("cafe storm", 3).latent);
    expect(promptToLatent("cafe storm", 3).tokens[1]).toEqual({ token: "storm", role: "vocabulary", word: "storm" });
  });

  it("behavior: the seed changes only the shape dims", () => {
    const [one, two] = [promptToLatent("crimson calm forest", 1).latent, promptToLatent("crimson calm forest", 2).latent];
    expect(named(two)).toEqual(named(one));
    expect(shape(two)).not.toEqual(shape(one));
  });

  it("behavior: values are clamped to [-3, 3] and the length follows the model", () => {
    const latent = promptToLatent("red red red red red", 0, 32).latent;
    expect(latent).toHaveLength(32);
    expect(latent[LATENT_DIM.TINT_RED]).toBe(3);
  });

  it("behavior: golden values (generation records depend on the mapping never drifting)", () => {
    // FNV-1a 32-bit reference vectors.
    expect(hashString("a")).toBe(0xe40c292c);
    expect(hashString("foobar")).toBe(0xbf9cf968);
    expect([...promptToLatent("a calm red sea", 42).latent]).toEqual([
      1.5, -0.5, -0.5, -1, 0, 0, 1.0159767866134644, 0.62877357006073, -0.18645897507667542, 0.5553328990936279, -1.3337355852127075,
      -0.0005766366375610232, -0.5085917711257935, 0.8289233446121216, 0.2758893668651581, -0.5966348648071289,
    ]);
  });
});
