import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyMigrations } from "@/lib/db/apply-migrations";
import type { Database } from "@/lib/db/database";
import { getMigrationState } from "@/lib/db/get-migration-state";
import { openDatabase } from "@/lib/db/open-database";
import { DATABASE_TARGETS, REPO_MIGRATIONS, REPO_MIGRATION_NAMES, type FreshDatabase } from "./database-targets";

for (const target of DATABASE_TARGETS) {
  // One database for the whole suite: the tests run in order, each building on the last.
  describe.runIf(target.enabled)(`getMigrationState (${target.dialect})`, () => {
    let fresh: FreshDatabase;
    let db: Database;
    let migrationsDir: string;

    beforeAll(async () => {
      fresh = await target.create();
      db = await openDatabase(fresh.options);
      migrationsDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-migrations-"));
      fs.cpSync(REPO_MIGRATIONS, migrationsDir, { recursive: true });
    });

    afterAll(async () => {
      await db?.close();
      await fresh?.dispose();
      fs.rmSync(migrationsDir, { recursive: true, force: true });
    });

    test("default: on a fresh database every migration is pending, and nothing is written", async () => {
      expect(await getMigrationState(db, { migrationsDir })).toEqual({
        applied: [],
        pending: REPO_MIGRATION_NAMES,
        failed: [],
        unknown: [],
        upToDate: false,
      });
      const [{ exists }] = await db.withSession((session) =>
        session.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists"),
      );
      expect(exists).toBe(false);
    });

    test("behavior: after applying, every migration is applied and the database is up to date", async () => {
      await applyMigrations(db, { migrationsDir });
      expect(await getMigrationState(db, { migrationsDir })).toEqual({
        applied: REPO_MIGRATION_NAMES,
        pending: [],
        failed: [],
        unknown: [],
        upToDate: true,
      });
    });

    test("behavior: a migration added to the folder later is pending", async () => {
      fs.mkdirSync(path.join(migrationsDir, "29990101000000_later"));
      fs.writeFileSync(path.join(migrationsDir, "29990101000000_later", "migration.sql"), "SELECT 1;\n");
      expect(await getMigrationState(db, { migrationsDir })).toEqual({
        applied: REPO_MIGRATION_NAMES,
        pending: ["29990101000000_later"],
        failed: [],
        unknown: [],
        upToDate: false,
      });
    });

    test("behavior: a failed migration is failed, not pending", async () => {
      fs.writeFileSync(path.join(migrationsDir, "29990101000000_later", "migration.sql"), "SELECT no_such_function();\n");
      await expect(applyMigrations(db, { migrationsDir })).rejects.toMatchObject({ code: "MIGRATION_FAILED" });
      expect(await getMigrationState(db, { migrationsDir })).toEqual({
        applied: REPO_MIGRATION_NAMES,
        pending: [],
        failed: ["29990101000000_later"],
        unknown: [],
        upToDate: false,
      });
    });

    test("behavior: a rolled-back failure counts as pending again", async () => {
      await db.withSession((session) =>
        session.query("UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = $1", [
          "29990101000000_later",
        ]),
      );
      expect(await getMigrationState(db, { migrationsDir })).toMatchObject({
        pending: ["29990101000000_later"],
        failed: [],
      });
    });

    test("behavior: migrations applied by a newer release, missing from the folder, are unknown", async () => {
      fs.rmSync(path.join(migrationsDir, "29990101000000_later"), { recursive: true });
      await db.withSession((session) =>
        session.query(
          `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ('00000000-0000-4000-8000-000000000000', $1, '29991231000000_from_the_future', now(), now(), 1)`,
          ["0".repeat(64)],
        ),
      );
      expect(await getMigrationState(db, { migrationsDir })).toEqual({
        applied: [...REPO_MIGRATION_NAMES, "29991231000000_from_the_future"],
        pending: [],
        failed: [],
        unknown: ["29991231000000_from_the_future"],
        upToDate: true,
      });
    });
  });
}
