import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { OpenDatabaseParameters } from "@/lib/db/open-database";

/** The repository's migrations, which every suite applies. */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
export const REPO_MIGRATIONS = path.join(REPO_ROOT, "prisma", "migrations");
export const REPO_MIGRATION_NAMES = fs
  .readdirSync(REPO_MIGRATIONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** A fresh, empty database of one dialect, and how to get rid of it. */
export interface FreshDatabase {
  options: OpenDatabaseParameters;
  /** Environment for the Prisma CLI (prisma.config.ts) to reach the same database. */
  cliEnv: Record<string, string>;
  dispose(): Promise<void>;
}

export interface DatabaseTarget {
  dialect: "pglite" | "postgresql";
  /** False only for PostgreSQL when TEST_DATABASE_URL is unset. */
  enabled: boolean;
  create(): Promise<FreshDatabase>;
}

// Tests may read process.env directly (only app code goes through lib/config/env).
const serverUrl = process.env.TEST_DATABASE_URL;

/**
 * PGlite always; PostgreSQL when TEST_DATABASE_URL points at a server whose user may create
 * databases (e.g. postgresql://root@127.0.0.1:5432/test). Each fresh PostgreSQL database is
 * created with a random name and dropped afterwards.
 */
export const DATABASE_TARGETS: DatabaseTarget[] = [
  {
    dialect: "pglite",
    enabled: true,
    async create() {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-db-"));
      return {
        options: { dataDir },
        cliEnv: { COLOPHON_DATA_DIR: dataDir, DATABASE_URL: "" },
        async dispose() {
          fs.rmSync(dataDir, { recursive: true, force: true });
        },
      };
    },
  },
  {
    dialect: "postgresql",
    enabled: serverUrl !== undefined && serverUrl !== "",
    async create() {
      const name = `colophon_test_${randomBytes(6).toString("hex")}`;
      await withAdmin((admin) => admin.query(`CREATE DATABASE ${name}`));
      const url = new URL(serverUrl!);
      url.pathname = `/${name}`;
      return {
        options: { url: url.toString() },
        cliEnv: { DATABASE_URL: url.toString() },
        async dispose() {
          await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        },
      };
    },
  },
];

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
