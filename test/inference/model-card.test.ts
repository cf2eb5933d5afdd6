import { verifyTypedData, Wallet } from "ethers";
import { describe, expect, it } from "vitest";
import {
  MODEL_CARD_DOMAIN,
  MODEL_CARD_TYPES,
  modelCardSchema,
  recoverModelCardSigner,
  signModelCard,
  verifyModelCard,
  type ModelCard,
} from "../../inference/model-card";
import { getModelsDirectory } from "./fixtures";
import { TEST_BUILTIN_TRAINER } from "./test-builtin-trainer";

const BUILTIN_TRAINER_ADDRESS = TEST_BUILTIN_TRAINER.address;

function sampleCard(trainer: string): ModelCard {
  return {
    modelSha256: `0x${"ab".repeat(32)}`,
    name: "Sample",
    version: "0.1.0",
    license: "CC-BY-4.0",
    trainingData: "2,000 photographs taken by the trainer.",
    weightsOrigin: "Trained from scratch for 40 epochs.",
    trainer,
  };
}

describe("model card", () => {
  it("default: every built-in card verifies with ethers.verifyTypedData against the key that built it", async () => {
    const { models } = await getModelsDirectory();
    for (const { manifest } of models) {
      const types = { ModelCard: MODEL_CARD_TYPES.ModelCard.map((field) => ({ ...field })) };
      expect(verifyTypedData({ ...MODEL_CARD_DOMAIN }, types, manifest.card, manifest.cardSignature)).toBe(BUILTIN_TRAINER_ADDRESS);
      expect(verifyModelCard(manifest.card, manifest.cardSignature)).toBe(true);
    }
  });

  it("behavior: the domain has no chainId and the type lists the seven fields in order", () => {
    expect(MODEL_CARD_DOMAIN).toEqual({ name: "Colophon Model Card", version: "1" });
    expect(MODEL_CARD_TYPES.ModelCard.map((field) => `${field.type} ${field.name}`)).toEqual([
      "bytes32 modelSha256",
      "string name",
      "string version",
      "string license",
      "string trainingData",
      "string weightsOrigin",
      "address trainer",
    ]);
  });

  it("behavior: a trainer's own key signs a card that verifies", async () => {
    const wallet = Wallet.createRandom();
    const card = sampleCard(wallet.address);
    const signature = await signModelCard(card, wallet);
    expect(recoverModelCardSigner(card, signature)).toBe(wallet.address);
    expect(verifyModelCard(card, signature)).toBe(true);
  });

  it("error: a tampered card (any field) fails verification", async () => {
    const { models } = await getModelsDirectory();
    const { card, cardSignature } = models[0]!.manifest;
    for (const change of [{ license: "Proprietary" }, { trainingData: "Scraped images" }, { modelSha256: `0x${"00".repeat(32)}` }, { version: "9.9.9" }]) {
      expect(verifyModelCard({ ...card, ...change }, cardSignature)).toBe(false);
    }
  });

  it("error: a card naming a trainer who did not sign it fails", async () => {
    const signer = Wallet.createRandom();
    const card = sampleCard(Wallet.createRandom().address);
    expect(verifyModelCard(card, await signModelCard(card, signer))).toBe(false);
  });

  it("error: a malformed signature fails without throwing", () => {
    expect(verifyModelCard(sampleCard(BUILTIN_TRAINER_ADDRESS), "0x1234")).toBe(false);
  });

  it("error: the schema refuses a lower-case address and a sha256 without 0x", () => {
    const card = sampleCard(BUILTIN_TRAINER_ADDRESS);
    expect(modelCardSchema.safeParse({ ...card, trainer: BUILTIN_TRAINER_ADDRESS.toLowerCase() }).success).toBe(false);
    expect(modelCardSchema.safeParse({ ...card, modelSha256: "ab".repeat(32) }).success).toBe(false);
    expect(modelCardSchema.safeParse(card).success).toBe(true);
  });
});
