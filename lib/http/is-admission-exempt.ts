/** What the web server knows of a request before handing it to Next.js. */
export interface AdmissionRequest {
  method: string;
  /** The path, without the query. */
  path: string;
  /** The Accept header, if any. */
  accept?: string;
}

/**
 * Requests that skip the web server's admission gate (lib/http/create-admission-gate.ts):
 * the health probe, which load balancers and `/status` rely on to answer quickly whatever
 * else the server is doing, and server-sent event streams, which stay open for as long as
 * a job or an auction lasts and would otherwise hold a slot each. Next's static files are
 * read from disk and cost next to nothing.
 */
export function isAdmissionExempt({ method, path, accept }: AdmissionRequest): boolean {
  if (method === "GET" && path === "/api/health") return true;
  if (path.startsWith("/_next/static/")) return true;
  return method === "GET" && (accept ?? "").toLowerCase().includes("text/event-stream");
}
