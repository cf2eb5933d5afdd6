import { DEFAULT_MODEL_FILE_LIMITS } from "@/inference/validate-model-file";
import { listModels } from "@/lib/generation/list-models";
import { registerModel } from "@/lib/generation/register-model";
import { registerModelFieldsSchema } from "@/lib/generation/register-model-fields";
import { parseInput } from "@/lib/http/parse-input";
import { readMultipartForm } from "@/lib/http/read-multipart-form";
import { respondJson } from "@/lib/http/respond-json";
import { withRoute } from "@/lib/http/with-route";
import { withSession } from "@/lib/http/with-session";
import { getRuntime } from "@/lib/runtime/get-runtime";

// ONNX Runtime loads uploaded models; the database and content store are touched.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/models: the active models with their signed cards and trainers
export const GET = withRoute(async () => respondJson(await listModels(getRuntime())));

// POST /api/models: register a trainer's .onnx model (multipart: file, card fields, cardSignature); 201 { model }
export const POST = withSession(async (request, { address }) => {
  const form = await readMultipartForm(request, { fileField: "file", maxFileBytes: DEFAULT_MODEL_FILE_LIMITS.maxBytes });
  const fields = parseInput(registerModelFieldsSchema, form.fields);
  const registered = await registerModel({ runtime: getRuntime(), signedIn: address, file: form.file.bytes, fields });
  return respondJson(registered, { status: 201 });
});
