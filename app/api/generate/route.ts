import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { errorResponse } from "@/lib/generation/error-response";
import { generationRequestSchema } from "@/lib/generation/generation-request";
import { parseInput } from "@/lib/generation/parse-input";
import { readJsonBody } from "@/lib/generation/read-json-body";
import { submitGeneration } from "@/lib/generation/submit-generation";
import { getRuntime } from "@/lib/runtime/get-runtime";

// Inference, the database and the session secret are touched.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/generate: queue a generation job; 202 { jobId, eventsUrl }
export async function POST(request: Request): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    const input = parseInput(generationRequestSchema, await readJsonBody(request));
    const submitted = await submitGeneration({ runtime: getRuntime(), requester: address, request: input });
    return Response.json(submitted, { status: 202, headers: { "cache-control": "no-store", location: submitted.eventsUrl } });
  } catch (error) {
    return errorResponse(error);
  }
}
