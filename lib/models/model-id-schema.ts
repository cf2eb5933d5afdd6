import { z } from "zod";

/**
 * A model id as the registry makes them: a built-in's own id ("loom") or a cuid. Anything
 * else names no model, so pages answer 404 without asking the database.
 */
export const modelIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "a model id (letters, digits, - and _)");
