// The embedded stack end to end: `npm start` brings every part up healthy, a browser sees it
// on /status, and a restart (clean, or after SIGKILL) keeps the chain's owners, balances,
// auctions and bids. Also the start failures a newcomer meets: bad settings, a taken port.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Contract, JsonRpcProvider, parseEther, sha256, toUtf8Bytes, type JsonRpcSigner } from "ethers";
import { chromium } from "playwright-core";
import { MINT_REQUEST_TYPES, artworkDomain, roleId, sortShares, type MintRequest } from "@/lib/contracts/mint-request";
import { loadAttestorKey } from "@/lib/keys/attestor-key";
import { legalPng, pngBomb } from "../lib/images/hostile-images";
import { ROOT, freePort, runStart, startStack, waitPortFree, type StackProcess } from "./stack-process";

const abi = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, "artifacts/contracts", `${name}.sol`, `${name}.json`), "utf8")).abi;

let dataDir: string;
let deploymentsDir: string;
let env: Record<string, string>;
let stack: StackProcess | undefined;

beforeAll(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-stack-"));
  dataDir = path.join(tmp, "data");
  deploymentsDir = path.join(tmp, "deployments");
  env = {
    COLOPHON_DATA_DIR: dataDir,
    DEPLOYMENTS_DIR: deploymentsDir,
    PORT: String(await freePort()),
    CHAIN_PORT: String(await freePort()),
  };
});

afterAll(async () => {
  if (stack && stack.child.exitCode === null) {
    stack.child.kill("SIGTERM");
    await stack.exited;
  }
});

/** What must survive a restart: owners, balances, the auction and its bids. */
async function snapshot(rpcUrl: string) {
  const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
  try {
    const deployment = JSON.parse(fs.readFileSync(path.join(deploymentsDir, "31337.json"), "utf8"));
    const artwork = new Contract(deployment.contracts.Artwork.address, abi("Artwork"), provider);
    const house = new Contract(deployment.contracts.AuctionHouse.address, abi("AuctionHouse"), provider);
    const accounts = (await provider.send("eth_accounts", [])).slice(0, 4) as string[];
    const auction = await house.auctionOf(1n);
    return {
      block: await provider.getBlockNumber(),
      owner: await artwork.ownerOf(1n),
      provenance: (await artwork.provenanceOf(1n)).toArray().map(String),
      balances: await Promise.all(accounts.map(async (a) => (await provider.getBalance(a)).toString())),
      houseBalance: (await provider.getBalance(house.target as string)).toString(),
      auction: auction.toArray().map(String),
    };
  } finally {
    provider.destroy();
  }
}

describe("npm start", () => {
  it("brings every part up healthy and shows it on /status in a browser", async () => {
    stack = await startStack(env);
    expect(stack.url).toBe(`http://localhost:${env.PORT}`);
    const res = await fetch(`${stack.url}/api/health`);
    const body = await res.json();
    expect({ status: res.status, ok: body.ok }).toEqual({ status: 200, ok: true });
    for (const part of Object.values(body.parts) as { ok: boolean }[]) expect(part.ok).toBe(true);

    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(`${stack.url}/status`);
      const rows = page.locator("[data-testid^='part-'][data-ok]");
      const names = await rows.evaluateAll((els) => els.map((e) => [e.getAttribute("data-testid"), e.getAttribute("data-ok")]));
      expect(names).toEqual(
        ["database", "chain", "content-store", "inference", "attestor"].map((p) => [`part-${p}`, "true"]),
      );
      fs.mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
      await page.screenshot({ path: path.join(ROOT, "test-results/status.png"), fullPage: true });
    } finally {
      await browser.close();
    }
  });

  it("decodes images in the production bundle's worker threads: a legal image is hashed, the 16-bit bomb is a 422", async () => {
    const verify = async (bytes: Uint8Array) => {
      const form = new FormData();
      form.set("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), "image.png");
      const response = await fetch(`${stack!.url}/api/verify`, { method: "POST", body: form });
      return { status: response.status, body: await response.json() };
    };
    // The decode workers are built from an inline script because a Turbopack bundle has no
    // worker file to point at; this is the one place that runs them in the real bundle.
    const legal = await verify(legalPng(400, 300));
    expect(legal.status).toBe(200);
    expect(legal.body.summary).toMatch(/or looks like it \(perceptual hash [0-9a-f]{16}\)\.$/);
    const bomb = await verify(await pngBomb());
    expect(bomb.status).toBe(422);
    expect(bomb.body.error).toMatchObject({ code: "IMAGE_TOO_LARGE", details: { field: "file", width: 8192, height: 8192, bitDepth: 16, limit: "maxPixels" } });
    expect((await fetch(`${stack!.url}/api/health`)).status).toBe(200);
  });

  it("keeps owners, balances, auctions and bids across a clean stop and a SIGKILL", async () => {
    const provider = new JsonRpcProvider(stack!.rpcUrl, undefined, { staticNetwork: true });
    const deployment = JSON.parse(fs.readFileSync(path.join(deploymentsDir, "31337.json"), "utf8"));
    const [, contributor, alice, bob] = await Promise.all([0, 1, 2, 3].map((i) => provider.getSigner(i))) as JsonRpcSigner[];
    const artwork = new Contract(deployment.contracts.Artwork.address, abi("Artwork"), contributor);
    const house = new Contract(deployment.contracts.AuctionHouse.address, abi("AuctionHouse"), contributor);
    const attestor = loadAttestorKey({ dataDir });
    const latest = await provider.getBlock("latest");
    const req: MintRequest = {
      to: contributor.address,
      contributor: contributor.address,
      contentHash: sha256(toUtf8Bytes("stack-image")),
      recordHash: sha256(toUtf8Bytes("stack-record")),
      modelHash: sha256(toUtf8Bytes("stack-model")),
      trainer: bob.address,
      metadataDigest: sha256(toUtf8Bytes("stack-metadata")),
      royaltyBps: 1000,
      deadline: BigInt(latest!.timestamp + 3600),
      nonce: 1n,
      shares: sortShares([
        { account: contributor.address, role: roleId("prompter"), bps: 8000 },
        { account: bob.address, role: roleId("trainer"), bps: 2000 },
      ]),
    };
    const signature = await attestor.signer.signTypedData(
      artworkDomain(31337, deployment.contracts.Artwork.address), MINT_REQUEST_TYPES as never, req);
    await (await artwork.mint(req, signature)).wait();
    await (await artwork.approve(house.target, 1n)).wait();
    await (await house.createAuction(artwork.target, 1n, parseEther("1"), 3600)).wait();
    await (await (house.connect(alice) as Contract).placeBid(1n, { value: parseEther("1") })).wait();
    await (await (house.connect(bob) as Contract).placeBid(1n, { value: parseEther("1.5") })).wait();
    provider.destroy();

    const before = await snapshot(stack!.rpcUrl);
    expect(before.owner).toBe(house.target);
    expect(before.houseBalance).toBe(parseEther("1.5").toString());
    expect(before.auction[7]).toBe(bob.address);

    // Clean stop: SIGTERM, exit 0, every child gone.
    stack!.child.kill("SIGTERM");
    expect(await stack!.exited).toEqual({ code: 0, signal: null });
    await waitPortFree(Number(env.PORT));
    await waitPortFree(Number(env.CHAIN_PORT));

    stack = await startStack(env);
    expect(stack.output()).toContain("contracts reused");
    expect(stack.output()).toContain("migrations up to date");
    expect(await snapshot(stack.rpcUrl)).toEqual(before);

    // SIGKILL of the start process: its children notice and exit, and nothing is lost.
    stack.child.kill("SIGKILL");
    await stack.exited;
    await waitPortFree(Number(env.PORT));
    await waitPortFree(Number(env.CHAIN_PORT));

    stack = await startStack(env);
    expect(await snapshot(stack.rpcUrl)).toEqual(before);
  });

  it("refuses a port that is taken, naming the part and the setting", async () => {
    // The running stack holds CHAIN_PORT; a second stack on another data dir must not start.
    const other = runStart({ ...env, COLOPHON_DATA_DIR: path.join(dataDir, "..", "other"), PORT: String(await freePort()) });
    expect((await other.exited).code).toBe(1);
    expect(other.output()).toContain(`✗ chain      Port ${env.CHAIN_PORT} on 127.0.0.1 is already in use, so the local chain cannot listen there. Stop the process that holds it, or pick another port with CHAIN_PORT.`);
  });

  it("lists every bad setting at once and exits 2", async () => {
    const bad = runStart({ ...env, PORT: "http", CHAIN_RPC_URL: "ftp://x", INFERENCE_DEVICE: "tpu" });
    expect(await bad.exited).toEqual({ code: 2, signal: null });
    expect(bad.output()).toContain("Invalid configuration (3 settings):");
    expect(bad.output()).toContain("PORT: must be a whole number from 1 to 65535, got 'http'");
    expect(bad.output()).toContain("CHAIN_RPC_URL: must be an http(s) URL, got 'ftp://x'");
    expect(bad.output()).toContain("INFERENCE_DEVICE: must be one of auto, cpu, cuda, webgpu, got 'tpu'");
  });
});

