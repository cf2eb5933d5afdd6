import { readContent } from "@/lib/provenance/server/read-content";
import { toErrorResponse } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { parseCid } from "@/lib/storage/parse-cid";

// The content store reads block files (or asks a Kubo node) from Node.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Content under a CID never changes: cache it for a year and never revalidate. */
const IMMUTABLE = "public, max-age=31536000, immutable";

// GET /ipfs/:cid: the stored bytes of a CID, every block checked against its hash
export async function GET(request: Request, { params }: { params: Promise<{ cid: string }> }): Promise<Response> {
  try {
    const { cid } = await params;
    const etag = `"${cid}"`;
    // Same CID, same bytes: a cached copy is always current (no need to read the store).
    if (request.headers.get("if-none-match")?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
      parseCid(cid); // a bogus CID never gets a 304
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
  } catch (error) {
    const { status, body } = toErrorResponse(error);
    return Response.json(body, { status, headers: { "cache-control": "no-store" } });
  }
}
