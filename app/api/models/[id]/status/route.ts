import { requireAddress, requireSignedIn } from "@/lib/auth/require-signed-in";
import { errorResponse } from "@/lib/generation/error-response";
import { parseInput } from "@/lib/generation/parse-input";
import { readJsonBody } from "@/lib/generation/read-json-body";
import { setModelStatus } from "@/lib/models/set-model-status";
import { setModelStatusBodySchema } from "@/lib/models/set-model-status-body";
import { getRuntime } from "@/lib/runtime/get-runtime";

// The database, the content store (the card) and the inference registry (built-in or not) are touched.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/models/:id/status: the model's trainer retires it or makes it active again ({ status: "retired" | "active" }); 200 { model }
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    await requireSignedIn(request);
    const { status } = parseInput(setModelStatusBodySchema, await readJsonBody(request));
    const { id } = await params;
    const updated = await setModelStatus({ runtime: getRuntime(), modelId: id, status, authorize: (trainer) => requireAddress(request, trainer) });
    return Response.json(updated, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
