import { PGlite } from "@electric-sql/pglite";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createPgliteAdapter } from "@/lib/db/create-pglite-adapter";

// The Prisma-facing behaviour (P2002, P2003) is tested through openDatabase; these tests
// cover what only the Prisma CLI uses, on an in-memory PGlite.
describe("createPgliteAdapter", () => {
  let pglite: PGlite;

  beforeEach(async () => {
    pglite = await PGlite.create({ dataDir: "memory://" });
  });

  afterEach(async () => {
    await pglite.close();
  });

  test("default: executeScript runs every statement of a script", async () => {
    const adapter = await createPgliteAdapter(pglite).connect();
    await adapter.executeScript('CREATE TABLE "A" ("id" INTEGER); INSERT INTO "A" VALUES (1), (2);');
    expect((await pglite.query('SELECT count(*)::int AS n FROM "A"')).rows).toEqual([{ n: 2 }]);
  });

  test("error: executeScript fails when the SQL does, as a Prisma driver error, and rolls back", async () => {
    // pglite-prisma-adapter alone resolves here and the failure escapes as an unhandled
    // rejection: the Prisma CLI then records the migration as applied.
    const adapter = await createPgliteAdapter(pglite).connect();
    const error = await adapter
      .executeScript('CREATE TABLE "Half" ("id" INTEGER); SELECT no_such_function();')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "DriverAdapterError",
      message: "function no_such_function() does not exist",
      cause: {
        kind: "postgres",
        code: "42883",
        originalCode: "42883",
        originalMessage: "function no_such_function() does not exist",
        severity: "ERROR",
      },
    });
    expect((await pglite.query(`SELECT to_regclass('"Half"') AS t`)).rows).toEqual([{ t: null }]);
  });

  test("behavior: a unique violation is mapped as @prisma/adapter-pg maps it", async () => {
    const adapter = await createPgliteAdapter(pglite).connect();
    await adapter.executeScript('CREATE TABLE "U" ("k" TEXT PRIMARY KEY); INSERT INTO "U" VALUES (\'a\');');
    const error = await adapter
      .executeRaw({ sql: `INSERT INTO "U" VALUES ('a')`, args: [], argTypes: [] })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "DriverAdapterError",
      cause: {
        kind: "UniqueConstraintViolation",
        constraint: { fields: ["k"] },
        originalCode: "23505",
        originalMessage: 'duplicate key value violates unique constraint "U_pkey"',
      },
    });
  });

  test("behavior: a raw query of several statements without parameters runs as a script", async () => {
    // What `prisma migrate diff --from-migrations` sends to replay a migration on the shadow
    // database; pglite-prisma-adapter alone fails it ("cannot insert multiple commands...").
    const adapter = await createPgliteAdapter(pglite).connect();
    const script = 'CREATE TABLE "S" ("id" INTEGER); INSERT INTO "S" VALUES (1);';
    expect(await adapter.executeRaw({ sql: script, args: [], argTypes: [] })).toBe(0);
    expect(await adapter.queryRaw({ sql: 'INSERT INTO "S" VALUES (2); INSERT INTO "S" VALUES (3);', args: [], argTypes: [] }))
      .toEqual({ columnNames: [], columnTypes: [], rows: [] });
    expect((await pglite.query('SELECT count(*)::int AS n FROM "S"')).rows).toEqual([{ n: 3 }]);
  });

  test("error: several statements with parameters are still refused", async () => {
    const adapter = await createPgliteAdapter(pglite).connect();
    await expect(
      adapter.executeRaw({ sql: "SELECT $1::int; SELECT 2", args: [1], argTypes: [{ scalarType: "int", arity: "scalar" }] }),
    ).rejects.toMatchObject({
      name: "DriverAdapterError",
      cause: { originalCode: "42601", originalMessage: "cannot insert multiple commands into a prepared statement" },
    });
  });

  test("behavior: the shadow database for `migrate dev` is separate and closed on dispose", async () => {
    const factory = createPgliteAdapter(pglite);
    const shadow = await factory.connectToShadowDb();
    await shadow.executeScript('CREATE TABLE "OnlyInShadow" ("id" INTEGER);');
    expect((await pglite.query(`SELECT to_regclass('"OnlyInShadow"') AS t`)).rows).toEqual([{ t: null }]);
    await shadow.dispose();
    await expect(shadow.executeScript("SELECT 1")).rejects.toThrow("PGlite is closed");
  });
});
