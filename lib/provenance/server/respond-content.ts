import type { ContentStore } from "@/lib/storage/content-store";
import { readContent } from "./read-content";

/** Content under a CID never changes: cache it for a year and never revalidate. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** Parameters of {@link respondContent}. */
export interface RespondContentParameters {
  contentStore: ContentStore;
  /** A CID the HTTP edge accepted (lib/http parseStoredCid). */
  cid: string;
  /** The request's `If-None-Match` header, if any. */
  ifNoneMatch: string | null;
}

/**
 * The gateway's answer for a CID: 304 when the caller's ETag names it (same CID, same bytes,
 * so the store is not read), otherwise the bytes, every block checked against its hash
 * ({@link readContent}), typed from the bytes themselves, immutable, and sandboxed so that
 * stored HTML or SVG is never run by a browser.
 */
export async function respondContent({ contentStore, cid, ifNoneMatch }: RespondContentParameters): Promise<Response> {
  const etag = `"${cid}"`;
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers: { etag, "cache-control": IMMUTABLE } });
  }
  const content = await readContent({ contentStore, cid });
  return new Response(content.bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "content-type": content.contentType,
      "content-length": String(content.bytes.length),
      etag,
      "cache-control": IMMUTABLE,
      // Stored bytes are served as what they are, never re-interpreted by the browser.
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
