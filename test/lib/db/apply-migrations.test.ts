import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { applyMigrations } from "@/lib/db/apply-migrations";
import type { Database } from "@/lib/db/database";
import { DatabaseError } from "@/lib/db/database-error";
import { getMigrationState } from "@/lib/db/get-migration-state";
import { openDatabase } from "@/lib/db/open-database";
import { DATABASE_TARGETS, REPO_MIGRATIONS, REPO_MIGRATION_NAMES, type FreshDatabase } from "./database-targets";
import { runPrismaCli } from "./run-prisma-cli";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A copy of the repository's migrations plus extra ones, in a temporary folder. */
function migrationsWith(extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-migrations-"));
  fs.cpSync(REPO_MIGRATIONS, dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

function sha256Of(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

interface MigrationRow extends Record<string, unknown> {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Date;
  applied_steps_count: number;
}

function readRows(db: Database): Promise<MigrationRow[]> {
  return db.withSession((session) =>
    session.query<MigrationRow>("SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name"),
  );
}

async function tableExists(db: Database, table: string): Promise<boolean> {
  const [row] = await db.withSession((session) =>
    session.query<{ exists: boolean }>("SELECT to_regclass($1) IS NOT NULL AS exists", [`"${table}"`]),
  );
  return row.exists;
}

for (const target of DATABASE_TARGETS) {
  describe.runIf(target.enabled)(`applyMigrations (${target.dialect})`, () => {
    let fresh: FreshDatabase | undefined;
    let db: Database | undefined;
    const tempDirs: string[] = [];

    afterEach(async () => {
      await db?.close();
      db = undefined;
      await fresh?.dispose();
      fresh = undefined;
      for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    });

    async function openFresh(): Promise<Database> {
      fresh = await target.create();
      db = await openDatabase(fresh.options);
      return db;
    }

    test("default: applies every migration once, with Prisma's bookkeeping; a second call applies nothing", async () => {
      const db = await openFresh();
      expect(await applyMigrations(db, { migrationsDir: REPO_MIGRATIONS })).toEqual({ applied: REPO_MIGRATION_NAMES });
      expect(await applyMigrations(db, { migrationsDir: REPO_MIGRATIONS })).toEqual({ applied: [] });

      const rows = await readRows(db);
      expect(rows).toEqual(
        REPO_MIGRATION_NAMES.map((name) => ({
          id: expect.stringMatching(UUID),
          checksum: sha256Of(path.join(REPO_MIGRATIONS, name, "migration.sql")),
          finished_at: expect.any(Date),
          migration_name: name,
          logs: null,
          rolled_back_at: null,
          started_at: expect.any(Date),
          applied_steps_count: 1,
        })),
      );
      for (const row of rows) expect(row.finished_at!.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      for (const table of ["Model", "Generation", "Work", "IndexerCursor"]) expect(await tableExists(db, table)).toBe(true);
    });

    test("behavior: calls at the same time apply each migration once", async () => {
      const db = await openFresh();
      const results = await Promise.all([1, 2, 3].map(() => applyMigrations(db, { migrationsDir: REPO_MIGRATIONS })));
      expect(results.flatMap((result) => result.applied)).toEqual(REPO_MIGRATION_NAMES);
      expect((await readRows(db)).map((row) => row.migration_name)).toEqual(REPO_MIGRATION_NAMES);
    });

    test("behavior: `prisma migrate deploy` (and status) agree with what it applied", async () => {
      const db = await openFresh();
      await applyMigrations(db, { migrationsDir: REPO_MIGRATIONS });
      // The CLI needs the database to itself: PGlite allows one process at a time.
      await db.close();
      const deploy = await runPrismaCli(["migrate", "deploy"], fresh!.cliEnv);
      expect(deploy.output).toContain("No pending migrations to apply.");
      expect(deploy.exitCode).toBe(0);
      if (target.dialect === "postgresql") {
        // On PGlite `migrate status` prints the same answer but then does not exit (a CLI
        // issue, not a database one), so it is only run against the server.
        const status = await runPrismaCli(["migrate", "status"], fresh!.cliEnv);
        expect(status.output).toContain("Database schema is up to date!");
        expect(status.exitCode).toBe(0);
      }
      const reopened = await openDatabase(fresh!.options);
      try {
        expect((await readRows(reopened)).map((row) => row.migration_name)).toEqual(REPO_MIGRATION_NAMES);
      } finally {
        await reopened.close();
      }
    });

    test("behavior: a database migrated by `prisma migrate deploy` is up to date for it", async () => {
      fresh = await target.create();
      const deploy = await runPrismaCli(["migrate", "deploy"], fresh.cliEnv);
      expect(deploy.output).toContain("All migrations have been successfully applied.");
      expect(deploy.exitCode).toBe(0);
      const db = (await openDatabase(fresh.options)) as Database;
      try {
        expect(await applyMigrations(db, { migrationsDir: REPO_MIGRATIONS })).toEqual({ applied: [] });
        expect(await getMigrationState(db, { migrationsDir: REPO_MIGRATIONS })).toMatchObject({
          applied: REPO_MIGRATION_NAMES,
          upToDate: true,
        });
      } finally {
        await db.close();
      }
    });

    test("error: a failing migration is MIGRATION_FAILED, recorded as failed, and leaves no schema behind", async () => {
      const db = await openFresh();
      const migrationsDir = migrationsWith({
        "29990101000000_broken": 'CREATE TABLE "Half" ("id" INTEGER);\nSELECT no_such_function();\n',
      });
      tempDirs.push(migrationsDir);

      const error = await applyMigrations(db, { migrationsDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).toMatchObject({
        code: "MIGRATION_FAILED",
        message: "Migration 29990101000000_broken failed: function no_such_function() does not exist",
        details: { migration: "29990101000000_broken" },
      });
      // The earlier migrations went in; the broken one's first statement was rolled back.
      expect(await tableExists(db, "Model")).toBe(true);
      expect(await tableExists(db, "Half")).toBe(false);
      const broken = (await readRows(db)).find((row) => row.migration_name === "29990101000000_broken");
      expect(broken).toEqual({
        id: expect.stringMatching(UUID),
        checksum: sha256Of(path.join(migrationsDir, "29990101000000_broken", "migration.sql")),
        finished_at: null,
        migration_name: "29990101000000_broken",
        logs: "function no_such_function() does not exist\n",
        rolled_back_at: null,
        started_at: expect.any(Date),
        applied_steps_count: 0,
      });

      // Like `prisma migrate deploy` (P3009), nothing more is applied until it is resolved.
      const again = await applyMigrations(db, { migrationsDir }).catch((e: unknown) => e);
      expect(again).toBeInstanceOf(DatabaseError);
      expect(again).toMatchObject({
        code: "MIGRATION_FAILED_EARLIER",
        message: "Migration 29990101000000_broken failed earlier; resolve it before applying more",
        details: { failed: ["29990101000000_broken"] },
      });
    });

    test("behavior: once the failure is marked rolled back, the fixed migration applies", async () => {
      const db = await openFresh();
      const migrationsDir = migrationsWith({ "29990101000000_fix_me": "SELECT no_such_function();\n" });
      tempDirs.push(migrationsDir);
      await expect(applyMigrations(db, { migrationsDir })).rejects.toMatchObject({ code: "MIGRATION_FAILED" });
      // What `prisma migrate resolve --rolled-back 29990101000000_fix_me` writes.
      await db.withSession((session) =>
        session.query("UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1", [
          "29990101000000_fix_me",
        ]),
      );
      fs.writeFileSync(path.join(migrationsDir, "29990101000000_fix_me", "migration.sql"), 'CREATE TABLE "Fixed" ("id" INTEGER);\n');
      expect(await applyMigrations(db, { migrationsDir })).toEqual({ applied: ["29990101000000_fix_me"] });
      expect(await tableExists(db, "Fixed")).toBe(true);
    });
  });
}

describe("applyMigrations (folder checks, before any database access)", () => {
  // Any use of the database would throw: these errors come from reading the folder.
  const untouchable = {
    withSession: () => Promise.reject(new Error("the database must not be used")),
  };
  const tempDirs: string[] = [];
  afterEach(() => {
    for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("error: a missing migrations folder is MIGRATIONS_INVALID", async () => {
    const missing = path.join(os.tmpdir(), "colophon-no-such-migrations");
    await expect(applyMigrations(untouchable, { migrationsDir: missing })).rejects.toMatchObject({
      name: "DatabaseError",
      code: "MIGRATIONS_INVALID",
      message: `Cannot read the migrations folder ${missing}`,
      details: { migrationsDir: missing },
    });
  });

  test("error: migrations made for another provider are MIGRATIONS_INVALID", async () => {
    const dir = migrationsWith({});
    tempDirs.push(dir);
    fs.writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "sqlite"\n');
    await expect(applyMigrations(untouchable, { migrationsDir: dir })).rejects.toMatchObject({
      code: "MIGRATIONS_INVALID",
      message: 'The migrations were made for "sqlite", not postgresql',
      details: { migrationsDir: dir, provider: "sqlite" },
    });
  });

  test("error: a migration folder without migration.sql is MIGRATIONS_INVALID", async () => {
    const dir = migrationsWith({});
    tempDirs.push(dir);
    fs.mkdirSync(path.join(dir, "29990101000000_empty"));
    await expect(applyMigrations(untouchable, { migrationsDir: dir })).rejects.toMatchObject({
      code: "MIGRATIONS_INVALID",
      message: "Migration 29990101000000_empty has no migration.sql",
      details: { migrationsDir: dir, migration: "29990101000000_empty" },
    });
  });
});
