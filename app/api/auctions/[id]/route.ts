import { z } from "zod";
import { toErrorResponse } from "@/lib/errors";
import { readAuction } from "@/lib/market/cached-reads";
import { auctionIdSchema, getAuctionQuerySchema } from "@/lib/market/get-auction";
import { getMarketPrisma } from "@/lib/market/get-market-context";
import { parseQuery } from "@/lib/market/parse-query";

// Reads the index in the database (PGlite or PostgreSQL).
export const runtime = "nodejs";
// Polled every few seconds by the auction page for new bids: never cached.
export const dynamic = "force-dynamic";

const NO_STORE = { "cache-control": "no-store" } as const;

// GET /api/auctions/:id?account=0x…: one auction with its bids and settlement (and that account's credit)
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { id } = parseQuery(z.object({ id: auctionIdSchema }), new URLSearchParams({ id: (await params).id }));
    const { account } = parseQuery(getAuctionQuerySchema, new URL(request.url).searchParams);
    return Response.json(await readAuction({ prisma: await getMarketPrisma(), id, account }), { headers: NO_STORE });
  } catch (error) {
    const { status, body } = toErrorResponse(error);
    return Response.json(body, { status, headers: NO_STORE });
  }
}
