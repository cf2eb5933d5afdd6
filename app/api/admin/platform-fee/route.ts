import { setPlatformFeeInputSchema } from "@/lib/admin/admin-request-schemas";
import { prepareSetPlatformFee } from "@/lib/admin/prepare-set-platform-fee";
import { respondOwnerAction } from "@/lib/admin/respond-owner-action";

// Reads the chain.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/admin/platform-fee: the AuctionHouse owner's unsigned setPlatformFee transaction, simulated first
export async function POST(request: Request): Promise<Response> {
  return respondOwnerAction(request, { contract: "AuctionHouse", schema: setPlatformFeeInputSchema, prepare: prepareSetPlatformFee });
}
