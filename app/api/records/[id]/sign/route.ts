import { idSchema } from "@/lib/http/id-schema";
import { parseInput } from "@/lib/http/parse-input";
import { readJsonBody } from "@/lib/http/read-json-body";
import { respondJson } from "@/lib/http/respond-json";
import { withSession } from "@/lib/http/with-session";
import { attestRecord } from "@/lib/provenance/server/attest-record";
import { getProvenanceDeps } from "@/lib/provenance/server/get-provenance-deps";
import { signRecordInputSchema } from "@/lib/provenance/server/record-request-schemas";

// Uses the attestor key and writes to the content store.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/records/:id/sign: check the contributor's signature, attest, store, and sign the mint request
export const POST = withSession<{ id: string }>(async (request, { params, address }) => {
  const recordId = parseInput(idSchema, (await params).id, "id");
  const { signature } = parseInput(signRecordInputSchema, await readJsonBody(request));
  return respondJson(await attestRecord({ deps: await getProvenanceDeps(), recordId, signedIn: address, signature }));
});
