import fs from "node:fs/promises";
import path from "node:path";
import { Wallet } from "ethers";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { writeBuiltinModels } from "@/inference/write-builtin-models";
import { encodeModelCard } from "@/lib/generation/encode-model-card";
import { ensureBuiltinModels } from "@/lib/generation/ensure-builtin-models";
import { TEST_BUILTIN_TRAINER } from "../../inference/test-builtin-trainer";
import { ALICE, openTestStack, type TestStack } from "./fixtures";

// A data directory from before the operator owned the built-in models' key: its models
// directory and Model rows carry cards another key signed (the published key of old). At the
// next start they are signed again by the operator's key and re-registered in place.

vi.mock("server-only", () => ({}));

let stack: TestStack;
const oldKey = Wallet.createRandom();

beforeAll(async () => {
  stack = await openTestStack();
  const { prisma } = await stack.runtime.database();
  const store = await stack.runtime.contentStore();
  // What an older server left: manifests and rows signed by the old key, a kept generation.
  const modelsDir = path.join(stack.dataDir, "models");
  for (const { manifest, modelPath } of await writeBuiltinModels(modelsDir, oldKey)) {
    await prisma.model.create({
      data: {
        id: manifest.id,
        sha256: `0x${manifest.sha256}`,
        name: manifest.name,
        version: manifest.version,
        kind: manifest.kind,
        trainer: manifest.trainer.toLowerCase(),
        fileCid: (await store.add(new Uint8Array(await fs.readFile(modelPath)))).cid,
        cardCid: (await store.add(encodeModelCard(manifest.card))).cid,
        cardSignature: manifest.cardSignature,
        trainerShareBps: manifest.id === "loom" ? 1500 : 0,
        status: manifest.id === "tide" ? "RETIRED" : "ACTIVE",
      },
    });
  }
  await prisma.generation.create({
    data: { contributor: ALICE.address.toLowerCase(), modelId: "loom", prompt: "kept", seed: 1n, params: {}, imageCid: "bafkreiexample", imageSha256: `0x${"12".repeat(32)}`, size: 1, facts: {} },
  });
});

afterAll(async () => {
  await stack?.close();
});

describe("ensureBuiltinModels", () => {
  test("behavior: built-ins signed by another key are rebuilt and re-registered in place with the operator's key", async () => {
    await ensureBuiltinModels(stack.runtime);
    const { prisma } = await stack.runtime.database();
    const store = await stack.runtime.contentStore();
    const inference = await stack.runtime.inference();
    const rows = await prisma.model.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => row.id)).toEqual(["loom", "press", "tide"]);
    for (const row of rows) {
      const manifest = inference.registry.get(row.id).manifest;
      expect(manifest.trainer).toBe(TEST_BUILTIN_TRAINER.address);
      expect(row).toMatchObject({ sha256: `0x${manifest.sha256}`, trainer: TEST_BUILTIN_TRAINER.address.toLowerCase(), cardSignature: manifest.cardSignature });
      const card = JSON.parse(new TextDecoder().decode(await store.get(row.cardCid))) as { trainer: string };
      expect(card.trainer).toBe(TEST_BUILTIN_TRAINER.address);
    }
    // What the operator chose is kept: the share and the status.
    expect(rows.find((row) => row.id === "loom")!.trainerShareBps).toBe(1500);
    expect(rows.find((row) => row.id === "tide")!.status).toBe("RETIRED");
    // Generations still point at the same row.
    expect(await prisma.generation.count({ where: { modelId: "loom" } })).toBe(1);
  });

  test("behavior: after a restart, registering again changes nothing", async () => {
    const before = await (await stack.runtime.database()).prisma.model.findMany({ orderBy: { id: "asc" } });
    await stack.close();
    stack = await openTestStack({ dataDir: stack.dataDir });
    await ensureBuiltinModels(stack.runtime);
    expect(await (await stack.runtime.database()).prisma.model.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });
});
