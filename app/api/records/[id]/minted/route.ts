import { idSchema } from "@/lib/http/id-schema";
import { parseInput } from "@/lib/http/parse-input";
import { readJsonBody } from "@/lib/http/read-json-body";
import { respondJson } from "@/lib/http/respond-json";
import { withSession } from "@/lib/http/with-session";
import { confirmMint } from "@/lib/provenance/server/confirm-mint";
import { getProvenanceDeps } from "@/lib/provenance/server/get-provenance-deps";
import { confirmMintInputSchema } from "@/lib/provenance/server/record-request-schemas";

// Reads the chain and writes the database.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/records/:id/minted: record the mint the contributor's wallet sent, after checking it on-chain
export const POST = withSession<{ id: string }>(async (request, { params, address }) => {
  const recordId = parseInput(idSchema, (await params).id, "id");
  const { txHash } = parseInput(confirmMintInputSchema, await readJsonBody(request));
  return respondJson(await confirmMint({ deps: await getProvenanceDeps(), recordId, signedIn: address, txHash }));
});
