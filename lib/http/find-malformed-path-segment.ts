import { findIllFormedString } from "./find-ill-formed-string";

/**
 * The first segment of a URL path that cannot be a parameter: malformed percent-encoding
 * (`%ZZ`, a cut-off `%E0%A4%A`), bytes that are not UTF-8 (an encoded lone surrogate), or a
 * NUL once decoded. Returns the segment as sent and the reason, or undefined when all are
 * fine. Next.js decodes dynamic segments itself and answers 500 on the first two, so the
 * proxy asks this before routing.
 */
export function findMalformedPathSegment(pathname: string): { segment: string; reason: string } | undefined {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) {
      if (segment.includes("\0")) return { segment, reason: "contains a NUL character" };
      continue;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return { segment, reason: "malformed percent-encoding (or bytes that are not UTF-8)" };
    }
    const problem = findIllFormedString(decoded);
    if (problem !== undefined) return { segment, reason: problem.reason };
  }
  return undefined;
}
