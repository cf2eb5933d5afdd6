import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { createLazyAdapterFactory, type MigrationAdapterFactory } from "@/lib/db/create-lazy-adapter-factory";
import { runPrismaCli } from "./run-prisma-cli";

/** A stand-in for a real factory: connect() resolves to a marker naming what was opened. */
function fakeFactory(): MigrationAdapterFactory {
  return {
    provider: "postgres",
    adapterName: "fake",
    connect: async () => "main" as never,
    connectToShadowDb: async () => "shadow" as never,
  };
}

describe("createLazyAdapterFactory", () => {
  test("default: reports its provider and name without opening anything", () => {
    const open = vi.fn(async () => fakeFactory());
    const factory = createLazyAdapterFactory({ provider: "postgres", adapterName: "pglite-prisma-adapter", open });
    expect(factory.provider).toBe("postgres");
    expect(factory.adapterName).toBe("pglite-prisma-adapter");
    expect(open).not.toHaveBeenCalled();
  });

  test("behavior: the database is opened on the first connect, once, for main and shadow connections", async () => {
    const open = vi.fn(async () => fakeFactory());
    const factory = createLazyAdapterFactory({ provider: "postgres", adapterName: "fake", open });
    expect(await factory.connect()).toBe("main");
    expect(await factory.connectToShadowDb()).toBe("shadow");
    expect(await factory.connect()).toBe("main");
    expect(open).toHaveBeenCalledTimes(1);
  });

  test("error: a failed open reaches the caller of connect", async () => {
    const factory = createLazyAdapterFactory({
      provider: "postgres",
      adapterName: "fake",
      open: () => Promise.reject(new Error("The embedded database is in use by process 42")),
    });
    await expect(factory.connect()).rejects.toThrow("The embedded database is in use by process 42");
  });
});

describe("prisma.config.ts", () => {
  // `npm ci` runs @prisma/client's postinstall, which runs `prisma -v`; that used to open
  // PGlite and create <data dir>/pglite (in the repository when no data dir was set).
  test("behavior: `prisma -v` (run at install) names the adapter and writes nothing to the data directory", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-cli-version-"));
    try {
      const { exitCode, output } = await runPrismaCli(["-v"], { COLOPHON_DATA_DIR: dataDir });
      expect(exitCode).toBe(0);
      expect(output).toMatch(/Schema Engine Adapter\s*: pglite-prisma-adapter/);
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
