import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { applyMigrations } from "@/lib/db/apply-migrations";
import type { Database } from "@/lib/db/database";
import { DatabaseError } from "@/lib/db/database-error";
import { Prisma } from "@/lib/db/generated/client";
import { openDatabase } from "@/lib/db/open-database";
import { DependencyError } from "@/lib/errors/dependency-error";
import { DATABASE_TARGETS, REPO_MIGRATIONS, REPO_ROOT, type FreshDatabase } from "./database-targets";

const TRAINER = "0x1111111111111111111111111111111111111111";
const CONTRIBUTOR = "0x2222222222222222222222222222222222222222";
const MODEL_SHA = `0x${"ab".repeat(32)}`;
const IMAGE_SHA = `0x${"cd".repeat(32)}`;
/** The largest uint256: token ids must survive the round trip exactly. */
const MAX_TOKEN_ID = (2n ** 256n - 1n).toString();

const modelData = {
  sha256: MODEL_SHA,
  name: "cppn-sunset",
  version: "1.0.0",
  kind: "cppn",
  trainer: TRAINER,
  fileCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
  cardCid: "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
  cardSignature: `0x${"12".repeat(65)}`,
  trainerShareBps: 1_500,
};

const workData = {
  tokenId: MAX_TOKEN_ID,
  contentHash: IMAGE_SHA,
  recordHash: `0x${"ef".repeat(32)}`,
  recordCid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
  contributor: CONTRIBUTOR,
  owner: CONTRIBUTOR,
  mintedAt: new Date("2026-01-02T03:04:05.678Z"),
  txHash: `0x${"99".repeat(32)}`,
};

/** Fills the database with one row of each model; returns the ids made by the database. */
async function writeOneOfEach(db: Database): Promise<{ modelId: string; generationId: string }> {
  const model = await db.prisma.model.create({ data: modelData });
  const generation = await db.prisma.generation.create({
    data: {
      contributor: CONTRIBUTOR,
      modelId: model.id,
      prompt: "a sunset over the sea",
      seed: 2n ** 63n - 1n,
      params: { width: 512, height: 512, palette: ["#ff8800", "#002244"], sourceImageCid: null },
      imageCid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
      imageSha256: IMAGE_SHA,
      size: 48_213,
      facts: { onnxRuntime: "1.30.0", executionProvider: "cpu" },
    },
  });
  await db.prisma.work.create({ data: workData });
  await db.prisma.indexerCursor.create({ data: { name: "artwork", lastBlock: 123_456_789_012n } });
  return { modelId: model.id, generationId: generation.id };
}

/** The thrown value of a promise, to assert on all of it. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

for (const target of DATABASE_TARGETS) {
  describe.runIf(target.enabled)(`openDatabase (${target.dialect})`, () => {
    let fresh: FreshDatabase | undefined;
    let db: Database | undefined;

    afterEach(async () => {
      await db?.close();
      db = undefined;
      await fresh?.dispose();
      fresh = undefined;
    });

    async function openFresh(): Promise<Database> {
      fresh = await target.create();
      db = await openDatabase(fresh.options);
      await applyMigrations(db, { migrationsDir: REPO_MIGRATIONS });
      return db;
    }

    test("default: reports its dialect and writes and reads every model", async () => {
      const db = await openFresh();
      expect(db.dialect).toBe(target.dialect);
      const { modelId, generationId } = await writeOneOfEach(db);

      const model = await db.prisma.model.findUniqueOrThrow({ where: { sha256: MODEL_SHA } });
      expect(model).toEqual({ ...modelData, id: modelId, status: "PENDING", createdAt: expect.any(Date) });

      const generation = await db.prisma.generation.findUniqueOrThrow({ where: { id: generationId } });
      expect(generation).toEqual({
        id: generationId,
        contributor: CONTRIBUTOR,
        modelId,
        prompt: "a sunset over the sea",
        seed: 9_223_372_036_854_775_807n,
        params: { width: 512, height: 512, palette: ["#ff8800", "#002244"], sourceImageCid: null },
        imageCid: "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy",
        imageSha256: IMAGE_SHA,
        size: 48_213,
        facts: { onnxRuntime: "1.30.0", executionProvider: "cpu" },
        createdAt: expect.any(Date),
      });

      const work = await db.prisma.work.findUniqueOrThrow({ where: { contentHash: IMAGE_SHA } });
      expect(work.tokenId.toFixed()).toBe(MAX_TOKEN_ID);
      expect({ ...work, tokenId: undefined }).toEqual({ ...workData, tokenId: undefined, updatedAt: expect.any(Date) });

      const cursor = await db.prisma.indexerCursor.findUniqueOrThrow({ where: { name: "artwork" } });
      expect(cursor).toEqual({ name: "artwork", lastBlock: 123_456_789_012n, updatedAt: expect.any(Date) });
    });

    test("behavior: rows are still there after close and reopen", async () => {
      const first = await openFresh();
      const { modelId } = await writeOneOfEach(first);
      await first.close();
      db = await openDatabase(fresh!.options);
      expect(await db.prisma.model.findMany({ select: { id: true, sha256: true } })).toEqual([
        { id: modelId, sha256: MODEL_SHA },
      ]);
      expect((await db.prisma.work.findMany()).map((work) => work.tokenId.toFixed())).toEqual([MAX_TOKEN_ID]);
      expect(await db.prisma.indexerCursor.count()).toBe(1);
    });

    test("error: a duplicate unique key is Prisma's P2002 naming the fields", async () => {
      const db = await openFresh();
      await writeOneOfEach(db);
      const duplicateModel = await rejectionOf(db.prisma.model.create({ data: { ...modelData, version: "2.0.0" } }));
      expect(duplicateModel).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
      expect(duplicateModel).toMatchObject({
        code: "P2002",
        meta: {
          modelName: "Model",
          driverAdapterError: {
            cause: { kind: "UniqueConstraintViolation", originalCode: "23505", constraint: { fields: ["sha256"] } },
          },
        },
      });
      const duplicateWork = await rejectionOf(db.prisma.work.create({ data: { ...workData, tokenId: "7" } }));
      // Field names come from PostgreSQL's error detail, which quotes mixed-case identifiers;
      // @prisma/adapter-pg passes them on as they are, and the PGlite adapter does the same.
      expect(duplicateWork).toMatchObject({
        code: "P2002",
        meta: { modelName: "Work", driverAdapterError: { cause: { constraint: { fields: ['"contentHash"'] } } } },
      });
      const sameTrainerNameVersion = await rejectionOf(
        db.prisma.model.create({ data: { ...modelData, sha256: `0x${"ac".repeat(32)}` } }),
      );
      expect(sameTrainerNameVersion).toMatchObject({
        code: "P2002",
        meta: { driverAdapterError: { cause: { constraint: { fields: ["trainer", "name", "version"] } } } },
      });
    });

    test("error: a generation of a model that does not exist is Prisma's P2003", async () => {
      const db = await openFresh();
      const error = await rejectionOf(
        db.prisma.generation.create({
          data: {
            contributor: CONTRIBUTOR,
            modelId: "no-such-model",
            prompt: "p",
            seed: 1n,
            params: {},
            imageCid: "bafy",
            imageSha256: IMAGE_SHA,
            size: 1,
            facts: {},
          },
        }),
      );
      expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
      expect(error).toMatchObject({
        code: "P2003",
        meta: {
          modelName: "Generation",
          driverAdapterError: {
            cause: {
              kind: "ForeignKeyConstraintViolation",
              originalCode: "23503",
              constraint: { index: "Generation_modelId_fkey" },
            },
          },
        },
      });
    });

    test("behavior: a transaction that fails leaves nothing behind", async () => {
      const db = await openFresh();
      const error = await rejectionOf(
        db.prisma.$transaction(async (tx) => {
          await tx.indexerCursor.create({ data: { name: "auction-house", lastBlock: 1n } });
          await tx.indexerCursor.create({ data: { name: "auction-house", lastBlock: 2n } });
        }),
      );
      expect(error).toMatchObject({ code: "P2002" });
      expect(await db.prisma.indexerCursor.count()).toBe(0);
    });

    test("behavior: close() can be called twice", async () => {
      const db = await openFresh();
      await db.close();
      await expect(db.close()).resolves.toBeUndefined();
    });

    test("behavior: once closed, the process exits on its own", async () => {
      fresh = await target.create();
      // A child process opens, migrates, queries and closes, then must end without being
      // told to: anything left open (PGlite, a pool) would keep it alive until the timeout.
      const script = [
        'import { openDatabase } from "@/lib/db/open-database";',
        'import { applyMigrations } from "@/lib/db/apply-migrations";',
        `const db = await openDatabase(${JSON.stringify(fresh.options)});`,
        `await applyMigrations(db, { migrationsDir: ${JSON.stringify(REPO_MIGRATIONS)} });`,
        "console.log(await db.prisma.model.count());",
        "await db.close();",
      ].join("\n");
      const { code, output } = await runTsx(script, 60_000);
      expect({ code, output: output.trim() }).toEqual({ code: 0, output: "0" });
    });
  });
}

describe("openDatabase (pglite only)", () => {
  let dataDir: string;
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test("behavior: creates the data directory and its parents, and PGlite in <dataDir>/pglite", async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-db-"));
    const nested = path.join(dataDir, "a", "b");
    const db = await openDatabase({ dataDir: nested });
    try {
      expect(fs.existsSync(path.join(nested, "pglite", "PG_VERSION"))).toBe(true);
      expect(fs.readFileSync(path.join(nested, "pglite.lock"), "utf8")).toBe(`${process.pid}\n`);
    } finally {
      await db.close();
    }
    expect(fs.existsSync(path.join(nested, "pglite.lock"))).toBe(false);
  });

  test("error: a second open of the same data directory is DATABASE_LOCKED", async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-db-"));
    const db = await openDatabase({ dataDir });
    try {
      const error = await rejectionOf(openDatabase({ dataDir }));
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).toMatchObject({
        code: "DATABASE_LOCKED",
        message: "This process already has the embedded database open",
        details: { lockFile: path.join(dataDir, "pglite.lock"), pid: process.pid },
      });
    } finally {
      await db.close();
    }
  });
});

describe("openDatabase (postgresql, no server needed)", () => {
  test("error: a server that does not answer is DependencyError DATABASE_UNAVAILABLE, password hidden", async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const error = await rejectionOf(openDatabase({ url: "postgresql://colophon:s3cret@127.0.0.1:1/colophon" }));
    expect(error).toBeInstanceOf(DependencyError);
    expect(error).toMatchObject({
      code: "DATABASE_UNAVAILABLE",
      message: "Cannot connect to the PostgreSQL server",
      details: { url: "postgresql://colophon:***@127.0.0.1:1/colophon" },
      cause: expect.objectContaining({ code: "ECONNREFUSED" }),
    });
  });
});

/** Runs a TypeScript module with tsx from the repository root (for the "@/" alias). */
function runTsx(source: string, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "colophon-exit-")), "probe.mts");
  fs.writeFileSync(file, source);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", file], {
      cwd: REPO_ROOT,
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(REPO_ROOT, "tsconfig.json") },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
      resolve({ code, output });
    });
  });
}
