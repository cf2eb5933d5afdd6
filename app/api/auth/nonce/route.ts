import { issueNonce } from "@/lib/auth/issue-nonce";
import { toErrorResponse } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/get-runtime";

// Writes the nonce to the database.
export const runtime = "nodejs";
// Every call issues a new nonce; a cached one would be refused as used.
export const dynamic = "force-dynamic";

// GET /api/auth/nonce: a fresh single-use nonce (10 minutes) for a Sign-In with Ethereum message
export async function GET(): Promise<Response> {
  try {
    const { prisma } = await getRuntime().database();
    const { nonce } = await issueNonce(prisma);
    return Response.json({ nonce }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const { status, body } = toErrorResponse(error);
    return Response.json(body, { status, headers: { "cache-control": "no-store" } });
  }
}
