import type { Generation } from "@/lib/db/generated/client";

/** A kept generation as the API shows it. */
export interface GenerationJson {
  id: string;
  contributor: string;
  modelId: string;
  prompt: string;
  /** Seeds are at most 2^53 - 1 when kept through the API, so a JSON number holds them exactly. */
  seed: number;
  params: unknown;
  imageCid: string;
  imageSha256: string;
  size: number;
  facts: unknown;
  createdAt: string;
}

/** The API shape of a Generation row. */
export function toGenerationJson(generation: Generation): GenerationJson {
  return {
    id: generation.id,
    contributor: generation.contributor,
    modelId: generation.modelId,
    prompt: generation.prompt,
    seed: Number(generation.seed),
    params: generation.params,
    imageCid: generation.imageCid,
    imageSha256: generation.imageSha256,
    size: generation.size,
    facts: generation.facts,
    createdAt: generation.createdAt.toISOString(),
  };
}
