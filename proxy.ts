import { findMalformedPathSegment } from "@/lib/http/find-malformed-path-segment";
import { invalidInput } from "@/lib/http/invalid-input";
import { respondError } from "@/lib/http/respond-error";

// Next.js decodes the dynamic segments of a path before any route handler or page runs, and
// answers a malformed percent-encoding (`/api/records/%ZZ`, `/ipfs/%E0%A4%A`) with a bare
// 500. The proxy runs before routing, so it refuses such a path with the API's 400 instead.

/** Every path but Next's own static files. */
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };

/** Before routing: a 400 naming the malformed path segment, or on to the route. */
export function proxy(request: Request): Response | undefined {
  const malformed = findMalformedPathSegment(new URL(request.url).pathname);
  if (malformed === undefined) return undefined;
  return respondError(invalidInput("path", malformed.reason, { segment: malformed.segment.slice(0, 120) }));
}
