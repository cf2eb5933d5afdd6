import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { errorResponse } from "@/lib/generation/error-response";
import { openGenerationEvents } from "@/lib/generation/open-generation-events";
import { getRuntime } from "@/lib/runtime/get-runtime";

export const runtime = "nodejs";
// A live stream: never cached, never prerendered.
export const dynamic = "force-dynamic";

// GET /api/generate/:id/events: the job's progress, then its result or error, as server-sent events
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const { address } = await requireSignedIn(request);
    const { id } = await params;
    const stream = await openGenerationEvents({ runtime: getRuntime(), jobId: id, requester: address, signal: request.signal });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store, no-transform",
        connection: "keep-alive",
        // Proxies such as nginx would otherwise hold events back in a buffer.
        "x-accel-buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
