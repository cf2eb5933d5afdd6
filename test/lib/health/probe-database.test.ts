import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyMigrations } from "@/lib/db/apply-migrations";
import type { Database } from "@/lib/db/database";
import { getMigrationState } from "@/lib/db/get-migration-state";
import { openDatabase } from "@/lib/db/open-database";
import { probeDatabase, type DatabaseProbeTarget } from "@/lib/health/probe-database";

// A real embedded database (PGlite) in a temporary directory, probed before and after the
// repository's migrations are applied.
const repoMigrations = path.resolve(import.meta.dirname, "../../../prisma/migrations");
const migrationNames = fs
  .readdirSync(repoMigrations, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let dataDir: string;
let db: Database;

/** The probe's view of `db` against a migrations folder. */
const target = (migrationsDir = repoMigrations) => async (): Promise<DatabaseProbeTarget> => ({
  dialect: db.dialect,
  migrationState: () => getMigrationState(db, { migrationsDir }),
});

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-health-db-"));
  db = await openDatabase({ dataDir });
});

afterAll(async () => {
  await db?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("probeDatabase", () => {
  // Runs first, on the fresh database.
  test("error: a fresh database has every migration pending and names them", async () => {
    const noun = migrationNames.length === 1 ? "1 migration is" : `${migrationNames.length} migrations are`;
    expect(await probeDatabase(target(), 20_000)).toEqual({
      ok: false,
      dialect: "pglite",
      applied: [],
      pending: migrationNames,
      failed: [],
      unknown: [],
      error: `${noun} not applied (${migrationNames.join(", ")}); \`npm start\` applies them`,
    });
  });

  test("default: after the migrations are applied the database is healthy", async () => {
    await applyMigrations(db, { migrationsDir: repoMigrations });
    expect(await probeDatabase(target(), 20_000)).toEqual({
      ok: true,
      dialect: "pglite",
      applied: migrationNames,
      pending: [],
      failed: [],
      unknown: [],
    });
  });

  test("error: a migration added to the folder after deploy is pending", async () => {
    const newer = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-migrations-"));
    try {
      fs.cpSync(repoMigrations, newer, { recursive: true });
      fs.mkdirSync(path.join(newer, "29991231000000_later"));
      fs.writeFileSync(path.join(newer, "29991231000000_later", "migration.sql"), "SELECT 1;\n");
      const health = await probeDatabase(target(newer), 20_000);
      expect(health).toMatchObject({ ok: false, applied: migrationNames, pending: ["29991231000000_later"] });
      expect(health.error).toBe("1 migration is not applied (29991231000000_later); `npm start` applies them");
    } finally {
      fs.rmSync(newer, { recursive: true, force: true });
    }
  });

  test("behavior: migrations the folder lacks (a newer release ran) are a note, not a failure", async () => {
    const older = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-migrations-"));
    try {
      fs.copyFileSync(path.join(repoMigrations, "migration_lock.toml"), path.join(older, "migration_lock.toml"));
      const health = await probeDatabase(target(older), 20_000);
      expect(health).toEqual({
        ok: true,
        dialect: "pglite",
        applied: migrationNames,
        pending: [],
        failed: [],
        unknown: migrationNames,
        note: `the database has migrations this release does not know (${migrationNames.join(", ")}): a newer release migrated it`,
      });
    } finally {
      fs.rmSync(older, { recursive: true, force: true });
    }
  });

  test("error: a second open of the same embedded database reports the lock", async () => {
    const health = await probeDatabase(async () => {
      const second = await openDatabase({ dataDir });
      return { dialect: second.dialect, migrationState: () => getMigrationState(second) };
    }, 20_000);
    expect(health).toEqual({ ok: false, error: "This process already has the embedded database open" });
  });

  test("error: a database that never answers is reported as a timeout, keeping the dialect", async () => {
    const health = await probeDatabase(
      async () => ({ dialect: "postgresql", migrationState: () => new Promise<never>(() => {}) }),
      100,
    );
    expect(health).toEqual({
      ok: false,
      dialect: "postgresql",
      error: "the database did not answer within 100 ms",
    });
  });
});
