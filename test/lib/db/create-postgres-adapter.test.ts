import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterEach, describe, expect, test } from "vitest";
import { createPostgresAdapter } from "@/lib/db/create-postgres-adapter";

const serverUrl = process.env.TEST_DATABASE_URL;

// current_database() and information_schema identifiers are of PostgreSQL's `name` type.
const CATALOG_QUERY = {
  sql: "SELECT current_database() AS db, 'x'::\"char\" AS c, 42 AS n",
  args: [],
  argTypes: [],
};

describe.runIf(serverUrl !== undefined && serverUrl !== "")("createPostgresAdapter", () => {
  let pool: pg.Pool | undefined;

  afterEach(async () => {
    await pool?.end();
    pool = undefined;
  });

  test("default: columns of the catalog types `name` and \"char\" come back as text", async () => {
    pool = new pg.Pool({ connectionString: serverUrl });
    const adapter = await createPostgresAdapter(pool).connect();
    const result = await adapter.queryRaw(CATALOG_QUERY);
    expect(result.columnNames).toEqual(["db", "c", "n"]);
    expect(result.rows).toEqual([[new URL(serverUrl!).pathname.slice(1), "x", 42]]);
    await adapter.dispose();
  });

  test("behavior: the same holds inside a transaction (a checked-out client)", async () => {
    pool = new pg.Pool({ connectionString: serverUrl });
    const adapter = await createPostgresAdapter(pool).connect();
    const transaction = await adapter.startTransaction();
    const result = await transaction.queryRaw(CATALOG_QUERY);
    expect(result.rows[0]![1]).toBe("x");
    await transaction.rollback();
    await adapter.dispose();
  });

  test("error: without it, @prisma/adapter-pg rejects the `name` type (why it exists)", async () => {
    pool = new pg.Pool({ connectionString: serverUrl });
    const adapter = await new PrismaPg(pool).connect();
    await expect(adapter.queryRaw(CATALOG_QUERY)).rejects.toMatchObject({
      name: "DriverAdapterError",
      cause: { kind: "UnsupportedNativeDataType", type: "name" },
    });
    await adapter.dispose();
  });
});
