import type { z } from "zod";
import { parseInput } from "./parse-input";

/**
 * Parses URL query parameters with `schema` through {@link parseInput} (so a NUL or a lone
 * surrogate is a 400 too). A repeated parameter counts by its first value, as most servers
 * read it.
 *
 * @throws HttpError INPUT_INVALID (400) naming the parameter.
 */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, params: URLSearchParams): z.output<Schema> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in raw)) raw[key] = value;
  return parseInput(schema, raw);
}
