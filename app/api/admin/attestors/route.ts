import { setAttestorInputSchema } from "@/lib/admin/admin-request-schemas";
import { prepareSetAttestor } from "@/lib/admin/prepare-set-attestor";
import { respondOwnerAction } from "@/lib/admin/respond-owner-action";
import { withSession } from "@/lib/http/with-session";

// Reads the chain.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/admin/attestors: the Artwork owner's unsigned setAttestor transaction, simulated first
export const POST = withSession((request, { address }) =>
  respondOwnerAction(request, address, { contract: "Artwork", schema: setAttestorInputSchema, prepare: prepareSetAttestor }),
);
