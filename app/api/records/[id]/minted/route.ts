import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { confirmMint } from "@/lib/provenance/server/confirm-mint";
import { getProvenanceDeps } from "@/lib/provenance/server/get-provenance-deps";
import { confirmMintInputSchema, parseInput, readJsonBody, recordIdSchema } from "@/lib/provenance/server/record-request-schemas";
import { respondError, respondJson } from "@/lib/provenance/server/respond";

// Reads the chain and writes the database.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/records/:id/minted: record the mint the contributor's wallet sent, after checking it on-chain
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    const recordId = parseInput(recordIdSchema, (await params).id, "id");
    const { txHash } = parseInput(confirmMintInputSchema, await readJsonBody(request));
    return respondJson(await confirmMint({ deps: await getProvenanceDeps(), recordId, signedIn: address, txHash }));
  } catch (error) {
    return respondError(error);
  }
}
