// How migrations are applied, and why not by running `prisma migrate deploy`.
//
// applyMigrations runs the SQL of prisma/migrations itself, with Prisma's own bookkeeping,
// in the app's process:
// - PGlite can be opened by one process at a time: while the app runs, a Prisma CLI child
//   process cannot reach the embedded database, so the migrations have to run in-process,
//   over the connection the app already holds.
// - The Prisma CLI is not a library: running it in-process means driving its bundled
//   command parser, which prints to the terminal and may call process.exit.
// - Out of the box, the CLI's JavaScript schema engine fails with both drivers (tried
//   here): with pglite-prisma-adapter 0.6.1 a failing migration is recorded as applied, and
//   with @prisma/adapter-pg every migrate command fails on the `name` column type
//   (prisma/orm#27403). create-pglite-adapter.ts and create-postgres-adapter.ts correct both
//   so that the CLI works for people (prisma.config.ts), but the app does not depend on it.
//
// The bookkeeping is the one Prisma's schema engine keeps, so `prisma migrate deploy` and
// `prisma migrate status` agree with what this wrote (the tests check both on PGlite and on
// PostgreSQL): the same `_prisma_migrations` table, one row per migration with a random
// UUID, the sha256 of migration.sql as checksum, started_at when it began, finished_at and
// applied_steps_count = 1 when it succeeded, the error in `logs` and no finished_at when it
// failed; the same advisory lock (72707369) keeps concurrent deployers apart. Each script
// runs as one simple-protocol query, so PostgreSQL wraps it in one implicit transaction,
// as it does for the schema engine: a failing migration leaves no half-applied schema.
import { randomUUID } from "node:crypto";
import type { Database, SqlSession } from "./database";
import { DatabaseError } from "./database-error";
import { defaultMigrationsDir, readMigrationFiles } from "./read-migration-files";
import { readMigrationState } from "./read-migration-state";

/** The advisory lock id Prisma's schema engine takes for PostgreSQL during migrate. */
const PRISMA_MIGRATE_LOCK_ID = 72707369;

/** `_prisma_migrations` exactly as Prisma's schema engine creates it for PostgreSQL. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

export interface ApplyMigrationsParameters {
  /** Folder of Prisma migrations; defaults to prisma/migrations under the working directory. */
  migrationsDir?: string;
}

export interface ApplyMigrationsReturnType {
  /** Names of the migrations this call applied, in order (empty when already up to date). */
  applied: string[];
}

/**
 * Applies the pending migrations of prisma/migrations to the database, like
 * `prisma migrate deploy`, on PGlite or PostgreSQL. Idempotent: a second call applies
 * nothing.
 *
 * @throws DatabaseError MIGRATION_FAILED when a migration's SQL fails (its row records the
 *   error, as Prisma's does); MIGRATION_FAILED_EARLIER when an earlier failure was never
 *   resolved (`prisma migrate resolve`); MIGRATIONS_INVALID for a malformed folder.
 */
export async function applyMigrations(
  db: Pick<Database, "withSession">,
  { migrationsDir = defaultMigrationsDir() }: ApplyMigrationsParameters = {},
): Promise<ApplyMigrationsReturnType> {
  const files = await readMigrationFiles(migrationsDir);
  return db.withSession(async (session) => {
    await session.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATE_LOCK_ID})`);
    try {
      await session.exec(CREATE_MIGRATIONS_TABLE);
      // Read under the lock: another deployer may have applied some meanwhile.
      const state = await readMigrationState(session, files);
      if (state.failed.length > 0) {
        throw new DatabaseError({ code: "MIGRATION_FAILED_EARLIER", message: `Migration ${state.failed[0]} failed earlier; resolve it before applying more`,
          details: { failed: state.failed },
        });
      }
      const applied: string[] = [];
      for (const file of files.filter((file) => state.pending.includes(file.name))) {
        await applyMigration(session, file.name, file.script, file.checksum);
        applied.push(file.name);
      }
      return { applied };
    } finally {
      await session.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATE_LOCK_ID})`);
    }
  });
}

async function applyMigration(session: SqlSession, name: string, script: string, checksum: string): Promise<void> {
  const id = randomUUID();
  await session.query(
    "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())",
    [id, checksum, name],
  );
  try {
    await session.exec(script);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await session.query("UPDATE _prisma_migrations SET logs = $2 WHERE id = $1", [id, `${message}\n`]);
    throw new DatabaseError({ code: "MIGRATION_FAILED", message: `Migration ${name} failed: ${message}`,
      details: { migration: name },
      cause: error,
    });
  }
  await session.query(
    "UPDATE _prisma_migrations SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1",
    [id],
  );
}
