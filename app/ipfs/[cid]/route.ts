import { parseStoredCid } from "@/lib/http/parse-stored-cid";
import { withRoute } from "@/lib/http/with-route";
import { readContent } from "@/lib/provenance/server/read-content";
import { getRuntime } from "@/lib/runtime/get-runtime";

// The content store reads block files (or asks a Kubo node) from Node.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Content under a CID never changes: cache it for a year and never revalidate. */
const IMMUTABLE = "public, max-age=31536000, immutable";

// GET /ipfs/:cid: the stored bytes of a CID, every block checked against its hash
export const GET = withRoute<{ cid: string }>(async (request, { params }) => {
  const { cid } = await params;
  // Only CIDs the store writes (raw or dag-pb, sha2-256): an identity CID would serve bytes
  // chosen by whoever wrote the URL, and other codecs or hashes cannot be checked. 400 first,
  // so a bogus CID never gets a 304 either.
  parseStoredCid(cid);
  const etag = `"${cid}"`;
  // Same CID, same bytes: a cached copy is always current (no need to read the store).
  if (request.headers.get("if-none-match")?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers: { etag, "cache-control": IMMUTABLE } });
  }
  const content = await readContent({ contentStore: await getRuntime().contentStore(), cid });
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
});
