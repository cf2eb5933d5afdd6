import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { DependencyError } from "@/lib/errors/dependency-error";
import { createPgliteAdapter } from "./create-pglite-adapter";
import { createPostgresAdapter } from "./create-postgres-adapter";
import type { Database, SqlSession } from "./database";
import { PrismaClient } from "./generated/client";
import { lockDataDir } from "./lock-data-dir";

export type OpenDatabaseParameters =
  /** Embedded PGlite in `<dataDir>/pglite` (created on first open). */
  | { dataDir: string }
  /** A PostgreSQL server, e.g. `postgresql://user@host:5432/colophon`. */
  | { url: string };

export type OpenDatabaseReturnType = Database;

/**
 * Opens the database: embedded PGlite in the data directory, or a PostgreSQL server when a
 * url is given. Both speak PostgreSQL and take the same migrations (see applyMigrations).
 * Call `close()` when done: it shuts PGlite down cleanly (its files are then consistent, and
 * the lock is released) or ends the pg pool, which would otherwise keep the process alive.
 *
 * @throws DatabaseError DATABASE_LOCKED when another process has the PGlite directory open.
 * @throws DependencyError DATABASE_UNAVAILABLE when the PostgreSQL server does not answer.
 */
export async function openDatabase(options: OpenDatabaseParameters): Promise<OpenDatabaseReturnType> {
  return "url" in options ? openPostgres(options.url) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string): Promise<Database> {
  const root = path.resolve(dataDir);
  // PGlite creates its own directory but fails when the parent is missing.
  fs.mkdirSync(root, { recursive: true });
  const release = lockDataDir(path.join(root, "pglite.lock"));
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ dataDir: path.join(root, "pglite") });
  } catch (error) {
    release();
    throw error;
  }
  const prisma = new PrismaClient({ adapter: createPgliteAdapter(pglite) });
  const session: SqlSession = {
    async exec(script) {
      await pglite.exec(script);
    },
    async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      return (await pglite.query<Row>(sql, params)).rows;
    },
  };
  // PGlite is one connection: sessions queue behind each other instead of running at once.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    prisma,
    dialect: "pglite",
    withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T> {
      const run = queue.then(() => fn(session));
      queue = run.catch(() => undefined);
      return run;
    },
    close: once(async () => {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        release();
      }
    }),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url });
  // pg emits "error" when the server drops an idle pooled connection; the pool discards that
  // client and the next query opens a new one. Unlistened, the event would crash the process.
  pool.on("error", () => undefined);
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end();
    throw new DependencyError({
      code: "DATABASE_UNAVAILABLE",
      message: "Cannot connect to the PostgreSQL server",
      details: { url: redactPassword(url) },
      cause: error,
    });
  }
  // The pool is ours (Prisma does not end an external pool), so migrations and Prisma share it.
  const prisma = new PrismaClient({ adapter: createPostgresAdapter(pool) });
  return {
    prisma,
    dialect: "postgresql",
    async withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        return await fn({
          async exec(script) {
            // No parameters: pg uses the simple query protocol, which accepts many statements
            // and runs them in one implicit transaction, as Prisma's schema engine does.
            await client.query(script);
          },
          async query<Row extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
            return (await client.query<Row>(sql, params)).rows;
          },
        });
      } finally {
        client.release();
      }
    },
    close: once(async () => {
      try {
        await prisma.$disconnect();
      } finally {
        await pool.end();
      }
    }),
  };
}

/** Makes `close()` safe to call twice: the second call waits for the first. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable url)";
  }
}
