// Configuration for the Prisma CLI (generate, migrate, studio). The CLI runs with Prisma's
// JavaScript schema engine over a driver adapter ("js" engine): the native engines would be
// downloaded on first use, which fails offline, and PGlite has no server for them to reach.
//
// The database is the one the app would open: DATABASE_URL when set, otherwise the embedded
// PGlite under $COLOPHON_DATA_DIR/pglite (default .colophon/pglite). PGlite allows one
// process at a time, so the CLI takes the same lock file as the app and refuses to run while
// the app has the database open. The app applies migrations itself at start-up
// (lib/db/apply-migrations.ts explains why it does not use this CLI for that).
//
// What works with Prisma 6.19 this way (tried on both databases): `prisma generate`,
// `migrate deploy`, `migrate status` (on PGlite it prints its answer, then does not exit),
// and `migrate diff --from-migrations prisma/migrations --to-schema-datamodel
// prisma/schema.prisma --script` (`npm run db:diff`), which prints the SQL of a new
// migration: save it as prisma/migrations/<yyyymmddhhmmss>_<name>/migration.sql.
// `migrate dev` does not: its data-loss check asks for a shadow database factory that the
// JavaScript engine is not given ("PostgreSQL shadow DB must be provided through an
// external factory").
//
// This file reads process.env directly: it is CLI configuration, loaded by Prisma outside
// the app, so the app's env module is not involved. Prisma reads no `.env` once a config
// file exists, so this one loads it as `npm start` does (the shell's own settings win):
// otherwise a COLOPHON_DATA_DIR set in `.env` sent the CLI to the repository's .colophon/.
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createLazyAdapterFactory } from "./lib/db/create-lazy-adapter-factory";
import { lockDataDir } from "./lib/db/lock-data-dir";

if (fs.existsSync(".env")) process.loadEnvFile(".env");

type MigrationAdapter = Extract<Parameters<typeof defineConfig>[0], { engine: "js" }>["adapter"];

// Prisma calls the adapter factory more than once per command; a second PGlite on the same
// directory in one process would corrupt it, so the first one is kept.
let pgliteAdapter: Awaited<ReturnType<MigrationAdapter>> | undefined;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (url) {
      const { default: pg } = await import("pg");
      const { createPostgresAdapter } = await import("./lib/db/create-postgres-adapter");
      // allowExitOnIdle: the CLI never ends the pool, and idle connections would hold the
      // process open for pg's idle timeout after every command.
      return createPostgresAdapter(new pg.Pool({ connectionString: url, allowExitOnIdle: true }));
    }
    // Opened on first connect, not here: `prisma -v` (run by @prisma/client's postinstall in
    // `npm ci`) and `prisma generate` ask for the adapter but never connect, and must write
    // nothing to the data directory (lib/db/create-lazy-adapter-factory.ts).
    pgliteAdapter ??= createLazyAdapterFactory({ provider: "postgres", adapterName: "pglite-prisma-adapter", open: openPgliteAdapter });
    return pgliteAdapter;
  },
});

async function openPgliteAdapter(): ReturnType<MigrationAdapter> {
  const dataDir = path.resolve(process.env.COLOPHON_DATA_DIR ?? ".colophon");
  // The CLI never closes PGlite; the lock goes when the process does.
  process.once("exit", lockDataDir(path.join(dataDir, "pglite.lock")));
  const { PGlite } = await import("@electric-sql/pglite");
  // The corrected adapter: pglite-prisma-adapter alone records a failing migration as applied.
  const { createPgliteAdapter } = await import("./lib/db/create-pglite-adapter");
  return createPgliteAdapter(await PGlite.create({ dataDir: path.join(dataDir, "pglite") }));
}
