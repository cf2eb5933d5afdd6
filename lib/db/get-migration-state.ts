import type { Database } from "./database";
import { defaultMigrationsDir, readMigrationFiles, type MigrationFile } from "./read-migration-files";
import { readMigrationState, type MigrationState } from "./read-migration-state";

export interface GetMigrationStateParameters {
  /** Folder of Prisma migrations; defaults to prisma/migrations under the working directory. */
  migrationsDir?: string;
  /** The migration files, already read (then `migrationsDir` is not read). */
  files?: MigrationFile[];
}

export type GetMigrationStateReturnType = MigrationState;

/**
 * Reports which migrations the database has applied and which are pending, failed or
 * unknown to this release, without changing anything (for the health endpoint).
 */
export async function getMigrationState(
  db: Pick<Database, "withSession">,
  { migrationsDir = defaultMigrationsDir(), files }: GetMigrationStateParameters = {},
): Promise<GetMigrationStateReturnType> {
  files ??= await readMigrationFiles(migrationsDir);
  return db.withSession((session) => readMigrationState(session, files));
}
