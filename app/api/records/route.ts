import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { draftRecord } from "@/lib/provenance/server/draft-record";
import { getProvenanceDeps } from "@/lib/provenance/server/get-provenance-deps";
import { draftRecordInputSchema, parseInput, readJsonBody } from "@/lib/provenance/server/record-request-schemas";
import { respondError, respondJson } from "@/lib/provenance/server/respond";

// Opens the database, the content store and the chain provider.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/records: assemble (or re-assemble) the draft provenance record of a kept generation
export async function POST(request: Request): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    const input = parseInput(draftRecordInputSchema, await readJsonBody(request));
    return respondJson(await draftRecord({ deps: await getProvenanceDeps(), signedIn: address, input }));
  } catch (error) {
    return respondError(error);
  }
}
