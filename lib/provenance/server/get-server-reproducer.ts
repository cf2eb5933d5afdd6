import type { InferenceReproducer } from "@/lib/provenance/verify/create-inference-reproducer";

const KEY = Symbol.for("colophon.verifyReproducer");
type Holder = { [KEY]?: Promise<InferenceReproducer> };

/**
 * The process's reproducer for verification re-runs: the CPU provider (the reference that
 * CPU-made works reproduce bit for bit), created on the first request that asks for a
 * re-run, so onnxruntime-node is loaded only then. One per process (kept on globalThis, as
 * route bundles may load this module more than once), with its own session per model.
 */
export function getServerReproducer(): Promise<InferenceReproducer> {
  const holder = globalThis as Holder;
  holder[KEY] ??= import("@/lib/provenance/verify/create-inference-reproducer").then(({ createInferenceReproducer }) =>
    createInferenceReproducer({ device: "cpu" }),
  );
  holder[KEY].catch(() => {
    delete holder[KEY];
  });
  return holder[KEY];
}
