import type { Inference } from "@/inference/create-inference";
import { isInferenceError } from "@/inference/inference-error";
import type { ContentStore } from "@/lib/storage/content-store";
import { ensureRunnableModel } from "./ensure-runnable-model";
import { fromInferenceError } from "./generation-error";
import type { GenerationPayload, GenerationResult } from "./generation-queue";
import { modelSeedOf } from "./generation-request";

/** What {@link runGenerationJob} runs with: the same in the web process and in a worker. */
export interface RunGenerationJobContext {
  /** `sandbox` (where a trainer's model is validated) defaults to the process's shared one. */
  inference: Pick<Inference, "registry" | "generateImage"> & Partial<Pick<Inference, "sandbox">>;
  contentStore: ContentStore;
  /** Called with the job's progress, 0..1 over all variations, at most every 50 ms. */
  onProgress?: (progress: number) => void;
}

/** Least time between two progress reports: a 2048-pixel image has hundreds of tiles. */
const PROGRESS_INTERVAL_MS = 50;

/**
 * A float32 value as the shortest decimal of at most 9 significant digits that gives the
 * same float32 back (Math.fround): exact for the model, and short enough that JSON storage
 * in the database (Prisma parses JSON numbers exactly only up to 15 digits) keeps it as is,
 * so results streamed live and read back after a restart are equal.
 */
function float32Decimal(value: number): number {
  for (let digits = 6; digits < 9; digits += 1) {
    const candidate = Number(value.toPrecision(digits));
    if (Math.fround(candidate) === value) return candidate;
  }
  return Number(value.toPrecision(9));
}

/**
 * Runs one job: makes sure the model is loaded (fetching a trainer's model from the content
 * store), reads the source image for style models, generates each variation (seeds seed ..
 * seed + n - 1) with real inference, and adds each PNG to the content store.
 *
 * @throws GenerationError with the inference code, or a content-store error.
 */
export async function runGenerationJob(payload: GenerationPayload, context: RunGenerationJobContext): Promise<GenerationResult[]> {
  const { request, model } = payload;
  let lastReport = Number.NEGATIVE_INFINITY;
  const report = (progress: number) => {
    const now = performance.now();
    if (context.onProgress === undefined || now - lastReport < PROGRESS_INTERVAL_MS) return;
    lastReport = now;
    context.onProgress(progress);
  };
  try {
    await ensureRunnableModel(context.inference.registry, context.contentStore, model, context.inference.sandbox);
    const sourceImage = request.sourceImageCid === undefined ? undefined : await context.contentStore.get(request.sourceImageCid);
    const results: GenerationResult[] = [];
    for (let index = 0; index < request.variations; index += 1) {
      const seed = request.seed + index;
      const image = await context.inference.generateImage({
        modelId: model.id,
        prompt: request.prompt,
        seed: modelSeedOf(seed),
        width: request.width,
        height: request.height,
        params: request.params,
        sourceImage,
        onProgress: ({ tilesDone, tilesTotal }) => report((index + tilesDone / tilesTotal) / request.variations),
      });
      const { cid, size } = await context.contentStore.add(image.png);
      const facts = image.facts.latent === undefined ? image.facts : { ...image.facts, latent: image.facts.latent.map(float32Decimal) };
      results.push({ cid, sha256: `0x${image.sha256}`, size, width: image.width, height: image.height, seed, facts });
    }
    return results;
  } catch (error) {
    throw isInferenceError(error) ? fromInferenceError(error) : error;
  }
}
