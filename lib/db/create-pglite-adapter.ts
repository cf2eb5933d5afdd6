import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { defineConfig } from "prisma/config";

/** Prisma 6.19's driver adapter types, taken from its config typings (a direct dependency). */
type AdapterFactory = Awaited<ReturnType<Extract<Parameters<typeof defineConfig>[0], { engine: "js" }>["adapter"]>>;
type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Queryable = Pick<Adapter, "queryRaw" | "executeRaw">;

/**
 * Prisma driver adapter for a PGlite instance: pglite-prisma-adapter 0.6.1, corrected where
 * it falls short of Prisma 6.19 (both found by trying it here).
 *
 * - Errors: the adapter reports every PostgreSQL error as `{ kind: "postgres", code }`, the
 *   shape Prisma 6.10 expected. Prisma 6.19 only recognises mapped kinds, so a unique
 *   violation surfaced as a bare DriverAdapterError instead of P2002. Errors are mapped here
 *   the way @prisma/adapter-pg 6.19 maps them (P2002, P2003, P2011, ...).
 * - executeScript (used by the Prisma CLI for migrations) does not await PGlite's `exec`, so
 *   a failing migration was recorded as applied. Here it awaits, and fails when the SQL does.
 * - `prisma migrate dev` failed on its shadow database ("cannot insert multiple commands
 *   into a prepared statement"): the engine sends each migration as one raw query. A raw
 *   query without parameters that PostgreSQL refuses to prepare for that reason is run as a
 *   script instead. The shadow database is also closed on dispose, which it was not.
 *
 * Used by lib/db/open-database.ts and by prisma.config.ts (which imports it by relative path).
 */
export function createPgliteAdapter(pglite: PGlite): AdapterFactory {
  // The cast bridges types only: the adapter declares them against an older
  // @prisma/driver-adapter-utils (SqlQuery.argTypes changed shape); it never reads argTypes.
  const inner = new PrismaPGlite(pglite) as unknown as AdapterFactory;
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => wrapAdapter(await inner.connect(), pglite, async () => undefined),
    async connectToShadowDb() {
      const shadow = await PGlite.create({ dataDir: "memory://" });
      const shadowFactory = new PrismaPGlite(shadow) as unknown as AdapterFactory;
      return wrapAdapter(await shadowFactory.connect(), shadow, () => shadow.close());
    },
  };
}

function wrapAdapter(adapter: Adapter, pglite: PGlite, dispose: () => Promise<void>): Adapter {
  const queryable = wrapQueryable(adapter);
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    // `prisma migrate dev` replays each migration on the shadow database as one raw query,
    // which PGlite prepares, and PostgreSQL refuses to prepare several statements at once.
    // Such a script (no parameters) is run with exec, as executeScript does.
    async queryRaw(query) {
      try {
        return await queryable.queryRaw(query);
      } catch (error) {
        if (!isMultiStatementScript(error, query.args)) throw error;
        await execScript(pglite, query.sql);
        return { columnNames: [], columnTypes: [], rows: [] };
      }
    },
    async executeRaw(query) {
      try {
        return await queryable.executeRaw(query);
      } catch (error) {
        if (!isMultiStatementScript(error, query.args)) throw error;
        await execScript(pglite, query.sql);
        return 0;
      }
    },
    executeScript: (script) => execScript(pglite, script),
    async startTransaction(isolationLevel) {
      const transaction = await withPrismaErrors(() => adapter.startTransaction(isolationLevel));
      return wrapTransaction(transaction);
    },
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    async dispose() {
      await adapter.dispose();
      await dispose();
    },
  };
}

async function execScript(pglite: PGlite, script: string): Promise<void> {
  try {
    await pglite.exec(script);
  } catch (error) {
    throw toPrismaError(error);
  }
}

/** PostgreSQL's refusal to prepare a multi-statement string (syntax error class 42601). */
function isMultiStatementScript(error: unknown, args: unknown[]): boolean {
  const cause = (error as { cause?: { originalCode?: unknown; originalMessage?: unknown } }).cause;
  return (
    args.length === 0 &&
    cause?.originalCode === "42601" &&
    cause.originalMessage === "cannot insert multiple commands into a prepared statement"
  );
}

function wrapTransaction(transaction: Transaction): Transaction {
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    ...wrapQueryable(transaction),
    commit: () => withPrismaErrors(() => transaction.commit()),
    rollback: () => withPrismaErrors(() => transaction.rollback()),
  };
}

function wrapQueryable(queryable: Queryable): Queryable {
  return {
    queryRaw: (query) => withPrismaErrors(() => queryable.queryRaw(query)),
    executeRaw: (query) => withPrismaErrors(() => queryable.executeRaw(query)),
  };
}

async function withPrismaErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toPrismaError(error);
  }
}

/** The fields of a PostgreSQL error, as PGlite reports them and the old adapter passes on. */
interface PostgresError {
  code: string;
  message: string;
  severity?: string;
  detail?: string;
  column?: string;
  hint?: string;
  constraint?: string;
}

/**
 * Prisma recognises a driver error by its name and an object `cause` (its own
 * isDriverAdapterError does exactly this), so this class needs no import of Prisma's.
 */
class DriverAdapterError extends Error {
  override name = "DriverAdapterError";
  override cause: Record<string, unknown>;

  constructor(cause: Record<string, unknown>, message: string) {
    super(message);
    this.cause = cause;
  }
}

function toPrismaError(error: unknown): unknown {
  const postgres = postgresErrorOf(error);
  if (postgres === undefined) return error;
  return new DriverAdapterError(
    { originalCode: postgres.code, originalMessage: postgres.message, ...mapPostgresError(postgres) },
    postgres.message,
  );
}

function postgresErrorOf(error: unknown): PostgresError | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const candidate = (error as { name?: unknown }).name === "DriverAdapterError" ? (error as { cause?: unknown }).cause : error;
  if (typeof candidate !== "object" || candidate === null) return undefined;
  const fields = candidate as Partial<PostgresError> & { kind?: unknown };
  // The old adapter's cause ({ kind: "postgres", code, ... }) or PGlite's own DatabaseError.
  const isPostgres = fields.kind === "postgres" || (fields.kind === undefined && typeof fields.severity === "string");
  if (!isPostgres || typeof fields.code !== "string" || typeof fields.message !== "string") return undefined;
  return fields as PostgresError;
}

/** The mapping of @prisma/adapter-pg 6.19 (convertDriverError), so both dialects agree. */
function mapPostgresError(error: PostgresError): Record<string, unknown> {
  const keyFields = () => error.detail?.match(/Key \(([^)]+)\)/)?.at(1)?.split(", ");
  const quoted = (at: number) => error.message.split(" ").at(at)?.split('"').at(1);
  switch (error.code) {
    case "22001":
      return { kind: "LengthMismatch", column: error.column };
    case "22003":
      return { kind: "ValueOutOfRange", cause: error.message };
    case "23505": {
      const fields = keyFields();
      return { kind: "UniqueConstraintViolation", constraint: fields === undefined ? undefined : { fields } };
    }
    case "23502": {
      const fields = keyFields();
      return { kind: "NullConstraintViolation", constraint: fields === undefined ? undefined : { fields } };
    }
    case "23503": {
      // The old adapter drops PostgreSQL's constraint field; its name is also in the message.
      const index = error.constraint ?? error.message.match(/constraint "([^"]+)"/)?.[1];
      const constraint = error.column ? { fields: [error.column] } : index ? { index } : undefined;
      return { kind: "ForeignKeyConstraintViolation", constraint };
    }
    case "40001":
      return { kind: "TransactionWriteConflict" };
    case "42P01":
      return { kind: "TableDoesNotExist", table: quoted(1) };
    case "42703":
      return { kind: "ColumnNotFound", column: quoted(1) };
    default:
      return {
        kind: "postgres",
        code: error.code,
        severity: error.severity ?? "N/A",
        message: error.message,
        detail: error.detail,
        column: error.column,
        hint: error.hint,
      };
  }
}
