import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { Contract, HDNodeWallet, JsonRpcProvider, type JsonRpcSigner } from "ethers";
import { afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { ChainError } from "@/lib/chain/chain-error";
import { deployContracts } from "@/lib/chain/deploy-contracts";
import { DEV_MNEMONIC } from "@/lib/chain/local-chain-constants";
import { readDeployment } from "@/lib/chain/read-deployment";
import { startLocalChain, type LocalChain } from "@/lib/chain/start-local-chain";
import { makeDataDir, rpc } from "./chain-test-helpers";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
const ARTIFACTS_DIR = path.join(REPO_ROOT, "artifacts");
const CONTRACTS = ["RoyaltySplitter", "Artwork", "AuctionHouse"] as const;

// Account 0 deploys with nonces 0, 1, 2 on a fresh chain, so these addresses are fixed.
const DEPLOYER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const SPLITTER_ADDRESS = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
const ARTWORK_ADDRESS = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
const AUCTION_HOUSE_ADDRESS = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
const ATTESTOR = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65"; // dev account 4
const OTHER_ATTESTOR = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"; // dev account 5

function artifactPath(name: string): string {
  return path.join(ARTIFACTS_DIR, "contracts", `${name}.sol`, `${name}.json`);
}

function abiOf(name: string) {
  return JSON.parse(fs.readFileSync(artifactPath(name), "utf8")).abi;
}

let dataDir: string;
let deploymentsDir: string;
let chain: LocalChain;
let provider: JsonRpcProvider;
let signer: JsonRpcSigner;

beforeAll(() => {
  // `npm test` compiles first; running this file alone on a fresh clone compiles here.
  if (!CONTRACTS.every((name) => fs.existsSync(artifactPath(name)))) {
    execFileSync("npx", ["hardhat", "compile", "--config", "hardhat.config.cjs"], { cwd: REPO_ROOT, stdio: "inherit" });
  }
});

beforeEach(async () => {
  dataDir = makeDataDir();
  deploymentsDir = path.join(dataDir, "deployments");
  chain = await startLocalChain({ dataDir, port: 0 });
  provider = new JsonRpcProvider(chain.rpcUrl, undefined, { staticNetwork: true, pollingInterval: 50 });
  signer = await provider.getSigner(0);
});

afterEach(async () => {
  provider.destroy();
  await chain.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function restartChain(dir = dataDir): Promise<void> {
  provider.destroy();
  await chain.stop();
  chain = await startLocalChain({ dataDir: dir, port: 0 });
  provider = new JsonRpcProvider(chain.rpcUrl, undefined, { staticNetwork: true, pollingInterval: 50 });
  signer = await provider.getSigner(0);
}

function deploy(overrides: Partial<Parameters<typeof deployContracts>[0]> = {}) {
  return deployContracts({
    rpcUrl: chain.rpcUrl,
    signer,
    attestorAddress: ATTESTOR,
    deploymentsDir,
    artifactsDir: ARTIFACTS_DIR,
    ...overrides,
  });
}

async function blockNumber(): Promise<number> {
  return Number(await rpc<string>(chain.rpcUrl, "eth_blockNumber"));
}

describe("deployContracts", () => {
  test("default: deploys the three contracts, authorises the attestor and writes deployments/31337.json", async () => {
    const result = await deploy();

    expect(result.status).toBe("deployed");
    expect(result.warnings).toEqual([]);
    expect(result.path).toBe(path.join(deploymentsDir, "31337.json"));
    expect(result.deployment).toMatchObject({
      chainId: 31337,
      deployer: DEPLOYER,
      deployBlock: 1,
      contracts: {
        RoyaltySplitter: { address: SPLITTER_ADDRESS, blockNumber: 1 },
        Artwork: { address: ARTWORK_ADDRESS, blockNumber: 2 },
        AuctionHouse: { address: AUCTION_HOUSE_ADDRESS, blockNumber: 3 },
      },
    });
    expect(await readDeployment(deploymentsDir, 31337)).toEqual(result.deployment);
    expect(await blockNumber()).toBe(5); // three deploys, setAttestor and setPrimaryCollection

    const artwork = new Contract(ARTWORK_ADDRESS, abiOf("Artwork"), provider);
    expect(await artwork.getFunction("isAttestor")(ATTESTOR)).toBe(true);
    expect(await artwork.getFunction("owner")()).toBe(DEPLOYER);
    expect(await artwork.getFunction("name")()).toBe("Colophon");
    expect(await artwork.getFunction("symbol")()).toBe("CLPH");
    expect(await artwork.getFunction("SPLITTER_IMPLEMENTATION")()).toBe(SPLITTER_ADDRESS);
    const auctionHouse = new Contract(AUCTION_HOUSE_ADDRESS, abiOf("AuctionHouse"), provider);
    expect(await auctionHouse.getFunction("owner")()).toBe(DEPLOYER);
    expect(await auctionHouse.getFunction("feeRecipient")()).toBe(DEPLOYER);
    expect(await auctionHouse.getFunction("feeBps")()).toBe(0n);
    expect(await auctionHouse.getFunction("isPrimaryCollection")(ARTWORK_ADDRESS)).toBe(true);
    const receipt = await provider.getTransactionReceipt(result.attestorTxHash!);
    expect(receipt?.status).toBe(1);
  });

  test("behavior: a second call deploys nothing and returns the same addresses", async () => {
    const first = await deploy();
    const fileBefore = fs.readFileSync(first.path, "utf8");
    const blocksBefore = await blockNumber();

    const second = await deploy();
    expect(second.status).toBe("reused");
    expect(second.deployment).toEqual(first.deployment);
    expect(second.attestorTxHash).toBeUndefined();
    expect(second.warnings).toEqual([]);
    expect(await blockNumber()).toBe(blocksBefore);
    expect(fs.readFileSync(first.path, "utf8")).toBe(fileBefore);
  });

  test("behavior: contracts deployed before a chain restart are reused after it", async () => {
    const first = await deploy();
    await restartChain();
    const second = await deploy();
    expect(second.status).toBe("reused");
    expect(second.deployment).toEqual(first.deployment);
    expect(await blockNumber()).toBe(5);
  });

  test("behavior: with a deployer key instead of a signer the result is the same", async () => {
    const deployerKey = HDNodeWallet.fromPhrase(DEV_MNEMONIC, undefined, "m/44'/60'/0'/0/0").privateKey;
    const result = await deploy({ signer: undefined, deployerPrivateKey: deployerKey });
    expect(result.status).toBe("deployed");
    expect(result.deployment.deployer).toBe(DEPLOYER);
    expect(result.deployment.contracts.Artwork.address).toBe(ARTWORK_ADDRESS);
  });

  test("behavior: an attestor not yet authorised is authorised on reuse", async () => {
    await deploy();
    const second = await deploy({ attestorAddress: OTHER_ATTESTOR });
    expect(second.status).toBe("reused");
    expect((await provider.getTransactionReceipt(second.attestorTxHash!))?.status).toBe(1);
    const artwork = new Contract(ARTWORK_ADDRESS, abiOf("Artwork"), provider);
    expect(await artwork.getFunction("isAttestor")(OTHER_ATTESTOR)).toBe(true);
    expect(await artwork.getFunction("isAttestor")(ATTESTOR)).toBe(true);
  });

  test("behavior: a file pointing at a chain that was reset is replaced by a new deployment", async () => {
    const first = await deploy();
    const freshDataDir = makeDataDir();
    try {
      await restartChain(freshDataDir);
      const second = await deploy();
      expect(second.status).toBe("deployed");
      expect(second.warnings).toEqual([
        `${first.path} pointed at RoyaltySplitter, Artwork, AuctionHouse without code on chain 31337 (the chain was reset); deployed the contracts again`,
      ]);
      // Same deployer and nonces on a fresh chain: same addresses, new transactions.
      expect(second.deployment.contracts.Artwork.address).toBe(ARTWORK_ADDRESS);
      expect(await readDeployment(deploymentsDir, 31337)).toEqual(second.deployment);
    } finally {
      await restartChain(dataDir);
      fs.rmSync(freshDataDir, { recursive: true, force: true });
    }
  });

  test("behavior: a contract recompiled since deployment is reused with a warning", async () => {
    const first = await deploy();
    const stale = structuredClone(first.deployment);
    stale.contracts.AuctionHouse.bytecodeHash = `0x${"00".repeat(32)}`;
    fs.writeFileSync(first.path, JSON.stringify(stale));

    const second = await deploy();
    expect(second.status).toBe("reused");
    expect(second.warnings).toEqual([
      `AuctionHouse was recompiled since it was deployed at ${AUCTION_HOUSE_ADDRESS}; the chain runs the old code. Delete ${first.path} to deploy the new one.`,
    ]);
  });

  test("error: missing artifacts fail with ARTIFACT_NOT_FOUND and the compile command", async () => {
    const emptyArtifacts = path.join(dataDir, "no-artifacts");
    const failure = await deploy({ artifactsDir: emptyArtifacts }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChainError);
    expect((failure as ChainError).code).toBe("ARTIFACT_NOT_FOUND");
    const missing = path.join(emptyArtifacts, "contracts", "RoyaltySplitter.sol", "RoyaltySplitter.json");
    expect((failure as ChainError).message).toBe(
      `The artifact of RoyaltySplitter is missing (${missing}). Compile the contracts with \`npm run compile\`.`,
    );
    expect(await blockNumber()).toBe(0);
  });

  test("error: a deployer that does not own Artwork fails with the decoded custom error", async () => {
    await deploy();
    const notOwner = await provider.getSigner(1);
    const failure = await deploy({ signer: notOwner, attestorAddress: OTHER_ATTESTOR }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChainError);
    expect((failure as ChainError).code).toBe("DEPLOYMENT_FAILED");
    expect((failure as ChainError).message).toBe(
      `Authorising attestor ${OTHER_ATTESTOR} on Artwork ${ARTWORK_ADDRESS} failed: OwnableUnauthorizedAccount(0x70997970C51812dc3A010C7d01b50e0d17dc79C8)`,
    );
  });

  test("error: a deployments file that is not valid is left alone and reported", async () => {
    fs.mkdirSync(deploymentsDir, { recursive: true });
    fs.writeFileSync(path.join(deploymentsDir, "31337.json"), "{}");
    const failure = await deploy().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChainError);
    expect((failure as ChainError).code).toBe("DEPLOYMENT_INVALID");
    expect(fs.readFileSync(path.join(deploymentsDir, "31337.json"), "utf8")).toBe("{}");
    expect(await blockNumber()).toBe(0);
  });

  test("error: exactly one of deployerPrivateKey and signer is required", async () => {
    await expect(deploy({ signer: undefined })).rejects.toThrow(
      "deployContracts needs exactly one of deployerPrivateKey and signer",
    );
  });
});
