import { z } from "zod";
import { MAX_VARIATIONS } from "./generation-request";

/** What `POST /api/generations` takes: which result of which finished job to keep. */
export const keepGenerationInputSchema = z.strictObject({
  jobId: z.string({ error: "jobId must be a job id string" }).min(1, "jobId must not be empty").max(100, "jobId is at most 100 characters"),
  /** Position of the variation in the job's results, from 0. */
  index: z
    .number({ error: "index must be a number" })
    .int("index must be a whole number")
    .min(0, "index must be at least 0")
    .max(MAX_VARIATIONS - 1, `index must be at most ${MAX_VARIATIONS - 1}`),
});

export type KeepGenerationInput = z.output<typeof keepGenerationInputSchema>;
