import "server-only";
import { recoverModelCardSigner } from "@/inference/model-card";
import { ensureBuiltinModels } from "@/lib/generation/ensure-builtin-models";
import type { GenerationRuntime } from "@/lib/generation/generation-runtime";
import { buildWorkCards } from "@/lib/market/load-work-cards";
import type { WorkCardJson } from "@/lib/market/market-json";
import { countWorksByModel } from "./count-works-by-model";
import type { RegistryModelJson } from "./list-registry-models";
import { loadModelJson } from "./load-model-json";
import { modelIdSchema } from "./model-id-schema";

/** Most works /models/:id shows. */
const WORKS_LIMIT = 24;

/** What /models/:id shows: the model (whatever its status), who signed its card, and its latest works. */
export interface ModelViewJson {
  model: RegistryModelJson;
  /** The address the card's EIP-712 signature recovers (EIP-55), or null when it does not recover. */
  signedBy: string | null;
  /** Newest first, at most {@link WORKS_LIMIT}. */
  works: WorkCardJson[];
}

/**
 * One model with its signed card, the address that signed it, and the newest minted works
 * made with it. Retired models are shown too (old works still name them). Null when the id
 * is malformed or no model has it. Registers the built-ins on first use.
 */
export async function getModelView(runtime: GenerationRuntime, modelId: string): Promise<ModelViewJson | null> {
  if (!modelIdSchema.safeParse(modelId).success) return null;
  await ensureBuiltinModels(runtime);
  const [{ prisma }, contentStore, inference] = await Promise.all([runtime.database(), runtime.contentStore(), runtime.inference()]);
  const row = await prisma.model.findUnique({ where: { id: modelId } });
  if (row === null) return null;
  const [model, counts, tokens] = await Promise.all([
    loadModelJson(contentStore, inference.registry, row),
    countWorksByModel(prisma, [row.sha256]),
    prisma.token.findMany({ where: { modelHash: row.sha256 }, orderBy: [{ mintBlock: "desc" }, { tokenId: "desc" }], take: WORKS_LIMIT }),
  ]);
  const cards = await buildWorkCards(prisma, tokens);
  return {
    model: { ...model, worksCount: counts.get(row.sha256) ?? 0 },
    signedBy: recoverModelCardSigner(model.card, model.cardSignature),
    works: tokens.map((token) => cards.get(token.tokenId.toFixed())!),
  };
}
