import { parseInput } from "@/lib/http/parse-input";
import { parseQuery } from "@/lib/http/parse-query";
import { respondJson } from "@/lib/http/respond-json";
import { withRoute } from "@/lib/http/with-route";
import { readAuction } from "@/lib/market/cached-reads";
import { auctionIdSchema, getAuctionQuerySchema } from "@/lib/market/get-auction";
import { getMarketPrisma } from "@/lib/market/get-market-context";

// Reads the index in the database (PGlite or PostgreSQL).
export const runtime = "nodejs";
// Polled every few seconds by the auction page for new bids: never cached.
export const dynamic = "force-dynamic";

// GET /api/auctions/:id?account=0x…: one auction with its bids and settlement (and that account's credit)
export const GET = withRoute<{ id: string }>(async (request, { params }) => {
  const id = parseInput(auctionIdSchema, (await params).id, "id");
  const { account } = parseQuery(getAuctionQuerySchema, new URL(request.url).searchParams);
  return respondJson(await readAuction({ prisma: await getMarketPrisma(), id, account }));
});
