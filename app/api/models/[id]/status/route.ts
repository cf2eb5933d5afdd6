import { requireAddress } from "@/lib/auth/require-signed-in";
import { idSchema } from "@/lib/http/id-schema";
import { parseInput } from "@/lib/http/parse-input";
import { readJsonBody } from "@/lib/http/read-json-body";
import { respondJson } from "@/lib/http/respond-json";
import { withSession } from "@/lib/http/with-session";
import { setModelStatus } from "@/lib/models/set-model-status";
import { setModelStatusBodySchema } from "@/lib/models/set-model-status-body";
import { getRuntime } from "@/lib/runtime/get-runtime";

// The database, the content store (the card) and the inference registry (built-in or not) are touched.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/models/:id/status: the model's trainer retires it or makes it active again ({ status: "retired" | "active" }); 200 { model }
export const POST = withSession<{ id: string }>(async (request, { params }) => {
  const { status } = parseInput(setModelStatusBodySchema, await readJsonBody(request));
  const modelId = parseInput(idSchema, (await params).id, "id");
  const updated = await setModelStatus({ runtime: getRuntime(), modelId, status, authorize: (trainer) => requireAddress(request, trainer) });
  return respondJson(updated);
});
