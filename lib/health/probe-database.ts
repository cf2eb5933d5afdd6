import { describeError } from "./describe-error";
import { withTimeout } from "./with-timeout";

/** Where the database stands against the migrations folder (lib/db's MigrationState). */
export interface MigrationStateLike {
  applied: readonly string[];
  pending: readonly string[];
  /** Started and never finished: nothing more can be applied until resolved. */
  failed: readonly string[];
  /** Applied by a newer release: this code may not know the schema. */
  unknown: readonly string[];
}

/** What the database probe needs: an open database it can ask for its migration state. */
export interface DatabaseProbeTarget {
  /** "pglite" (embedded) or "postgresql" (server). */
  dialect: string;
  migrationState(): Promise<MigrationStateLike>;
}

/** Health of the database. */
export interface DatabaseHealth {
  ok: boolean;
  dialect?: string;
  /** Applied migrations, in the order they were applied. */
  applied?: string[];
  /** Migrations in prisma/migrations not applied yet; any makes the part unhealthy. */
  pending?: string[];
  /** Migrations that failed and were not resolved; any makes the part unhealthy. */
  failed?: string[];
  /** Migrations the database has that this release lacks; reported, not fatal. */
  unknown?: string[];
  /** A caveat that does not make the part unhealthy. */
  note?: string;
  error?: string;
}

/** "1 migration is" / "2 migrations are". */
function count(n: number): string {
  return n === 1 ? "1 migration is" : `${n} migrations are`;
}

/**
 * Opens (or reuses) the database and reads its migration state, within `timeoutMs`.
 * Healthy when it answers and no migration is pending or failed: code that expects a newer
 * schema than the database has would fail on its first query.
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
      const facts = {
        dialect,
        applied: [...state.applied],
        pending: [...state.pending],
        failed: [...state.failed],
        unknown: [...state.unknown],
      };
      const note =
        state.unknown.length > 0
          ? `the database has migrations this release does not know (${state.unknown.join(", ")}): a newer release migrated it`
          : undefined;
      const withNote = note === undefined ? facts : { ...facts, note };
      if (state.failed.length > 0) {
        return {
          ok: false,
          ...withNote,
          error:
            `${count(state.failed.length)} failed and not resolved (${state.failed.join(", ")}); ` +
            "fix the cause, then mark it with `npx prisma migrate resolve`",
        };
      }
      if (state.pending.length > 0) {
        return {
          ok: false,
          ...withNote,
          error: `${count(state.pending.length)} not applied (${state.pending.join(", ")}); \`npm start\` applies them`,
        };
      }
      return { ok: true, ...withNote };
    });
  } catch (error) {
    return { ok: false, ...(dialect === undefined ? {} : { dialect }), error: describeError(error) };
  }
}
