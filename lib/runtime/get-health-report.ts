import "server-only";
import { getMigrationState } from "@/lib/db/get-migration-state";
import { checkHealth, type HealthReport } from "@/lib/health/check-health";
import { getRuntime } from "./get-runtime";

/**
 * Checks every part of this server process (what GET /api/health and /status show),
 * wiring lib/health's probes to the process's runtime.
 *
 * @throws {ConfigError} when the settings are wrong: nothing can be checked then.
 */
export async function getHealthReport(): Promise<HealthReport> {
  const runtime = getRuntime();
  return checkHealth({
    async openDatabase() {
      const db = await runtime.database();
      return { dialect: db.dialect, migrationState: () => getMigrationState(db) };
    },
    openContentStore: runtime.contentStore,
    chain: {
      rpcUrl: runtime.chainRpcUrl,
      async loadContracts(chainId) {
        const { contracts } = await runtime.deployment(chainId);
        return Object.fromEntries(Object.entries(contracts).map(([name, c]) => [name, c.address]));
      },
    },
    async loadAttestor() {
      const key = await runtime.attestor();
      return { address: key.address, source: key.source };
    },
    inferenceDevice: runtime.env.INFERENCE_DEVICE,
  });
}
