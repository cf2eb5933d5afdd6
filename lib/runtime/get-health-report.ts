import "server-only";
import { getMigrationState } from "@/lib/db/get-migration-state";
import { readMigrationFiles, type MigrationFile } from "@/lib/db/read-migration-files";
import { checkHealth, type HealthReport } from "@/lib/health/check-health";
import { getRuntime } from "./get-runtime";

/**
 * Checks every part of this server process (what GET /api/health and /status show),
 * wiring lib/health's probes to the process's runtime.
 *
 * @throws {ConfigError} when the settings are wrong: nothing can be checked then.
 */
export function getHealthReport(): Promise<HealthReport> {
  // Probes that arrive while a check runs share it rather than start their own: a busy
  // server is then probed once per check's length (a few chain and database round trips),
  // not once per caller. The verdict is never older than the check in progress.
  inFlight ??= checkNow().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

let inFlight: Promise<HealthReport> | undefined;
let migrationFiles: Promise<MigrationFile[]> | undefined;

async function checkNow(): Promise<HealthReport> {
  const runtime = getRuntime();
  return checkHealth({
    async openDatabase() {
      const db = await runtime.database();
      // The release's migration files are read once per process: they are what this
      // running code was built with, whatever later lands on disk.
      migrationFiles ??= readMigrationFiles();
      const files = await migrationFiles;
      return { dialect: db.dialect, migrationState: () => getMigrationState(db, { files }) };
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
