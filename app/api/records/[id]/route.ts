import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { getChainDeps } from "@/lib/provenance/server/get-provenance-deps";
import { getOwnRecord } from "@/lib/provenance/server/get-own-record";
import { parseInput, recordIdSchema } from "@/lib/provenance/server/record-request-schemas";
import { respondError, respondJson } from "@/lib/provenance/server/respond";
import { getRuntime } from "@/lib/runtime/get-runtime";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/records/:id: a record with its summary and, once attested, its signed mint request (contributor only)
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    const recordId = parseInput(recordIdSchema, (await params).id, "id");
    const [database, chain] = await Promise.all([getRuntime().database(), getChainDeps()]);
    return respondJson(await getOwnRecord({ deps: { prisma: database.prisma, ...chain }, recordId, signedIn: address }));
  } catch (error) {
    return respondError(error);
  }
}
