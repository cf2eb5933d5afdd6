import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Wallet } from "ethers";
import { describe, expect, it } from "vitest";
import { buildCppnModel } from "../../inference/build-cppn-model";
import { LOOM_ARCHITECTURE } from "../../inference/builtin-models";
import { generateImage } from "../../inference/generate-image";
import { signModelCard, type ModelCard } from "../../inference/model-card";
import { createModelManifest, serializeModelManifest } from "../../inference/model-manifest";
import { createModelRegistry } from "../../inference/model-registry";
import { createSessionPool } from "../../inference/session-pool";
import { validateModelFile } from "../../inference/validate-model-file";
import { caught, getModelsDirectory, makeTemporaryDirectory } from "./fixtures";

async function copyOfModels(): Promise<string> {
  const { directory } = await getModelsDirectory();
  const copy = await makeTemporaryDirectory("models-copy");
  await cp(directory, copy, { recursive: true });
  return copy;
}

describe("model registry", () => {
  it("default: loads the built-in models with verified hashes and cards", async () => {
    const { directory } = await getModelsDirectory();
    const registry = createModelRegistry();
    const loaded = await registry.loadDirectory(directory);
    expect(loaded.map((manifest) => manifest.id)).toEqual(["loom", "press", "tide"]);
    expect(registry.list().map((manifest) => `${manifest.id}:${manifest.kind}`)).toEqual(["loom:cppn", "press:style", "tide:cppn"]);
    expect(registry.get("tide").manifest.card.name).toBe("Tide");
  });

  it("behavior: a trainer registers their own model: validate, sign the card, register, generate", async () => {
    const trainer = Wallet.createRandom();
    const bytes = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 777 });
    const draft = await validateModelFile(bytes);
    const card: ModelCard = {
      modelSha256: `0x${draft.sha256}`,
      name: "Seven",
      version: "1.0.0",
      license: "CC-BY-4.0",
      trainingData: "None.",
      weightsOrigin: "Loom's architecture with seed 777.",
      trainer: trainer.address,
    };
    const manifest = createModelManifest({ draft, id: "seven", card, cardSignature: await signModelCard(card, trainer) });
    const registry = createModelRegistry();
    registry.register(manifest, bytes);
    const pool = createSessionPool({ device: "cpu" });
    const image = await generateImage({ modelId: "seven", prompt: "sea", seed: 1, width: 32, height: 32 }, { registry, pool });
    expect(image.facts.modelSha256).toBe(draft.sha256);
    await pool.close();
  });

  it("error: an unknown id is MODEL_NOT_FOUND", () => {
    expect(() => createModelRegistry().get("nope")).toThrowError(expect.objectContaining({ code: "MODEL_NOT_FOUND" }));
  });

  it("error: a manifest whose card was edited after signing is CARD_SIGNATURE_INVALID", async () => {
    const directory = await copyOfModels();
    const file = path.join(directory, "loom.manifest.json");
    const manifest = JSON.parse(await readFile(file, "utf8"));
    manifest.card.license = "All rights reserved";
    await writeFile(file, JSON.stringify(manifest));
    const error = await caught(() => createModelRegistry().loadDirectory(directory));
    expect(error.code).toBe("CARD_SIGNATURE_INVALID");
  });

  it("error: a model file changed on disk is MODEL_HASH_MISMATCH", async () => {
    const directory = await copyOfModels();
    const file = path.join(directory, "tide.onnx");
    const bytes = await readFile(file);
    bytes[bytes.length - 1] ^= 1;
    await writeFile(file, bytes);
    const error = await caught(() => createModelRegistry().loadDirectory(directory));
    expect(error.code).toBe("MODEL_HASH_MISMATCH");
    expect(error.details.id).toBe("tide");
  });

  it("error: a manifest whose sha256 was changed to match another file no longer matches its card", async () => {
    const { models } = await getModelsDirectory();
    const [loom, tide] = [models[0]!, models[1]!];
    const forged = { ...loom.manifest, sha256: tide.manifest.sha256 };
    const tideBytes = new Uint8Array(await readFile(tide.modelPath));
    const error = await caught(() => createModelRegistry().register(forged, tideBytes));
    expect(error.code).toBe("MODEL_HASH_MISMATCH");
  });

  it("error: a manifest that is not valid JSON or misses fields is MANIFEST_INVALID", async () => {
    const directory = await copyOfModels();
    await writeFile(path.join(directory, "press.manifest.json"), "{ not json");
    expect((await caught(() => createModelRegistry().loadDirectory(directory))).code).toBe("MANIFEST_INVALID");
    const { models } = await getModelsDirectory();
    const { card: _card, ...withoutCard } = models[0]!.manifest;
    expect((await caught(() => createModelRegistry().register(withoutCard, new Uint8Array()))).code).toBe("MANIFEST_INVALID");
  });

  it("behavior: the manifest file is canonical JSON (sorted keys)", async () => {
    const { models } = await getModelsDirectory();
    const text = await readFile(models[0]!.manifestPath, "utf8");
    expect(text).toBe(serializeModelManifest(models[0]!.manifest));
    expect(Object.keys(JSON.parse(text))).toEqual([...Object.keys(JSON.parse(text))].sort());
  });
});
