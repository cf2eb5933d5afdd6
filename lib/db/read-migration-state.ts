import type { SqlSession } from "./database";
import type { MigrationFile } from "./read-migration-files";

/** Where the database stands against the migrations folder. The lists are disjoint. */
export interface MigrationState {
  /** Migrations applied and finished, in the order they were applied. */
  applied: string[];
  /** Migrations in the folder not yet applied, in the order they will be. */
  pending: string[];
  /** Migrations that started and failed and were not resolved: nothing more is applied until they are. */
  failed: string[];
  /** Migrations the database has applied that the folder lacks (a newer release migrated it). */
  unknown: string[];
  /** True when nothing is pending and nothing failed. */
  upToDate: boolean;
}

interface MigrationRow extends Record<string, unknown> {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Compares the migrations folder with `_prisma_migrations`, reading rows the way
 * `prisma migrate deploy` does: rolled-back rows do not count, a row without finished_at is
 * a failed migration. A database without the table has every migration pending.
 */
export async function readMigrationState(session: SqlSession, files: MigrationFile[]): Promise<MigrationState> {
  const [{ exists }] = await session.query<{ exists: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
  );
  const rows = exists
    ? await session.query<MigrationRow>(
        "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at ASC",
      )
    : [];
  const live = rows.filter((row) => row.rolled_back_at === null);
  const applied = unique(live.filter((row) => row.finished_at !== null).map((row) => row.migration_name));
  const failed = unique(live.filter((row) => row.finished_at === null).map((row) => row.migration_name)).filter(
    (name) => !applied.includes(name),
  );
  const onDisk = new Set(files.map((file) => file.name));
  const pending = files.map((file) => file.name).filter((name) => !applied.includes(name) && !failed.includes(name));
  const unknown = applied.filter((name) => !onDisk.has(name));
  return { applied, pending, failed, unknown, upToDate: pending.length === 0 && failed.length === 0 };
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}
