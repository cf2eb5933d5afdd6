import { parseInput } from "@/lib/http/parse-input";
import { readJsonBody } from "@/lib/http/read-json-body";
import { respondJson } from "@/lib/http/respond-json";
import { withSession } from "@/lib/http/with-session";
import { draftRecord } from "@/lib/provenance/server/draft-record";
import { getProvenanceDeps } from "@/lib/provenance/server/get-provenance-deps";
import { draftRecordInputSchema } from "@/lib/provenance/server/record-request-schemas";

// Opens the database, the content store and the chain provider.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/records: assemble (or re-assemble) the draft provenance record of a kept generation
export const POST = withSession(async (request, { address }) => {
  const input = parseInput(draftRecordInputSchema, await readJsonBody(request));
  return respondJson(await draftRecord({ deps: await getProvenanceDeps(), signedIn: address, input }));
});
