import { readAdminSettings } from "@/lib/admin/read-admin-settings";
import { respondError, respondJson } from "@/lib/provenance/server/respond";

// Reads the chain and the attestor key.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/admin/settings: who owns the contracts, the attestors and the platform fee (public)
export async function GET(): Promise<Response> {
  try {
    return respondJson(await readAdminSettings());
  } catch (error) {
    return respondError(error);
  }
}
