import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { DatabaseError } from "./database-error";

/** One migration folder of prisma/migrations. */
export interface MigrationFile {
  /** Folder name, e.g. "20261126103704_init"; the order of names is the order of applying. */
  name: string;
  /** Contents of its migration.sql. */
  script: string;
  /** sha256 of migration.sql's bytes in hex: what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

/**
 * Where the migrations live unless told otherwise: prisma/migrations under the working
 * directory. The working directory rather than this module's location because Next.js
 * bundles server code into .next/, where a path relative to the module would be wrong;
 * `npm start`, the scripts and the tests all run from the repository root.
 */
export function defaultMigrationsDir(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

/**
 * Reads Prisma's migrations folder: one sub-folder per migration with a migration.sql, and
 * a migration_lock.toml naming the provider. Sorted by name, as `prisma migrate` sorts them.
 *
 * @throws DatabaseError MIGRATIONS_INVALID when the folder is missing, a migration has no
 *   migration.sql, or the lock file names a provider other than postgresql.
 */
export async function readMigrationFiles(migrationsDir: string = defaultMigrationsDir()): Promise<MigrationFile[]> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await fs.readdir(/*turbopackIgnore: true*/ migrationsDir, { withFileTypes: true });
  } catch (error) {
    throw new DatabaseError({ code: "MIGRATIONS_INVALID", message: `Cannot read the migrations folder ${migrationsDir}`,
      details: { migrationsDir },
      cause: error,
    });
  }
  const lock = await fs.readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8").catch(() => undefined);
  const provider = lock?.match(/^\s*provider\s*=\s*"([^"]*)"/m)?.[1];
  if (lock !== undefined && provider !== "postgresql") {
    throw new DatabaseError({ code: "MIGRATIONS_INVALID", message: `The migrations were made for "${provider}", not postgresql`,
      details: { migrationsDir, provider },
    });
  }
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(file);
      } catch (error) {
        throw new DatabaseError({ code: "MIGRATIONS_INVALID", message: `Migration ${name} has no migration.sql`,
          details: { migrationsDir, migration: name },
          cause: error,
        });
      }
      return {
        name,
        script: bytes.toString("utf8"),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      };
    }),
  );
}
