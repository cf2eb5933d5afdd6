import { respondJson } from "@/lib/http/respond-json";
import { withRoute } from "@/lib/http/with-route";
import { getHealthReport } from "@/lib/runtime/get-health-report";

// Probes open the database, load the native ONNX Runtime and read the key file.
export const runtime = "nodejs";
// Every request checks anew; a cached verdict would hide an outage.
export const dynamic = "force-dynamic";

// GET /api/health: every part's health; 200 when all are healthy, 503 with the reasons otherwise
export const GET = withRoute(async () => {
  const report = await getHealthReport();
  return respondJson(report, { status: report.ok ? 200 : 503 });
});
