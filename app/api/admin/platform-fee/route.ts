import { setPlatformFeeInputSchema } from "@/lib/admin/admin-request-schemas";
import { prepareSetPlatformFee } from "@/lib/admin/prepare-set-platform-fee";
import { respondOwnerAction } from "@/lib/admin/respond-owner-action";
import { withSession } from "@/lib/http/with-session";

// Reads the chain.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/admin/platform-fee: the AuctionHouse owner's unsigned setPlatformFee transaction, simulated first
export const POST = withSession((request, { address }) =>
  respondOwnerAction(request, address, { contract: "AuctionHouse", schema: setPlatformFeeInputSchema, prepare: prepareSetPlatformFee }),
);
