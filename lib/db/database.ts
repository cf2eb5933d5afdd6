import type { PrismaClient } from "./generated/client";

/** Which PostgreSQL the database runs on: embedded PGlite or a PostgreSQL server. */
export type Dialect = "pglite" | "postgresql";

/**
 * One database session (a single connection), for the few things Prisma Client cannot do:
 * running multi-statement migration scripts and holding session-level advisory locks.
 */
export interface SqlSession {
  /** Runs a script of one or more statements, without parameters (simple query protocol). */
  exec(script: string): Promise<void>;
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** An open database: the Prisma client for the app and raw sessions for migrations. */
export interface Database {
  prisma: PrismaClient;
  dialect: Dialect;
  /**
   * Runs `fn` on one session held for its whole duration. Sessions on PGlite are taken one
   * at a time (it has a single connection, so a session-level advisory lock would not keep
   * two callers in the same process apart); on PostgreSQL each is a pooled connection.
   */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Disconnects Prisma and closes PGlite or the pg pool, so the process can exit. */
  close(): Promise<void>;
}
