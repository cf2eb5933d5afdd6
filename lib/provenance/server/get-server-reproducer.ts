import type { Env } from "@/lib/config/env";
import type { InferenceReproducer } from "@/lib/provenance/verify/create-inference-reproducer";
import { getModelSandboxLimits } from "@/lib/runtime/get-model-sandbox-limits";

const KEY = Symbol.for("colophon.verifyReproducer");
type Holder = { [KEY]?: Promise<InferenceReproducer> };

/**
 * The process's reproducer for verification re-runs: the CPU provider (the reference that
 * CPU-made works reproduce bit for bit), created on the first request that asks for a
 * re-run, so onnxruntime-node is loaded only then. One per process (kept on globalThis, as
 * route bundles may load this module more than once), with its own session per model.
 * Strangers' models run in the process's shared sandbox, under the operator's
 * MODEL_SANDBOX_* limits from `settings` (omitted: the shared sandbox as it is).
 */
export function getServerReproducer(settings?: Pick<Env, "MODEL_SANDBOX_MEMORY_MIB" | "MODEL_SANDBOX_TIME_LIMIT_S">): Promise<InferenceReproducer> {
  const holder = globalThis as Holder;
  holder[KEY] ??= Promise.all([import("@/lib/provenance/verify/create-inference-reproducer"), import("@/inference/sandbox/model-sandbox")]).then(
    ([{ createInferenceReproducer }, { getDefaultModelSandbox }]) =>
      createInferenceReproducer({ device: "cpu", sandbox: settings === undefined ? undefined : getDefaultModelSandbox(getModelSandboxLimits(settings)) }),
  );
  holder[KEY].catch(() => {
    delete holder[KEY];
  });
  return holder[KEY];
}
