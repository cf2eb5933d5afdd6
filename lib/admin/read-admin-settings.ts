import "server-only";
import { getRuntime } from "@/lib/runtime/get-runtime";
import type { AdminSettings } from "./admin-json";
import { getAdminChain } from "./get-admin-chain";
import { getAdminSettings } from "./get-admin-settings";

/**
 * {@link getAdminSettings} for the process runtime's chain, deployment and attestor key:
 * what GET /api/admin/settings answers and the admin page shows.
 */
export async function readAdminSettings(): Promise<AdminSettings> {
  const [chain, attestor] = await Promise.all([getAdminChain(), getRuntime().attestor()]);
  return getAdminSettings({ chain, serverAttestor: attestor.address });
}
