import "server-only";
import type { GenerationRuntime } from "@/lib/generation/generation-runtime";
import { listModels } from "@/lib/generation/list-models";
import type { ModelJson } from "@/lib/generation/model-json";
import { countWorksByModel } from "./count-works-by-model";

/** A model in the registry: the API's model with the number of minted works made with it. */
export interface RegistryModelJson extends ModelJson {
  /** Token rows whose modelHash is this model's sha256. */
  worksCount: number;
}

/**
 * The registry as /models shows it: every ACTIVE model (built-ins first, as GET /api/models
 * lists them) with how many minted works each made.
 */
export async function listRegistryModels(runtime: GenerationRuntime): Promise<RegistryModelJson[]> {
  const { models } = await listModels(runtime);
  const { prisma } = await runtime.database();
  const counts = await countWorksByModel(
    prisma,
    models.map((model) => model.sha256),
  );
  return models.map((model) => ({ ...model, worksCount: counts.get(model.sha256) ?? 0 }));
}
