import { getHealthReport } from "@/lib/runtime/get-health-report";
import { toErrorResponse } from "@/lib/errors";

// Probes open the database, load the native ONNX Runtime and read the key file.
export const runtime = "nodejs";
// Every request checks anew; a cached verdict would hide an outage.
export const dynamic = "force-dynamic";

// GET /api/health: every part's health; 200 when all are healthy, 503 with the reasons otherwise
export async function GET(): Promise<Response> {
  try {
    const report = await getHealthReport();
    return Response.json(report, {
      status: report.ok ? 200 : 503,
      headers: { "cache-control": "no-store" },
    });
  } catch (error) {
    const { status, body } = toErrorResponse(error);
    return Response.json(body, { status, headers: { "cache-control": "no-store" } });
  }
}
