import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { attestRecord } from "@/lib/provenance/server/attest-record";
import { getProvenanceDeps } from "@/lib/provenance/server/get-provenance-deps";
import { parseInput, readJsonBody, recordIdSchema, signRecordInputSchema } from "@/lib/provenance/server/record-request-schemas";
import { respondError, respondJson } from "@/lib/provenance/server/respond";

// Uses the attestor key and writes to the content store.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/records/:id/sign: check the contributor's signature, attest, store, and sign the mint request
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    const recordId = parseInput(recordIdSchema, (await params).id, "id");
    const { signature } = parseInput(signRecordInputSchema, await readJsonBody(request));
    return respondJson(await attestRecord({ deps: await getProvenanceDeps(), recordId, signedIn: address, signature }));
  } catch (error) {
    return respondError(error);
  }
}
