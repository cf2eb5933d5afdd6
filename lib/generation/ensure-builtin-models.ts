import { encodeModelCard } from "./encode-model-card";
import type { GenerationRuntime } from "./generation-runtime";

// One registration per runtime; a failure is forgotten so the next call tries again.
const registered = new WeakMap<GenerationRuntime, Promise<void>>();

/**
 * Registers the built-in models (inference/ builds them into `<COLOPHON_DATA_DIR>/models`)
 * in the database on first use: each .onnx file and its card (RFC 8785 canonical JSON) are
 * added to the content store, and a Model row is created ACTIVE with the model's own id
 * ("loom", "tide", "press"), so a built-in has the same id in the database and in every
 * runner's registry. Rows that exist (same sha256) are left alone.
 */
export function ensureBuiltinModels(runtime: GenerationRuntime): Promise<void> {
  let pending = registered.get(runtime);
  if (pending === undefined) {
    pending = register(runtime);
    registered.set(runtime, pending);
    pending.catch(() => registered.delete(runtime));
  }
  return pending;
}

async function register(runtime: GenerationRuntime): Promise<void> {
  const [{ prisma }, contentStore, inference] = await Promise.all([runtime.database(), runtime.contentStore(), runtime.inference()]);
  for (const manifest of inference.registry.list().filter((model) => model.builtIn)) {
    const sha256 = `0x${manifest.sha256}`;
    if ((await prisma.model.findUnique({ where: { sha256 }, select: { id: true } })) !== null) continue;
    const file = await contentStore.add(inference.registry.get(manifest.id).bytes);
    const card = await contentStore.add(encodeModelCard(manifest.card));
    await prisma.model.upsert({
      where: { sha256 },
      update: {},
      create: {
        id: manifest.id,
        sha256,
        name: manifest.name,
        version: manifest.version,
        kind: manifest.kind,
        trainer: manifest.trainer.toLowerCase(),
        fileCid: file.cid,
        cardCid: card.cid,
        cardSignature: manifest.cardSignature,
        status: "ACTIVE",
      },
    });
  }
}
