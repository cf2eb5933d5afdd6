import { z } from "zod";
import { MarketError } from "./market-error";

/**
 * Parses URL query parameters with `schema`. Bad input is a 400 that names the field and
 * the reason (details.field, details.reason, and every issue in details.issues).
 *
 * @throws MarketError INPUT_INVALID
 */
export function parseQuery<Schema extends z.ZodType>(schema: Schema, params: URLSearchParams): z.output<Schema> {
  // A repeated parameter counts by its first value, as most servers read it.
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in raw)) raw[key] = value;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ field: issue.path.join(".") || "query", reason: issue.message }));
  const first = issues[0]!;
  throw new MarketError({
    code: "INPUT_INVALID",
    message: `Invalid ${first.field}: ${first.reason}`,
    details: { field: first.field, reason: first.reason, issues },
  });
}
