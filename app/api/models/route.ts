import { DEFAULT_MODEL_FILE_LIMITS } from "@/inference/validate-model-file";
import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { errorResponse } from "@/lib/generation/error-response";
import { listModels } from "@/lib/generation/list-models";
import { parseInput } from "@/lib/generation/parse-input";
import { readMultipartForm } from "@/lib/generation/read-multipart-form";
import { registerModel } from "@/lib/generation/register-model";
import { registerModelFieldsSchema } from "@/lib/generation/register-model-fields";
import { getRuntime } from "@/lib/runtime/get-runtime";

// ONNX Runtime loads uploaded models; the database and content store are touched.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/models: the active models with their signed cards and trainers
export async function GET(): Promise<Response> {
  try {
    return Response.json(await listModels(getRuntime()), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

// POST /api/models: register a trainer's .onnx model (multipart: file, card fields, cardSignature); 201 { model }
export async function POST(request: Request): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    const form = await readMultipartForm(request, { fileField: "file", maxFileBytes: DEFAULT_MODEL_FILE_LIMITS.maxBytes });
    const fields = parseInput(registerModelFieldsSchema, form.fields);
    const registered = await registerModel({ runtime: getRuntime(), signedIn: address, file: form.file.bytes, fields });
    return Response.json(registered, { status: 201, headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
