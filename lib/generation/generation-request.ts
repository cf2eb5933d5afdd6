import { z } from "zod";
import { cidSchema } from "@/lib/http/cid-schema";

/** Longest prompt a person may send, in characters. */
export const MAX_GENERATION_PROMPT_LENGTH = 1_000;
/** Smallest and largest image side, in pixels. */
export const MIN_GENERATION_SIDE = 64;
export const MAX_GENERATION_SIDE = 2048;
/** Most variations (seeds seed..seed+n-1) per job. */
export const MAX_VARIATIONS = 4;
/** Largest seed: any integer a JSON number carries exactly (2^53 - 1). */
export const MAX_GENERATION_SEED = Number.MAX_SAFE_INTEGER;

const side = (name: string) =>
  z
    .number({ error: `${name} must be a number of pixels` })
    .int(`${name} must be a whole number of pixels`)
    .min(MIN_GENERATION_SIDE, `${name} must be at least ${MIN_GENERATION_SIDE} pixels`)
    .max(MAX_GENERATION_SIDE, `${name} must be at most ${MAX_GENERATION_SIDE} pixels`);

/** What `POST /api/generate` takes. Model-specific checks (params, source image) come later. */
export const generationRequestSchema = z
  .strictObject({
    modelId: z.string({ error: "modelId must be a model id string" }).min(1, "modelId must not be empty").max(100, "modelId is at most 100 characters"),
    prompt: z
      .string({ error: "prompt must be a string" })
      .max(MAX_GENERATION_PROMPT_LENGTH, `prompt is at most ${MAX_GENERATION_PROMPT_LENGTH} characters`),
    seed: z
      .number({ error: "seed must be a number" })
      // Range first: 2^53 and above are not "safe" integers, and the range is the real reason.
      .min(0, "seed must be at least 0")
      .max(MAX_GENERATION_SEED, `seed must be at most ${MAX_GENERATION_SEED} (2^53 - 1)`)
      .int("seed must be a whole number"),
    width: side("width"),
    height: side("height"),
    variations: z
      .number({ error: "variations must be a number" })
      .int("variations must be a whole number")
      .min(1, "variations must be at least 1")
      .max(MAX_VARIATIONS, `variations must be at most ${MAX_VARIATIONS}`)
      .default(1),
    // Only CIDs the content store writes (raw or dag-pb, sha2-256): never an identity CID.
    sourceImageCid: cidSchema.optional(),
    // Rounded to 15 significant digits before anything runs: the database's JSON parser
    // (Prisma's) is exact only up to that, and the record must hold what the model ran with.
    params: z
      .record(z.string(), z.number({ error: "each param must be a number" }).transform((value) => Number(value.toPrecision(15))))
      .default({}),
  })
  .superRefine((request, context) => {
    // Written so that no intermediate sum exceeds 2^53 - 1 (where addition rounds).
    if (request.seed > MAX_GENERATION_SEED - (request.variations - 1)) {
      context.addIssue({
        code: "custom",
        path: ["seed"],
        message: `seed + variations - 1 must be at most ${MAX_GENERATION_SEED}`,
      });
    }
  });

/** A validated generation request, defaults applied. */
export type GenerationRequest = z.output<typeof generationRequestSchema>;

/**
 * The 32-bit seed the model runs with for a request seed of up to 2^53 - 1. Seeds below 2^32
 * map to themselves; the high bits of larger seeds are folded in (golden-ratio multiply), so
 * they still vary the image. `facts.seed` records the value used.
 */
export function modelSeedOf(seed: number): number {
  const low = seed % 0x1_0000_0000;
  const high = Math.floor(seed / 0x1_0000_0000);
  return (low ^ Math.imul(high, 0x9e3779b1)) >>> 0;
}
