import { keepGeneration } from "@/lib/generation/keep-generation";
import { keepGenerationInputSchema } from "@/lib/generation/keep-generation-input";
import { listGenerations } from "@/lib/generation/list-generations";
import { parseInput } from "@/lib/http/parse-input";
import { readJsonBody } from "@/lib/http/read-json-body";
import { respondJson } from "@/lib/http/respond-json";
import { withSession } from "@/lib/http/with-session";
import { getRuntime } from "@/lib/runtime/get-runtime";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/generations: the signed-in account's kept works, newest first
export const GET = withSession(async (_request, { address }) => respondJson(await listGenerations({ runtime: getRuntime(), contributor: address })));

// POST /api/generations: keep one result of the signed-in account's finished job; 201 { generation } (200 when kept before)
export const POST = withSession(async (request, { address }) => {
  const input = parseInput(keepGenerationInputSchema, await readJsonBody(request));
  const { generation, created } = await keepGeneration({ runtime: getRuntime(), contributor: address, input });
  return respondJson({ generation }, { status: created ? 201 : 200 });
});
