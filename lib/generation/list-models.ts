import { ensureBuiltinModels } from "./ensure-builtin-models";
import type { GenerationRuntime } from "./generation-runtime";
import { toModelJson, type ModelJson } from "./model-json";
import { readModelCard } from "./read-model-card";
import { toModelRef } from "./to-model-ref";

/**
 * The models people can generate with: every ACTIVE model with its signed card and trainer,
 * built-ins first, then trainers' models oldest first. Registers the built-ins on first use.
 */
export async function listModels(runtime: GenerationRuntime): Promise<{ models: ModelJson[] }> {
  await ensureBuiltinModels(runtime);
  const [{ prisma }, contentStore, inference] = await Promise.all([runtime.database(), runtime.contentStore(), runtime.inference()]);
  const rows = await prisma.model.findMany({ where: { status: "ACTIVE" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const models = await Promise.all(
    rows.map(async (row) => toModelJson(row, await readModelCard(contentStore, row.cardCid), toModelRef(row, inference.registry).builtIn)),
  );
  return { models: models.sort((left, right) => Number(right.builtIn) - Number(left.builtIn)) };
}
