/** Answers of the API are per person and per moment: never cached unless a route says so. */
const NO_STORE = "no-store";

/**
 * A JSON answer with `cache-control: no-store` (unless `headers` sets another) and `status`
 * (default 200).
 */
export function respondJson(body: unknown, { status = 200, headers = {} }: { status?: number; headers?: Record<string, string> } = {}): Response {
  const all = new Headers(headers);
  if (!all.has("cache-control")) all.set("cache-control", NO_STORE);
  return Response.json(body, { status, headers: all });
}
