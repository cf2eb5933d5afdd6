// Relative, not "@/lib/errors": prisma.config.ts loads this file (through lock-data-dir.ts)
// with Prisma's config loader, which does not know the tsconfig path alias.
import { BaseError, type BaseErrorParameters } from "../errors/base-error";

/** What went wrong in the database layer. Statuses are in lib/errors/error-codes.ts. */
export type DatabaseErrorCode =
  /** Another process (or another handle in this one) holds the embedded PGlite data directory. */
  | "DATABASE_LOCKED"
  /** A migration script failed; it is recorded as failed in `_prisma_migrations`. */
  | "MIGRATION_FAILED"
  /** A migration failed earlier and was never resolved, so no later one may run. */
  | "MIGRATION_FAILED_EARLIER"
  /** The migrations folder is missing or does not look like Prisma's layout. */
  | "MIGRATIONS_INVALID";

/**
 * Error of the database layer (lib/db). An unreachable PostgreSQL server is not one of these
 * but a DependencyError (DATABASE_UNAVAILABLE), like every other part that is down.
 */
export class DatabaseError extends BaseError<DatabaseErrorCode> {
  override name = "DatabaseError";

  constructor(parameters: BaseErrorParameters<DatabaseErrorCode>) {
    super(parameters);
  }
}
