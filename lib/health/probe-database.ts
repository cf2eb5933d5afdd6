import { describeError } from "./describe-error";
import { withTimeout } from "./with-timeout";

/** What the database probe needs: an open database it can ask for its migration state. */
export interface DatabaseProbeTarget {
  /** "pglite" (embedded) or "postgresql" (server). */
  dialect: string;
  /** Names of migrations applied to the database and of those in the repo not yet applied. */
  migrationState(): Promise<{ applied: readonly string[]; pending: readonly string[] }>;
}

/** Health of the database. */
export interface DatabaseHealth {
  ok: boolean;
  dialect?: string;
  /** Applied migrations, oldest first. */
  applied?: string[];
  /** Migrations in prisma/migrations not applied yet; any makes the part unhealthy. */
  pending?: string[];
  error?: string;
}

/**
 * Opens (or reuses) the database and reads its migration state, within `timeoutMs`.
 * Healthy when it answers and no migration is pending: code that expects a newer schema
 * than the database has would fail on its first query.
 */
export async function probeDatabase(
  open: () => Promise<DatabaseProbeTarget>,
  timeoutMs: number,
): Promise<DatabaseHealth> {
  let dialect: string | undefined;
  try {
    return await withTimeout("the database", timeoutMs, async () => {
      const db = await open();
      dialect = db.dialect;
      const state = await db.migrationState();
      const applied = [...state.applied];
      const pending = [...state.pending];
      if (pending.length === 0) return { ok: true, dialect, applied, pending };
      const noun = pending.length === 1 ? "migration is" : "migrations are";
      return {
        ok: false,
        dialect,
        applied,
        pending,
        error: `${pending.length} ${noun} not applied (${pending.join(", ")}); \`npm start\` applies them`,
      };
    });
  } catch (error) {
    return { ok: false, ...(dialect === undefined ? {} : { dialect }), error: describeError(error) };
  }
}
