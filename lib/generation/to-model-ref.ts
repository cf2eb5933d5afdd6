import type { ModelRegistry } from "@/inference/model-registry";
import type { Model } from "@/lib/db/generated/client";
import type { GenerationModelRef } from "./generation-queue";

/**
 * What a runner needs of a Model row. A model is built in when the registry holds a
 * built-in of the same id and file (inference/ builds those, so every runner has them).
 */
export function toModelRef(model: Model, registry: ModelRegistry): GenerationModelRef {
  const known = registry.has(model.id) ? registry.get(model.id).manifest : undefined;
  const builtIn = known !== undefined && known.builtIn && `0x${known.sha256}` === model.sha256;
  return { id: model.id, sha256: model.sha256, fileCid: model.fileCid, cardCid: model.cardCid, cardSignature: model.cardSignature, builtIn };
}
