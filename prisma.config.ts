// Configuration for the Prisma CLI (generate, migrate, studio). The CLI runs with Prisma's
// JavaScript schema engine over a driver adapter ("js" engine): the native engines would be
// downloaded on first use, which fails offline, and PGlite has no server for them to reach.
//
// The database is the one the app would open: DATABASE_URL when set, otherwise the embedded
// PGlite under $COLOPHON_DATA_DIR/pglite (default .colophon/pglite). PGlite allows one
// process at a time, so stop the app before pointing the CLI at the embedded database; the
// app applies migrations itself at start-up (lib/db/apply-migrations.ts).
//
// This file reads process.env directly: it is CLI configuration, loaded by Prisma outside
// the app, so the app's env module is not involved.
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (url) {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const dataDir = path.resolve(process.env.COLOPHON_DATA_DIR ?? ".colophon");
    fs.mkdirSync(dataDir, { recursive: true });
    const { PGlite } = await import("@electric-sql/pglite");
    const { PrismaPGlite } = await import("pglite-prisma-adapter");
    return new PrismaPGlite(new PGlite({ dataDir: path.join(dataDir, "pglite") }));
  },
});
