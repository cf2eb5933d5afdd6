import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";

/** PostgreSQL type oids of the catalog's identifier types, and of text. */
const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * Prisma driver adapter (@prisma/adapter-pg) over a pg pool, corrected so that results with
 * columns of PostgreSQL's catalog types `name` and `"char"` are read as text.
 *
 * adapter-pg 6.19 rejects those types ("Column type 'name' could not be deserialized",
 * prisma/orm#27403 and #28145). Prisma's JavaScript schema engine reads `_prisma_migrations`
 * through information_schema, whose identifiers are `name`, so without this every
 * `prisma migrate` command fails against a PostgreSQL server (tried here: deploy and status
 * then work). pg has already parsed those values as strings, so relabelling the column as
 * text is exact.
 *
 * The pool stays the caller's to end.
 */
export function createPostgresAdapter(pool: pg.Pool): PrismaPg {
  readCatalogTypesAsText(pool);
  // Transactions query a checked-out client rather than the pool.
  pool.on("connect", readCatalogTypesAsText);
  return new PrismaPg(pool);
}

function readCatalogTypesAsText(queryable: pg.Pool | pg.PoolClient): void {
  const query = queryable.query.bind(queryable) as (...args: unknown[]) => unknown;
  const relabelled = (...args: unknown[]): unknown => {
    const result = query(...args);
    // Callback-style calls (pg's pool uses them internally) return nothing to relabel here;
    // the pool's own promise-returning query relabels what they deliver.
    if (!(result instanceof Promise)) return result;
    return result.then((value: { fields?: { dataTypeID: number }[] } | undefined) => {
      for (const field of value?.fields ?? []) {
        if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      }
      return value;
    });
  };
  Object.assign(queryable, { query: relabelled });
}
