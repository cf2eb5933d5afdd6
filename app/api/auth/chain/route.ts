import { getServerChain } from "@/lib/auth/get-server-chain";
import { respondJson } from "@/lib/http/respond-json";
import { withRoute } from "@/lib/http/with-route";

// May ask an external chain node for its id through the runtime's provider.
export const runtime = "nodejs";
// The settings are read at run time, not at build time.
export const dynamic = "force-dynamic";

// GET /api/auth/chain: the chain wallets must be on: { chainId, name, rpcUrl? (local chain only) }
export const GET = withRoute(async () => respondJson(await getServerChain()));
