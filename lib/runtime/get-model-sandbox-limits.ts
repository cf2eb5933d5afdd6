import type { ModelSandboxLimits } from "@/inference/sandbox/model-sandbox";
import type { Env } from "@/lib/config/env";

/**
 * The model sandbox's limits the operator set (MODEL_SANDBOX_MEMORY_MIB,
 * MODEL_SANDBOX_TIME_LIMIT_S); an unset one is left out, so the sandbox's default applies.
 */
export function getModelSandboxLimits(settings: Pick<Env, "MODEL_SANDBOX_MEMORY_MIB" | "MODEL_SANDBOX_TIME_LIMIT_S">): Partial<ModelSandboxLimits> {
  return {
    ...(settings.MODEL_SANDBOX_MEMORY_MIB === undefined ? {} : { memoryMiB: settings.MODEL_SANDBOX_MEMORY_MIB }),
    ...(settings.MODEL_SANDBOX_TIME_LIMIT_S === undefined ? {} : { timeLimitSeconds: settings.MODEL_SANDBOX_TIME_LIMIT_S }),
  };
}
