import type { Wallet } from "ethers";
import { POST as registerModel } from "@/app/api/models/route";
import { buildCppnModel } from "@/inference/build-cppn-model";
import { LOOM_ARCHITECTURE } from "@/inference/builtin-models";
import { signModelCard, type ModelCard } from "@/inference/model-card";
import { sha256Hex } from "@/inference/sha256-hex";
import type { ModelJson } from "@/lib/generation/model-json";
import { multipartRequest } from "../../lib/generation/fixtures";

/** The card text of the trainers' test models (name and weights differ per call). */
export const CARD_TEXT = {
  version: "1.0.0",
  license: "CC-BY-4.0",
  trainingData: "None: procedurally generated weights.",
  weightsOrigin: "Loom's architecture with other weights.",
} as const;

/**
 * Registers a trainer's CPPN (Loom's architecture, weights from `weightSeed`) through
 * POST /api/models, signed in as `trainer` and signed by it, with a 15% trainer share, as
 * models-route.test.ts does; returns the created model.
 */
export async function registerTestModel(trainer: Wallet, name: string, weightSeed: number): Promise<ModelJson> {
  const file = new Uint8Array(buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed }));
  const card: ModelCard = { modelSha256: `0x${sha256Hex(file)}`, name, ...CARD_TEXT, trainer: trainer.address };
  const cardSignature = await signModelCard(card, trainer);
  const { modelSha256: _signedHash, ...fields } = card;
  const response = await registerModel(await multipartRequest("/api/models", file, { ...fields, cardSignature, trainerShareBps: "1500" }, trainer));
  if (response.status !== 201) throw new Error(`registering ${name} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { model: ModelJson }).model;
}
