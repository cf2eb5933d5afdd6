import type { z } from "zod";
import { InputError } from "@/lib/errors";

/**
 * Parses `value` with `schema`; the first issue becomes INPUT_INVALID (400) whose details
 * name the field (a dotted path, e.g. `params.zoom`) and the reason in words.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : "body";
  throw new InputError({
    code: "INPUT_INVALID",
    message: `Invalid ${field}: ${issue.message}.`,
    details: { field, reason: issue.message },
  });
}
