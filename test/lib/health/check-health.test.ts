import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { applyMigrations } from "@/lib/db/apply-migrations";
import type { Database } from "@/lib/db/database";
import { getMigrationState } from "@/lib/db/get-migration-state";
import { openDatabase } from "@/lib/db/open-database";
import { checkHealth, type HealthSources } from "@/lib/health/check-health";
import { loadAttestorKey, type AttestorKey } from "@/lib/keys/attestor-key";
import { openContentStore } from "@/lib/storage/open-content-store";
import { closedPort } from "./closed-port";
import { serveHardhat, type ServedChain } from "./serve-hardhat";

// The whole check over real parts: a migrated PGlite database, the local blockstore and an
// attestor key file in a temporary data directory, Hardhat Network over HTTP with the
// contracts deployed and that key authorised, and the installed ONNX Runtime.
const repoMigrations = path.resolve(import.meta.dirname, "../../../prisma/migrations");

let dataDir: string;
let db: Database;
let key: AttestorKey;
let chain: ServedChain;

/** Sources wired to the real parts, with `overrides` replacing some. */
function sources(overrides: Partial<HealthSources> = {}): HealthSources {
  return {
    openDatabase: async () => ({
      dialect: db.dialect,
      migrationState: () => getMigrationState(db, { migrationsDir: repoMigrations }),
    }),
    openContentStore: () => openContentStore({ dataDir }),
    chain: {
      rpcUrl: chain.rpcUrl,
      loadContracts: async () => chain.contracts,
    },
    loadAttestor: async () => key,
    inferenceDevice: "auto",
    ...overrides,
  };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-health-"));
  db = await openDatabase({ dataDir });
  await applyMigrations(db, { migrationsDir: repoMigrations });
  key = loadAttestorKey({ dataDir });
  chain = await serveHardhat(key.address);
});

afterAll(async () => {
  await chain?.close();
  await db?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("checkHealth", () => {
  test("default: every real part healthy makes the report healthy", async () => {
    const report = await checkHealth(sources(), { timeoutMs: 20_000 });
    expect(report.parts.database).toMatchObject({ ok: true, dialect: "pglite", pending: [] });
    expect(report.parts.chain).toMatchObject({ ok: true, chainId: 31337 });
    expect(report.parts.chain.contracts?.map((c) => [c.name, c.deployed])).toEqual([
      ["Artwork", true],
      ["AuctionHouse", true],
      ["RoyaltySplitter", true],
    ]);
    expect(report.parts.contentStore).toEqual({
      ok: true,
      kind: "local",
      detail: `blocks in ${path.join(dataDir, "ipfs", "blocks")}`,
    });
    expect(report.parts.inference).toMatchObject({ ok: true, device: "auto" });
    expect(report.parts.attestor).toEqual({ ok: true, address: key.address, source: "created", authorised: true });
    expect(report.ok).toBe(true);
    expect(Number.isNaN(Date.parse(report.checkedAt))).toBe(false);
  });

  test("error: a chain on a closed port fails the chain part and the report, and leaves the attestor unchecked", async () => {
    const rpcUrl = `http://127.0.0.1:${await closedPort()}`;
    const report = await checkHealth(
      sources({ chain: { rpcUrl, loadContracts: async () => chain.contracts } }),
      { timeoutMs: 20_000 },
    );
    expect(report.ok).toBe(false);
    expect(report.parts.chain).toEqual({
      ok: false,
      rpcUrl,
      error: `connection refused by ${rpcUrl} (is the chain node running? \`npm start\` starts one)`,
    });
    // The chain's failure is the chain part's to report: the key itself is fine.
    expect(report.parts.attestor).toEqual({ ok: true, address: key.address, source: "created", authorised: null });
    expect(report.parts.database.ok).toBe(true);
    expect(report.parts.inference.ok).toBe(true);
  });

  test("error: a hung part is reported as a timeout while the others still answer", async () => {
    const report = await checkHealth(
      sources({ openContentStore: () => new Promise<never>(() => {}) }),
      { timeoutMs: 1_500 },
    );
    expect(report.ok).toBe(false);
    expect(report.parts.contentStore).toEqual({
      ok: false,
      error: "the content store did not answer within 1500 ms",
    });
    expect(report.parts.chain.ok).toBe(true);
    expect(report.parts.attestor.ok).toBe(true);
  });

  test("error: an attestor the deployment does not authorise fails the report", async () => {
    const stranger = loadAttestorKey({ dataDir, privateKey: `0x${"11".repeat(32)}` });
    const report = await checkHealth(sources({ loadAttestor: async () => stranger }), { timeoutMs: 20_000 });
    expect(report.ok).toBe(false);
    expect(report.parts.attestor).toMatchObject({ ok: false, address: stranger.address, source: "env", authorised: false });
  });

  test("error: several failing parts are each reported with their own reason", async () => {
    const rpcUrl = `http://127.0.0.1:${await closedPort()}`;
    const report = await checkHealth(
      sources({
        chain: { rpcUrl, loadContracts: async () => chain.contracts },
        inferenceDevice: "tpu",
        openContentStore: async () => ({ kind: "kubo", ping: async () => ({ ok: false, detail: "kubo down" }) }),
      }),
      { timeoutMs: 20_000 },
    );
    const failing = Object.entries(report.parts)
      .filter(([, part]) => !part.ok)
      .map(([name]) => name);
    expect(failing).toEqual(["chain", "contentStore", "inference"]);
    expect(report.parts.contentStore.error).toBe("kubo down");
    const available = report.parts.inference.providers?.map((p) => p.name).join(", ");
    expect(report.parts.inference.error).toBe(
      `execution provider tpu is not available in this onnxruntime-node build (available: ${available}); set INFERENCE_DEVICE to one of them or auto`,
    );
  });
});
