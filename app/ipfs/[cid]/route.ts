import { parseStoredCid } from "@/lib/http/parse-stored-cid";
import { withRoute } from "@/lib/http/with-route";
import { respondContent } from "@/lib/provenance/server/respond-content";
import { getRuntime } from "@/lib/runtime/get-runtime";

// The content store reads block files (or asks a Kubo node) from Node.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /ipfs/:cid: the stored bytes of a CID, every block checked against its hash
export const GET = withRoute<{ cid: string }>(async (request, { params }) => {
  // Only CIDs the store writes (raw or dag-pb, sha2-256): an identity CID would serve bytes
  // chosen by whoever wrote the URL. Checked first, so a bogus CID never gets a 304 either.
  const { cid } = await params;
  parseStoredCid(cid);
  return respondContent({ contentStore: await getRuntime().contentStore(), cid, ifNoneMatch: request.headers.get("if-none-match") });
});
