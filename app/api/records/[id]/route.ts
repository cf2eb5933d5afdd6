import { idSchema } from "@/lib/http/id-schema";
import { parseInput } from "@/lib/http/parse-input";
import { respondJson } from "@/lib/http/respond-json";
import { withSession } from "@/lib/http/with-session";
import { getChainDeps } from "@/lib/provenance/server/get-provenance-deps";
import { getOwnRecord } from "@/lib/provenance/server/get-own-record";
import { getRuntime } from "@/lib/runtime/get-runtime";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/records/:id: a record with its summary and, once attested, its signed mint request (contributor only)
export const GET = withSession<{ id: string }>(async (_request, { params, address }) => {
  const recordId = parseInput(idSchema, (await params).id, "id");
  const [database, chain] = await Promise.all([getRuntime().database(), getChainDeps()]);
  return respondJson(await getOwnRecord({ deps: { prisma: database.prisma, ...chain }, recordId, signedIn: address }));
});
