import "server-only";
import type { ModelRegistry } from "@/inference/model-registry";
import type { Model } from "@/lib/db/generated/client";
import { toModelJson, type ModelJson } from "@/lib/generation/model-json";
import { readModelCard } from "@/lib/generation/read-model-card";
import { toModelRef } from "@/lib/generation/to-model-ref";
import type { ContentStore } from "@/lib/storage/content-store";

/** A Model row as the API shows it: with its signed card (from the content store) and whether it is built in. */
export async function loadModelJson(contentStore: ContentStore, registry: ModelRegistry, row: Model): Promise<ModelJson> {
  return toModelJson(row, await readModelCard(contentStore, row.cardCid), toModelRef(row, registry).builtIn);
}
