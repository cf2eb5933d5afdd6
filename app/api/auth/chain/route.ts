import { getServerChain } from "@/lib/auth/get-server-chain";
import { toErrorResponse } from "@/lib/errors";

// May ask an external chain node for its id through the runtime's provider.
export const runtime = "nodejs";
// The settings are read at run time, not at build time.
export const dynamic = "force-dynamic";

// GET /api/auth/chain: the chain wallets must be on: { chainId, name, rpcUrl? (local chain only) }
export async function GET(): Promise<Response> {
  try {
    const chain = await getServerChain();
    return Response.json(chain, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    const { status, body } = toErrorResponse(error);
    return Response.json(body, { status, headers: { "cache-control": "no-store" } });
  }
}
