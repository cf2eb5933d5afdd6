import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import hre from "hardhat";
import { PNG } from "pngjs";
import { canonicalRecordBytes } from "@/lib/provenance/hash-record";
import type { VerificationReport } from "@/lib/provenance/verify/types";
import { createWorld, makeWork, type Work, type World } from "./work-fixture";

const require = createRequire(import.meta.url);
const SHIM = path.resolve("scripts/colophon.mjs");

let world: World;
let work: Work;
let rpcServer: { close(): Promise<void> };
let rpcUrl: string;
let gateway: Server;
let gatewayUrl: string;
let directory: string;
let imageFile: string;
/** CID → bytes the gateway serves instead of the store's (a lying gateway). */
const overrides = new Map<string, Uint8Array>();

/** Runs the CLI in a child process (asynchronously: the chain and gateway it talks to live in this process). */
function colophon(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SHIM, ...args], { cwd, env: { ...process.env, HOME: directory }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  world = await createWorld();
  work = await makeWork(world);
  const { JsonRpcServer } = require("hardhat/internal/hardhat-network/jsonrpc/server");
  const server = new JsonRpcServer({ hostname: "127.0.0.1", port: 0, provider: hre.network.provider });
  const { address, port } = await server.listen();
  rpcServer = server;
  rpcUrl = `http://${address}:${port}`;
  gateway = createServer((request, response) => {
    const cid = /^\/ipfs\/([a-z0-9]+)$/.exec(request.url ?? "")?.[1];
    const bytes = cid ? (overrides.get(cid) ?? world.store.get(cid)) : undefined;
    if (!bytes) {
      response.writeHead(404).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length }).end(Buffer.from(bytes));
  });
  await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
  gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`;
  directory = await mkdtemp(path.join(tmpdir(), "colophon-cli-"));
  imageFile = path.join(directory, "work.png");
  await writeFile(imageFile, work.image.png);
});

afterAll(async () => {
  await rpcServer?.close();
  await new Promise((resolve) => gateway?.close(resolve));
  await world?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

const common = () => ["--rpc", rpcUrl, "--gateway", gatewayUrl, "--artwork", world.chain.artworkAddress, "--no-cache"];

describe("colophon verify (chain + gateway only)", () => {
  it("default: verifies an image file, prints ✓ per step and exits 0", async () => {
    const { code, stdout, stderr } = await colophon(["verify", imageFile, ...common()]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const marks = stdout.split("\n").filter((line) => /^ {2}[✓✗–] /.test(line));
    expect(marks).toEqual([
      "  ✓ Image hash matches the token",
      "  ✓ Token exists on-chain",
      "  ✓ Provenance record matches the on-chain record hash",
      "  ✓ Token metadata matches the on-chain digest",
      "  ✓ Attestor signed the record and is authorised",
      "  ✓ Contributor co-signed the record",
      "  ✓ Model card is signed by the trainer and names the model",
      "  ✓ Parent works verify",
      "  ✓ Royalty split matches the chain",
      "  – Re-running the model gives the same image (optional)",
    ]);
    expect(stdout).toContain("VERIFIED: Token #1 verifies: every required check passed.");
  });

  it("behavior: --json prints the report; a token id and a content hash work too", async () => {
    const byId = await colophon(["verify", "1", ...common(), "--json"]);
    expect(byId.code).toBe(0);
    const report = JSON.parse(byId.stdout) as VerificationReport;
    expect(report.verdict).toBe("pass");
    expect(report.work.record).toEqual(work.record);
    const byHash = await colophon(["verify", work.record.image.sha256, ...common(), "--json"]);
    expect(byHash.code).toBe(0);
    expect((JSON.parse(byHash.stdout) as VerificationReport).tokenId).toBe("1");
  });

  it("behavior: --reproduce re-runs the model on CPU", async () => {
    const { code, stdout } = await colophon(["verify", imageFile, ...common(), "--reproduce"]);
    expect(code).toBe(0);
    expect(stdout).toContain("  ✓ Re-running the model gives the same image\n      re-running Loom 1.0.0 on cpu gives the identical image");
  });

  it("behavior: the Artwork address defaults to deployments/<chainId>.json in the current directory", async () => {
    const cwd = path.join(directory, "project");
    await mkdir(path.join(cwd, "deployments"), { recursive: true });
    const contract = (address: string) => ({ address, txHash: `0x${"11".repeat(32)}`, blockNumber: 1, bytecodeHash: `0x${"22".repeat(32)}` });
    await writeFile(
      path.join(cwd, "deployments", "31337.json"),
      JSON.stringify({
        chainId: 31337,
        deployer: world.p.owner.address,
        deployBlock: 0,
        deployedAt: new Date().toISOString(),
        contracts: { RoyaltySplitter: contract(await world.p.splitterImpl.getAddress()), Artwork: contract(world.chain.artworkAddress), AuctionHouse: contract(await world.p.house.getAddress()) },
      }),
    );
    const { code, stdout } = await colophon(["verify", imageFile, "--rpc", rpcUrl, "--gateway", gatewayUrl, "--no-cache"], cwd);
    expect(code).toBe(0);
    expect(stdout).toContain(`Artwork ${world.chain.artworkAddress}`);
  });

  it("error: a gateway serving an edited record makes the record step fail and exits 1", async () => {
    overrides.set(work.recordCid, canonicalRecordBytes({ ...work.record, generation: { ...work.record.generation, prompt: "edited" } }));
    try {
      const { code, stdout } = await colophon(["verify", imageFile, ...common()]);
      expect(code).toBe(1);
      expect(stdout).toMatch(/ {2}✗ Provenance record matches the on-chain record hash\n {6}the content source served wrong bytes for the record/);
      expect(stdout).toContain("NOT VERIFIED: Token #1 does NOT verify");
    } finally {
      overrides.clear();
    }
  });

  it("error: a re-encoded copy is reported as an altered copy of token #1 and exits 1", async () => {
    const copy = path.join(directory, "copy.png");
    await writeFile(copy, PNG.sync.write(PNG.sync.read(Buffer.from(work.image.png)), { colorType: 2, deflateLevel: 1 }));
    const { code, stdout } = await colophon(["verify", copy, ...common()]);
    expect(code).toBe(1);
    expect(stdout).toContain("ALTERED COPY: Looks like token #1 (distance 0): this copy was altered or re-encoded");
  });

  it("error: usage mistakes exit 2 with a reason", async () => {
    const missing = await colophon(["verify", imageFile, "--gateway", gatewayUrl]);
    expect([missing.code, missing.stderr.split("\n")[0]]).toEqual([2, "colophon: --rpc <url> is required."]);
    const badHash = await colophon(["verify", "0x1234", ...common()]);
    expect([badHash.code, badHash.stderr.split("\n")[0]]).toEqual([2, "colophon: A content hash is 0x followed by 64 hex digits, got 4 digits."]);
    const noFile = await colophon(["verify", path.join(directory, "nope.png"), ...common()]);
    expect([noFile.code, noFile.stderr.split("\n")[0]]).toEqual([2, `colophon: Cannot read ${path.join(directory, "nope.png")}: ENOENT.`]);
    const help = await colophon(["verify", "--help"]);
    expect([help.code, help.stdout.split("\n")[0]]).toEqual([0, "Usage: colophon verify <image-file | token-id | 0x-content-hash> --rpc <url> --gateway <url> [options]"]);
  });
});
