import type { Model } from "@/lib/db/generated/client";
import type { Database } from "@/lib/db/database";
import { GenerationError } from "./generation-error";

/**
 * The ACTIVE Model row with this id.
 *
 * @throws GenerationError MODEL_NOT_FOUND (404) naming the field `modelId` when there is
 *   none, or the model is pending or retired.
 */
export async function getActiveModel(database: Pick<Database, "prisma">, modelId: string): Promise<Model> {
  const model = await database.prisma.model.findUnique({ where: { id: modelId } });
  if (model === null || model.status !== "ACTIVE") {
    const reason = model === null ? "no model has this id" : `the model is ${model.status.toLowerCase()}, not active`;
    throw new GenerationError({ code: "MODEL_NOT_FOUND", message: `Invalid modelId: ${reason}.`, details: { field: "modelId", reason, modelId } });
  }
  return model;
}
