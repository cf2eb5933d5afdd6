import "server-only";
import { ensureBuiltinModels } from "@/lib/generation/ensure-builtin-models";
import type { GenerationRuntime } from "@/lib/generation/generation-runtime";
import type { ModelJson } from "@/lib/generation/model-json";
import { toModelRef } from "@/lib/generation/to-model-ref";
import { InputError } from "@/lib/errors";
import { loadModelJson } from "./load-model-json";
import { modelIdSchema } from "./model-id-schema";
import type { SetModelStatusBody } from "./set-model-status-body";

/** Parameters of {@link setModelStatus}. */
export interface SetModelStatusParameters {
  runtime: GenerationRuntime;
  modelId: string;
  status: SetModelStatusBody["status"];
  /**
   * Refuses unless the one asking is the model's trainer (given as the row holds it,
   * lowercase); the route passes `requireAddress` bound to the request.
   */
  authorize(trainer: string): Promise<unknown>;
}

const TO_ROW_STATUS = { active: "ACTIVE", retired: "RETIRED" } as const;

/**
 * Retires a model (GET /api/models leaves it out and generating with it is refused; it
 * stays in the database and the content store so works made with it still verify) or
 * makes a retired one active again. Asking for the status a model has already changes
 * nothing and answers the same.
 *
 * @throws InputError NOT_FOUND (404) when no model has the id; whatever `authorize` throws
 *   (FORBIDDEN 403, WRONG_ACCOUNT) for anyone but the trainer; CONFLICT (409) for a built-in
 *   model, or a model whose card was never checked (PENDING).
 */
export async function setModelStatus({ runtime, modelId, status, authorize }: SetModelStatusParameters): Promise<{ model: ModelJson }> {
  await ensureBuiltinModels(runtime);
  const [{ prisma }, contentStore, inference] = await Promise.all([runtime.database(), runtime.contentStore(), runtime.inference()]);
  const row = modelIdSchema.safeParse(modelId).success ? await prisma.model.findUnique({ where: { id: modelId } }) : null;
  if (row === null) {
    throw new InputError({
      code: "NOT_FOUND",
      message: `No model has the id ${JSON.stringify(modelId)}.`,
      details: { field: "id", reason: "no model has this id", modelId },
    });
  }
  await authorize(row.trainer);
  if (toModelRef(row, inference.registry).builtIn) {
    throw new InputError({
      code: "CONFLICT",
      message: `${row.name} is a built-in model: built-in models ship with the server and cannot be retired or reactivated.`,
      details: { field: "id", reason: "built-in models cannot be retired or reactivated", modelId },
    });
  }
  if (row.status === "PENDING") {
    throw new InputError({
      code: "CONFLICT",
      message: `${row.name} is pending: its card has not been checked, so it can be neither retired nor made active.`,
      details: { field: "id", reason: "the model is pending", modelId },
    });
  }
  const target = TO_ROW_STATUS[status];
  const updated = row.status === target ? row : await prisma.model.update({ where: { id: row.id }, data: { status: target } });
  return { model: await loadModelJson(contentStore, inference.registry, updated) };
}
