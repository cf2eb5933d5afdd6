import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Contract, HDNodeWallet, JsonRpcProvider, Wallet, type InterfaceAbi } from "ethers";
import { JsonRpcServer } from "hardhat/internal/hardhat-network/jsonrpc/server";
import { createInference, type Inference } from "@/inference/create-inference";
import { TEST_BUILTIN_TRAINER } from "../../inference/test-builtin-trainer";
import { createHardhatNetwork } from "@/lib/chain/create-hardhat-network";
import { deployContracts } from "@/lib/chain/deploy-contracts";
import type { Deployment } from "@/lib/chain/read-deployment";
import { DEV_MNEMONIC } from "@/lib/chain/local-chain-constants";
import { applyMigrations } from "@/lib/db/apply-migrations";
import type { PrismaClient } from "@/lib/db/generated/client";
import { modelCardBytes } from "@/lib/provenance/model-card-document";
import type { ContentStore } from "@/lib/storage/content-store";

// The whole server side of the provenance flow for route tests: a temporary data directory
// (PGlite with the repository's migrations, local blocks, key files), Hardhat Network in
// this process served over HTTP with the contracts deployed by lib/chain, the built-in
// models, and the process runtime (getRuntime) pointed at all of it through the
// environment. Route modules must be imported after `startFlowHarness` (and with
// `vi.mock("server-only", () => ({}))` in the test file).

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** A dev account of the public Hardhat mnemonic, connected to the served chain. */
export function devAccount(index: number, provider: JsonRpcProvider): HDNodeWallet {
  return HDNodeWallet.fromPhrase(DEV_MNEMONIC, undefined, `m/44'/60'/0'/0/${index}`).connect(provider);
}

/** A kept generation created for a test. */
export interface TestGeneration {
  id: string;
  png: Uint8Array;
  /** 0x-prefixed. */
  sha256: string;
  cid: string;
}

export interface FlowHarness {
  dataDir: string;
  rpcUrl: string;
  chainId: number;
  deployment: Deployment;
  /** A provider for test-side sends (caching off, fast polling). */
  provider: JsonRpcProvider;
  /** Dev account 0: deployed the contracts, the platform account. */
  deployer: HDNodeWallet;
  attestor: HDNodeWallet;
  /** The operator's key for the built-in models' cards (BUILTIN_TRAINER_PRIVATE_KEY): their trainer. */
  builtinTrainer: Wallet;
  authSecret: string;
  prisma: PrismaClient;
  contentStore: ContentStore;
  inference: Inference;
  /** The Model row id of the built-in "loom" model (text to image), and of "press" (image to image). */
  models: { loom: string; press: string };
  /** Trainer share recorded on the loom Model row. */
  loomTrainerShareBps: number;
  /** A Cookie header signed in as `address`. */
  cookie(address: string): Promise<string>;
  /** Generates a 64x64 image with a real model, stores it and keeps it as a Generation row. */
  createGeneration(parameters: { contributor: string; prompt: string; seed: number; source?: TestGeneration }): Promise<TestGeneration>;
  close(): Promise<void>;
}

/** Starts everything; see the file comment. */
export async function startFlowHarness(prefix: string): Promise<FlowHarness> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `colophon-${prefix}-`));
  const deploymentsDir = path.join(dataDir, "deployments");
  const attestor = Wallet.createRandom();
  const builtinTrainer = TEST_BUILTIN_TRAINER;
  const authSecret = Wallet.createRandom().privateKey.slice(2, 46);

  const { provider: network } = await createHardhatNetwork({ genesisTimestamp: Math.floor(Date.now() / 1000) - 60 });
  const server = new JsonRpcServer({ hostname: "127.0.0.1", port: 0, provider: network });
  const { address, port } = await server.listen();
  const rpcUrl = `http://${address}:${port}`;
  const provider = new JsonRpcProvider(rpcUrl, undefined, { pollingInterval: 50, cacheTimeout: -1 });
  const deployer = devAccount(0, provider);
  const { deployment } = await deployContracts({
    rpcUrl,
    deployerPrivateKey: deployer.privateKey,
    attestorAddress: attestor.address,
    deploymentsDir,
    artifactsDir: path.join(ROOT, "artifacts"),
  });

  Object.assign(process.env, {
    COLOPHON_DATA_DIR: dataDir,
    DEPLOYMENTS_DIR: deploymentsDir,
    CHAIN_RPC_URL: rpcUrl,
    ATTESTOR_PRIVATE_KEY: attestor.privateKey,
    BUILTIN_TRAINER_PRIVATE_KEY: builtinTrainer.privateKey,
    AUTH_SECRET: authSecret,
    INFERENCE_DEVICE: "cpu",
  });
  const { getRuntime } = await import("@/lib/runtime/get-runtime");
  const runtime = getRuntime();
  const database = await runtime.database();
  await applyMigrations(database, { migrationsDir: path.join(ROOT, "prisma", "migrations") });
  const contentStore = await runtime.contentStore();
  const prisma = database.prisma;

  const inference = await createInference({ modelsDirectory: path.join(dataDir, "models"), device: "cpu", builtinTrainer });
  const loomTrainerShareBps = 1500;
  const models = { loom: "loom", press: "press" };
  for (const [id, trainerShareBps] of [["loom", loomTrainerShareBps], ["press", 0]] as const) {
    const { manifest, bytes } = inference.registry.get(id);
    const fileCid = (await contentStore.add(bytes)).cid;
    const cardCid = (await contentStore.add(modelCardBytes(manifest.card))).cid;
    await prisma.model.create({
      data: {
        id,
        sha256: `0x${manifest.sha256}`,
        name: manifest.name,
        version: manifest.version,
        kind: manifest.kind,
        trainer: manifest.trainer.toLowerCase(),
        fileCid,
        cardCid,
        cardSignature: manifest.cardSignature,
        trainerShareBps,
        status: "ACTIVE",
      },
    });
  }

  const { createSessionCookie } = await import("@/lib/auth/create-session-cookie");
  return {
    dataDir,
    rpcUrl,
    chainId: deployment.chainId,
    deployment,
    provider,
    deployer,
    attestor,
    builtinTrainer,
    authSecret,
    prisma,
    contentStore,
    inference,
    models,
    loomTrainerShareBps,
    cookie: (account) => createSessionCookie({ address: account, secret: authSecret }),
    async createGeneration({ contributor, prompt, seed, source }) {
      const modelId = source === undefined ? models.loom : models.press;
      const image = await inference.generateImage({
        modelId,
        prompt,
        seed,
        width: 64,
        height: 64,
        ...(source === undefined ? {} : { sourceImage: source.png }),
      });
      const { cid } = await contentStore.add(image.png);
      const row = await prisma.generation.create({
        data: {
          contributor: contributor.toLowerCase(),
          modelId,
          prompt,
          seed: BigInt(seed),
          params: { width: 64, height: 64, ...image.facts.params, ...(source === undefined ? {} : { sourceImageCid: source.cid }) },
          imageCid: cid,
          imageSha256: `0x${image.sha256}`,
          size: image.png.length,
          facts: JSON.parse(JSON.stringify(image.facts)),
        },
      });
      return { id: row.id, png: image.png, sha256: `0x${image.sha256}`, cid };
    },
    async close() {
      await inference.close().catch(() => undefined);
      await runtime.close().catch(() => undefined);
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("colophon.runtime")];
      provider.destroy();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Artwork as a contract the given wallet sends to. */
export function artworkAs(harness: FlowHarness, wallet: HDNodeWallet, abi: InterfaceAbi): Contract {
  return new Contract(harness.deployment.contracts.Artwork.address, abi, wallet);
}
