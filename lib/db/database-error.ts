/** What went wrong in the database layer, as a stable code for callers and logs. */
export type DatabaseErrorCode =
  /** Another process (or another handle in this one) holds the embedded PGlite data directory. */
  | "DATABASE_LOCKED"
  /** The PostgreSQL server at the given url did not accept a connection. */
  | "DATABASE_UNAVAILABLE"
  /** A migration script failed; it is recorded as failed in `_prisma_migrations`. */
  | "MIGRATION_FAILED"
  /** A migration failed earlier and was never resolved, so no later one may run. */
  | "MIGRATION_FAILED_EARLIER"
  /** The migrations folder is missing or does not look like Prisma's layout. */
  | "MIGRATIONS_INVALID";

/**
 * Error of the database layer: a code, a short message, optional details and the cause.
 *
 * Self-contained for now so lib/db has no dependency on other folders; it has the same
 * shape (code, message, details, cause) as the project's other domain errors.
 */
export class DatabaseError extends Error {
  override name = "DatabaseError";
  readonly code: DatabaseErrorCode;
  readonly details: Record<string, unknown>;

  constructor(
    code: DatabaseErrorCode,
    message: string,
    options: { details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details ?? {};
  }
}
