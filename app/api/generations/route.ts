import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { errorResponse } from "@/lib/generation/error-response";
import { keepGeneration } from "@/lib/generation/keep-generation";
import { keepGenerationInputSchema } from "@/lib/generation/keep-generation-input";
import { listGenerations } from "@/lib/generation/list-generations";
import { parseInput } from "@/lib/generation/parse-input";
import { readJsonBody } from "@/lib/generation/read-json-body";
import { getRuntime } from "@/lib/runtime/get-runtime";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/generations: the signed-in account's kept works, newest first
export async function GET(request: Request): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    return Response.json(await listGenerations({ runtime: getRuntime(), contributor: address }), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

// POST /api/generations: keep one result of the signed-in account's finished job; 201 { generation } (200 when kept before)
export async function POST(request: Request): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    const input = parseInput(keepGenerationInputSchema, await readJsonBody(request));
    const { generation, created } = await keepGeneration({ runtime: getRuntime(), contributor: address, input });
    return Response.json({ generation }, { status: created ? 201 : 200, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
