import type { z } from "zod";
import { findIllFormedString } from "./find-ill-formed-string";
import { invalidInput } from "./invalid-input";

/**
 * Parses request input (a JSON body, form fields, query or path parameters) with `schema`.
 * Every string in it, keys included, must be well-formed text first: a NUL character or a
 * lone UTF-16 surrogate anywhere is a 400 naming the field. Then the first schema issue is
 * a 400 whose details name the field as a dotted path (`split.1.account`, prefixed with
 * `field` when given, e.g. `id` for a path parameter; `body` for the whole value) and the
 * reason: "is required" for a missing field, "is not a field of this request" for an
 * unknown one, the schema's message otherwise.
 *
 * @throws HttpError INPUT_INVALID (400).
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, field?: string): z.output<Schema> {
  const prefix = field === undefined ? [] : [field];
  const illFormed = findIllFormedString(value);
  if (illFormed !== undefined) throw invalidInput(nameOf([...prefix, ...illFormed.path]), illFormed.reason);
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === "unrecognized_keys") throw invalidInput(nameOf([...prefix, ...issue.path, issue.keys[0]!]), "is not a field of this request");
  // A missing required field reads better as "is required" than zod's type message.
  const reason = issue.code === "invalid_type" && valueAt(value, issue.path) === undefined ? "is required" : issue.message;
  throw invalidInput(nameOf([...prefix, ...issue.path]), reason);
}

function nameOf(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join(".") : "body";
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
