import { hasPngSignature } from "@/inference/images/read-png-ihdr";
import { z } from "zod";
import { cppnParamsSchema, styleParamsSchema } from "@/inference/generate-image";
import type { ModelManifest } from "@/inference/model-manifest";
import { InputError } from "@/lib/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { ContentStoreError } from "@/lib/storage/content-store-error";
import type { ContentStore } from "@/lib/storage/content-store";
import { checkRateLimit } from "./check-rate-limit";
import { ensureBuiltinModels } from "./ensure-builtin-models";
import { ensureRunnableModel } from "./ensure-runnable-model";
import { getActiveModel } from "./get-active-model";
import type { GenerationRequest } from "./generation-request";
import type { GenerationRuntime } from "./generation-runtime";
import { parseInput } from "@/lib/http/parse-input";
import { toModelRef } from "./to-model-ref";

/** Parameters of {@link submitGeneration}. */
export interface SubmitGenerationParameters {
  runtime: GenerationRuntime;
  /** The signed-in address. */
  requester: string;
  /** The requester's network address (lib/http/client-ip.ts), for the per-address limits; unknown skips them. */
  clientIp?: string;
  request: GenerationRequest;
}

/** What `POST /api/generate` answers (202). */
export interface SubmittedGeneration {
  jobId: string;
  /** Server-sent events of the job: progress, then result or error. */
  eventsUrl: string;
}

/** A 400 naming the field, worded like every other (lib/http invalidInput). */
function invalid(field: string, reason: string): InputError {
  return new InputError({ code: "INPUT_INVALID", message: `Invalid ${field}: ${reason}`, details: { field, reason } });
}

// Submissions are checked and stored one at a time in this process, so two at once (from
// one account, or from two accounts on one address) cannot both slip under a limit. The
// check and the insert take a few milliseconds; the job itself runs outside the lock.
let admission: Promise<unknown> = Promise.resolve();
async function oneAtATime<T>(action: () => Promise<T>): Promise<T> {
  const next = admission.catch(() => undefined).then(action);
  admission = next.catch(() => undefined);
  return next;
}

/** The model-specific checks the request schema cannot make: params, source image, size. */
async function checkAgainstModel(manifest: ModelManifest, request: GenerationRequest, contentStore: ContentStore): Promise<void> {
  const { signature } = manifest;
  const paramsSchema = signature.kind === "cppn" ? cppnParamsSchema : styleParamsSchema;
  parseInput(z.object({ params: paramsSchema }), { params: request.params });

  if (signature.kind === "cppn") {
    if (request.sourceImageCid !== undefined) throw invalid("sourceImageCid", `model "${manifest.id}" is text-to-image and takes no source image`);
    return;
  }
  if (request.sourceImageCid === undefined) throw invalid("sourceImageCid", `model "${manifest.id}" is image-to-image and needs a source image (upload one first)`);
  if ((signature.fixedWidth !== null && signature.fixedWidth !== request.width) || (signature.fixedHeight !== null && signature.fixedHeight !== request.height)) {
    throw invalid(signature.fixedWidth !== null && signature.fixedWidth !== request.width ? "width" : "height", `model "${manifest.id}" runs only at ${signature.fixedWidth ?? "any"}x${signature.fixedHeight ?? "any"} pixels`);
  }
  let source: Uint8Array;
  try {
    if (!(await contentStore.has(request.sourceImageCid))) throw invalid("sourceImageCid", "no content with this CID in the content store");
    source = await contentStore.get(request.sourceImageCid);
  } catch (error) {
    if (error instanceof ContentStoreError && error.code === "INPUT_INVALID") throw invalid("sourceImageCid", "not a valid CID");
    if (error instanceof ContentStoreError && error.code === "NOT_FOUND") throw invalid("sourceImageCid", "no content with this CID in the content store");
    throw error;
  }
  if (!hasPngSignature(source)) throw invalid("sourceImageCid", "the source image must be a PNG");
}

/**
 * Accepts a generation job: checks the model is active and can run the request (params,
 * source image in the content store, fixed sizes), applies the rate limits (per account, per
 * network address, and the fair share of a busy queue: checkRateLimit), stores the job as
 * QUEUED in GenerationJob and queues it.
 *
 * @throws GenerationError MODEL_NOT_FOUND (404), RATE_LIMITED (429), QUEUE_FULL (503) with
 *   `retryAfterSeconds`; InputError INPUT_INVALID (400) naming the field.
 */
export async function submitGeneration({ runtime, requester, clientIp, request }: SubmitGenerationParameters): Promise<SubmittedGeneration> {
  const requesterKey = requester.toLowerCase();
  await ensureBuiltinModels(runtime);
  const [database, contentStore, inference, queue] = await Promise.all([runtime.database(), runtime.contentStore(), runtime.inference(), runtime.generationQueue()]);
  const model = await getActiveModel(database, request.modelId);
  const modelRef = toModelRef(model, inference.registry);
  const manifest = await ensureRunnableModel(inference.registry, contentStore, modelRef, inference.sandbox);
  await checkAgainstModel(manifest, request, contentStore);

  return oneAtATime(async () => {
    const { prisma } = database;
    await checkRateLimit({ prisma, requester: requesterKey, clientIp, limits: queue.limits, queueDepth: () => queue.depth() });
    const job = await prisma.generationJob.create({
      data: { requester: requesterKey, clientIp, modelId: model.id, request: request as unknown as Prisma.InputJsonValue, status: "QUEUED", createdAt: new Date() },
    });
    try {
      await queue.enqueue({ jobId: job.id, model: modelRef, request });
    } catch (error) {
      // Refused jobs do not count against the rate limit, nor show up anywhere.
      await prisma.generationJob.delete({ where: { id: job.id } }).catch(() => undefined);
      throw error;
    }
    return { jobId: job.id, eventsUrl: `/api/generate/${job.id}/events` };
  });
}
