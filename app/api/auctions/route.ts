import { parseQuery } from "@/lib/http/parse-query";
import { respondJson } from "@/lib/http/respond-json";
import { withRoute } from "@/lib/http/with-route";
import { readAuctionList } from "@/lib/market/cached-reads";
import { getMarketPrisma } from "@/lib/market/get-market-context";
import { listAuctionsQuerySchema } from "@/lib/market/list-auctions";

// Reads the index in the database (PGlite or PostgreSQL).
export const runtime = "nodejs";
// Auctions change with every bid; answers are never cached.
export const dynamic = "force-dynamic";

// GET /api/auctions?status=live|ended|all&sort=ending|newest&limit=1..100: auctions from the chain index
export const GET = withRoute(async (request) => {
  const query = parseQuery(listAuctionsQuerySchema, new URL(request.url).searchParams);
  return respondJson(await readAuctionList(await getMarketPrisma(), query));
});
