import { encodeModelCard } from "./encode-model-card";
import type { GenerationRuntime } from "./generation-runtime";

// One registration per runtime; a failure is forgotten so the next call tries again.
const registered = new WeakMap<GenerationRuntime, Promise<void>>();

/**
 * Registers the built-in models (inference/ builds them into `<COLOPHON_DATA_DIR>/models`,
 * cards signed by the operator's built-in trainer key) in the database on first use: each
 * .onnx file and its card (RFC 8785 canonical JSON) are added to the content store, and a
 * Model row is created ACTIVE with the model's own id ("loom", "tide", "press"), so a
 * built-in has the same id in the database and in every runner's registry.
 *
 * A row that exists with the same card is left alone. One whose card another key signed (an
 * earlier operator key, or the key once published in this repository) is re-registered in
 * place: same id and sha256 (the bytes do not depend on the key), so generations and works
 * keep pointing at it, with the new trainer, card and signature. Its status and trainer
 * share are kept.
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
    const trainer = manifest.trainer.toLowerCase();
    const existing = await prisma.model.findUnique({ where: { sha256 }, select: { id: true, trainer: true, cardSignature: true } });
    if (existing !== null && existing.trainer === trainer && existing.cardSignature === manifest.cardSignature) continue;
    const file = await contentStore.add(inference.registry.get(manifest.id).bytes);
    const card = await contentStore.add(encodeModelCard(manifest.card));
    const signed = { trainer, cardCid: card.cid, cardSignature: manifest.cardSignature, fileCid: file.cid };
    await prisma.model.upsert({
      where: { sha256 },
      update: signed,
      create: {
        id: manifest.id,
        sha256,
        name: manifest.name,
        version: manifest.version,
        kind: manifest.kind,
        ...signed,
        status: "ACTIVE",
      },
    });
  }
}
