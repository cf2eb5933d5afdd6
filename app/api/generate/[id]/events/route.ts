import { openGenerationEvents } from "@/lib/generation/open-generation-events";
import { idSchema } from "@/lib/http/id-schema";
import { parseInput } from "@/lib/http/parse-input";
import { withSession } from "@/lib/http/with-session";
import { getRuntime } from "@/lib/runtime/get-runtime";

export const runtime = "nodejs";
// A live stream: never cached, never prerendered.
export const dynamic = "force-dynamic";

// GET /api/generate/:id/events: the job's progress, then its result or error, as server-sent events
export const GET = withSession<{ id: string }>(async (request, { params, address }) => {
  const jobId = parseInput(idSchema, (await params).id, "id");
  const stream = await openGenerationEvents({ runtime: getRuntime(), jobId, requester: address, signal: request.signal });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      // Proxies such as nginx would otherwise hold events back in a buffer.
      "x-accel-buffering": "no",
    },
  });
});
