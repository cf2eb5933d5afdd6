import { z } from "zod";
import { modelCardSchema } from "@/inference/model-card";

/**
 * The text fields of `POST /api/models` (multipart, beside the `file`): the card as the
 * trainer signed it, less `modelSha256` (the server computes it from the file; when sent,
 * it must agree), the EIP-712 signature, and the trainer's royalty share.
 */
export const registerModelFieldsSchema = z.strictObject({
  name: modelCardSchema.shape.name,
  version: modelCardSchema.shape.version,
  license: modelCardSchema.shape.license,
  trainingData: modelCardSchema.shape.trainingData,
  weightsOrigin: modelCardSchema.shape.weightsOrigin,
  trainer: modelCardSchema.shape.trainer,
  modelSha256: modelCardSchema.shape.modelSha256.optional(),
  cardSignature: z.string().regex(/^0x[0-9a-fA-F]{130}$/, "a 65-byte signature as 0x followed by 130 hex digits"),
  trainerShareBps: z
    .string()
    .regex(/^\d{1,5}$/, "a whole number of basis points, 0 to 10000")
    .transform(Number)
    .refine((value) => value <= 10_000, "at most 10000 basis points (100%)")
    .default(0),
});

/** Validated registration fields. */
export type RegisterModelFields = z.output<typeof registerModelFieldsSchema>;
