import { z } from "zod";

/** Body of `POST /api/models/:id/status`: what the trainer wants the model to be. */
export const setModelStatusBodySchema = z.strictObject({
  status: z.enum(["active", "retired"], { error: 'must be "active" or "retired"' }),
});

/** A validated status change. */
export type SetModelStatusBody = z.output<typeof setModelStatusBodySchema>;
