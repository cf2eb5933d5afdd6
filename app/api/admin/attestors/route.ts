import { setAttestorInputSchema } from "@/lib/admin/admin-request-schemas";
import { prepareSetAttestor } from "@/lib/admin/prepare-set-attestor";
import { respondOwnerAction } from "@/lib/admin/respond-owner-action";

// Reads the chain.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/admin/attestors: the Artwork owner's unsigned setAttestor transaction, simulated first
export async function POST(request: Request): Promise<Response> {
  return respondOwnerAction(request, { contract: "Artwork", schema: setAttestorInputSchema, prepare: prepareSetAttestor });
}
