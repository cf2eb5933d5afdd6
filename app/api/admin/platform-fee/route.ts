import { setPlatformFeeInputSchema } from "@/lib/admin/admin-request-schemas";
import { getAdminChain } from "@/lib/admin/get-admin-chain";
import { prepareSetPlatformFee } from "@/lib/admin/prepare-set-platform-fee";
import { requireContractOwner } from "@/lib/admin/require-contract-owner";
import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { parseInput, readJsonBody } from "@/lib/provenance/server/record-request-schemas";
import { respondError, respondJson } from "@/lib/provenance/server/respond";

// Reads the chain.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/admin/platform-fee: the AuctionHouse owner's unsigned setPlatformFee transaction, simulated first
export async function POST(request: Request): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    const chain = await getAdminChain();
    // Who is asking is checked before the body is read: a stranger learns nothing of its rules.
    const owner = await requireContractOwner({ chain, contract: "AuctionHouse", address });
    const input = parseInput(setPlatformFeeInputSchema, await readJsonBody(request));
    return respondJson(await prepareSetPlatformFee({ chain, owner, input }));
  } catch (error) {
    return respondError(error);
  }
}
