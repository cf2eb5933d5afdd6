import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILTIN_MODELS, buildBuiltinModels } from "../../inference/builtin-models";
import { readOnnxModel } from "../../inference/read-onnx-model";
import { sha256Hex } from "../../inference/sha256-hex";
import { writeBuiltinModels } from "../../inference/write-builtin-models";
import { Wallet } from "ethers";
import { makeTemporaryDirectory } from "./fixtures";
import { TEST_BUILTIN_TRAINER } from "./test-builtin-trainer";

const trainer = TEST_BUILTIN_TRAINER;

describe("built-in model builder", () => {
  it("default: two builds give the same bytes, sha256 and card signature", async () => {
    const first = await buildBuiltinModels(trainer);
    const second = await buildBuiltinModels(trainer);
    expect(first.map((model) => model.manifest.id)).toEqual(["loom", "tide", "press"]);
    for (const [index, model] of first.entries()) {
      expect(sha256Hex(second[index]!.bytes)).toBe(sha256Hex(model.bytes));
      expect(second[index]!.manifest).toEqual(model.manifest);
      expect(model.manifest.sha256).toBe(sha256Hex(model.bytes));
    }
  });

  it("behavior: the bytes are the recorded ones (same on every machine and Node version)", async () => {
    // A built-in model's sha256 is its identity in every generation record made with it.
    // If you change a built-in model on purpose, bump its version and update these.
    const hashes = Object.fromEntries((await buildBuiltinModels(trainer)).map((model) => [model.manifest.id, model.manifest.sha256]));
    expect(hashes).toEqual({
      loom: "5e2b8dd49b881e0b47b937722c61e74887cffe03eb3f405692e3af182d582e5f",
      tide: "9836dcf76e201e677578d9455f0d958eb56570204d59ca996f3fe215bfda7259",
      press: "e4cc4a3654d4e30b5f9b8853ff35073fe438da2d115bc2016476d341a314f9f4",
    });
  });

  it("behavior: two directories get identical files; a rebuild writes nothing", async () => {
    const [left, right] = [await makeTemporaryDirectory("models-a"), await makeTemporaryDirectory("models-b")];
    const written = await writeBuiltinModels(left, trainer);
    await writeBuiltinModels(right, trainer);
    expect(written.every((model) => model.written)).toBe(true);
    for (const model of written) {
      for (const file of [`${model.manifest.id}.onnx`, `${model.manifest.id}.manifest.json`]) {
        expect(sha256Hex(await readFile(path.join(right, file)))).toBe(sha256Hex(await readFile(path.join(left, file))));
      }
    }
    const again = await writeBuiltinModels(left, trainer);
    expect(again.map((model) => model.written)).toEqual([false, false, false]);
  });

  it("behavior: the cards name and are signed by the key passed in; the model bytes do not depend on it", async () => {
    const other = Wallet.createRandom();
    const [mine, theirs] = [await buildBuiltinModels(trainer), await buildBuiltinModels(other)];
    for (const [index, model] of mine.entries()) {
      expect(model.manifest.trainer).toBe(trainer.address);
      expect(model.manifest.card.trainer).toBe(trainer.address);
      expect(theirs[index]!.manifest.trainer).toBe(other.address);
      expect(theirs[index]!.manifest.sha256).toBe(model.manifest.sha256);
      expect(theirs[index]!.manifest.cardSignature).not.toBe(model.manifest.cardSignature);
    }
  });

  it("behavior: a directory whose cards another key signed is rewritten with the new key's", async () => {
    const directory = await makeTemporaryDirectory("models-rekey");
    const before = await writeBuiltinModels(directory, Wallet.createRandom());
    const after = await writeBuiltinModels(directory, trainer);
    expect(after.every((model) => model.written)).toBe(true);
    for (const [index, model] of after.entries()) {
      const onDisk = JSON.parse(await readFile(model.manifestPath, "utf8")) as { trainer: string; sha256: string };
      expect(onDisk.trainer).toBe(trainer.address);
      expect(onDisk.sha256).toBe(before[index]!.manifest.sha256);
    }
  });

  it("behavior: two CPPNs of different architectures and palettes, one style model", () => {
    const [loom, tide, press] = BUILTIN_MODELS.map((definition) => readOnnxModel(definition.build()));
    expect(loom!.operators).toContain("Tanh");
    expect(tide!.operators).toEqual(expect.arrayContaining(["Sin", "Exp"]));
    expect(loom!.initializers.find((tensor) => tensor.name === "layer1_weight")!.dims).toEqual([32, 32]);
    expect(tide!.initializers.find((tensor) => tensor.name === "layer1_weight")!.dims).toEqual([24, 24]);
    expect(loom!.initializers.filter((tensor) => /^layer\d+_weight$/.test(tensor.name))).toHaveLength(3);
    expect(tide!.initializers.filter((tensor) => /^layer\d+_weight$/.test(tensor.name))).toHaveLength(5);
    expect(press!.inputs).toEqual([{ name: "input1", dtype: "float32", shape: [1, 3, "height", "width"] }]);
    expect(press!.outputs).toEqual([{ name: "output1", dtype: "float32", shape: [1, 3, "height", "width"] }]);
  });

  it("behavior: cards say the weights were not trained and how they were made", async () => {
    for (const { manifest } of await buildBuiltinModels(trainer)) {
      expect(manifest.card.trainingData).toMatch(/not trained/);
      expect(manifest.card.weightsOrigin).toMatch(/Procedurally generated .* mulberry32 PRNG seeded with 0x[0-9a-f]+/);
      expect(manifest.builtIn).toBe(true);
    }
  });
});
