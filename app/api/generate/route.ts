import { generationRequestSchema } from "@/lib/generation/generation-request";
import { requestClientIp } from "@/lib/http/client-ip";
import { submitGeneration } from "@/lib/generation/submit-generation";
import { parseInput } from "@/lib/http/parse-input";
import { readJsonBody } from "@/lib/http/read-json-body";
import { respondJson } from "@/lib/http/respond-json";
import { withSession } from "@/lib/http/with-session";
import { getRuntime } from "@/lib/runtime/get-runtime";

// Inference, the database and the session secret are touched.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST /api/generate: queue a generation job; 202 { jobId, eventsUrl }
export const POST = withSession(async (request, { address }) => {
  const input = parseInput(generationRequestSchema, await readJsonBody(request));
  const submitted = await submitGeneration({ runtime: getRuntime(), requester: address, clientIp: requestClientIp(request), request: input });
  return respondJson(submitted, { status: 202, headers: { location: submitted.eventsUrl } });
});
