import { toErrorResponse } from "@/lib/errors";
import { readAuctionList } from "@/lib/market/cached-reads";
import { getMarketPrisma } from "@/lib/market/get-market-context";
import { listAuctionsQuerySchema } from "@/lib/market/list-auctions";
import { parseQuery } from "@/lib/market/parse-query";

// Reads the index in the database (PGlite or PostgreSQL).
export const runtime = "nodejs";
// Auctions change with every bid; answers are never cached.
export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" } as const;

// GET /api/auctions?status=live|ended|all&sort=ending|newest&limit=1..100: auctions from the chain index
export async function GET(request: Request): Promise<Response> {
  try {
    const query = parseQuery(listAuctionsQuerySchema, new URL(request.url).searchParams);
    return Response.json(await readAuctionList(await getMarketPrisma(), query), { headers: NO_STORE });
  } catch (error) {
    const { status, body } = toErrorResponse(error);
    return Response.json(body, { status, headers: NO_STORE });
  }
}
