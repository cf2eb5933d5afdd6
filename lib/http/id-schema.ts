import { z } from "zod";

/**
 * A database id in a path or body (a cuid, or a built-in model's name such as `loom`): 1 to
 * 100 letters, digits, `-` or `_`. Anything else can name no row, so it is a 400, not a
 * query.
 */
export const idSchema = z
  .string({ error: "must be an id string" })
  .min(1, "must not be empty")
  .max(100, "is at most 100 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "may hold only letters, digits, - and _");
