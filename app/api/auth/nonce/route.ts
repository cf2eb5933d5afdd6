import { issueNonce } from "@/lib/auth/issue-nonce";
import { requestClientIp } from "@/lib/http/client-ip";
import { respondJson } from "@/lib/http/respond-json";
import { withRoute } from "@/lib/http/with-route";
import { getRuntime } from "@/lib/runtime/get-runtime";

// Writes the nonce to the database.
export const runtime = "nodejs";
// Every call issues a new nonce; a cached one would be refused as used.
export const dynamic = "force-dynamic";

// GET /api/auth/nonce: a fresh single-use nonce (10 minutes) for a Sign-In with Ethereum message; 429 with Retry-After past 20 a minute from one address
export const GET = withRoute(async (request) => {
  const { prisma } = await getRuntime().database();
  const { nonce } = await issueNonce(prisma, { clientIp: requestClientIp(request) });
  return respondJson({ nonce });
});
