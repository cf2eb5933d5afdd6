import type { Prisma } from "@/lib/db/generated/client";
import { InputError } from "@/lib/errors";
import { toGenerationJson, type GenerationJson } from "./generation-json";
import type { GenerationResult } from "./generation-queue";
import type { GenerationRequest } from "./generation-request";
import type { GenerationRuntime } from "./generation-runtime";
import type { KeepGenerationInput } from "./keep-generation-input";

/** Parameters of {@link keepGeneration}. */
export interface KeepGenerationParameters {
  runtime: Pick<GenerationRuntime, "database">;
  /** The signed-in address: only the requester of the job may keep its results. */
  contributor: string;
  input: KeepGenerationInput;
}

/**
 * Keeps one result of the contributor's own finished job: creates the Generation row
 * (contributor, model, prompt, seed, params, image CID, sha256, size, facts) that a
 * provenance record and a mint start from. Keeping the same result again returns the row
 * kept before (`created: false`).
 *
 * @throws InputError NOT_FOUND (no such job), FORBIDDEN (someone else's job), CONFLICT (the
 *   job has not succeeded), INPUT_INVALID on `index` (no such result).
 */
export async function keepGeneration({ runtime, contributor, input }: KeepGenerationParameters): Promise<{ generation: GenerationJson; created: boolean }> {
  const { prisma } = await runtime.database();
  const owner = contributor.toLowerCase();
  const job = await prisma.generationJob.findUnique({ where: { id: input.jobId } });
  if (job === null) throw new InputError({ code: "NOT_FOUND", message: `No generation job ${input.jobId}.`, details: { field: "jobId", reason: "no job has this id" } });
  if (job.requester !== owner) {
    throw new InputError({ code: "FORBIDDEN", message: "Only the account that asked for a job may keep its results.", details: { field: "jobId", reason: "the job belongs to another account" } });
  }
  if (job.status !== "SUCCEEDED") {
    throw new InputError({
      code: "CONFLICT",
      message: `The job is ${job.status.toLowerCase()}; only a finished job's results can be kept.`,
      details: { field: "jobId", reason: "the job has not succeeded", status: job.status },
    });
  }
  const results = (job.results ?? []) as unknown as GenerationResult[];
  const result = results[input.index];
  if (result === undefined) {
    throw new InputError({
      code: "INPUT_INVALID",
      message: `Invalid index: the job has ${results.length} result${results.length === 1 ? "" : "s"}.`,
      details: { field: "index", reason: `must be below ${results.length}` },
    });
  }
  const request = job.request as unknown as GenerationRequest;
  const seed = BigInt(result.seed);
  const kept = await prisma.generation.findFirst({
    where: { contributor: owner, modelId: job.modelId, imageSha256: result.sha256, seed },
    orderBy: { createdAt: "asc" },
  });
  if (kept !== null) return { generation: toGenerationJson(kept), created: false };

  const params = {
    width: result.width,
    height: result.height,
    // The params the model ran with, defaults included.
    ...result.facts.params,
    ...(request.sourceImageCid === undefined ? {} : { sourceImageCid: request.sourceImageCid }),
  };
  const generation = await prisma.generation.create({
    data: {
      contributor: owner,
      modelId: job.modelId,
      prompt: request.prompt,
      seed,
      params: params as Prisma.InputJsonValue,
      imageCid: result.cid,
      imageSha256: result.sha256,
      size: result.size,
      facts: result.facts as unknown as Prisma.InputJsonValue,
    },
  });
  return { generation: toGenerationJson(generation), created: true };
}
