import { toErrorResponse } from "@/lib/errors/to-error-response";

/** Answers of the provenance API are per person and per moment: never cached. */
const NO_STORE = { "cache-control": "no-store" } as const;

/** A JSON answer. */
export function respondJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/**
 * Any thrown value as the API's JSON error: a known error keeps its code, message and
 * details (the field and reason for a 4xx); anything else is a logged 500 that leaks nothing.
 */
export function respondError(error: unknown): Response {
  const { status, body } = toErrorResponse(error);
  return Response.json(body, { status, headers: NO_STORE });
}
