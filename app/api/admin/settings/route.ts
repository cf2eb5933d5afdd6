import { readAdminSettings } from "@/lib/admin/read-admin-settings";
import { respondJson } from "@/lib/http/respond-json";
import { withRoute } from "@/lib/http/with-route";

// Reads the chain and the attestor key.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/admin/settings: who owns the contracts, the attestors and the platform fee (public)
export const GET = withRoute(async () => respondJson(await readAdminSettings()));
