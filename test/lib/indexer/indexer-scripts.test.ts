import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import { milliEth, openTestDatabase, startMarketChain, type MarketChain, type TestDatabase } from "./market-chain";

// `npm run indexer -- --once` and `npm run index:check` as a person runs them: child
// processes with the settings in their environment, against a real chain and PGlite.

const ROOT = path.resolve(import.meta.dirname, "../../..");
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

let chain: MarketChain;
let store: TestDatabase;

function run(script: string, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", TSX, path.join(ROOT, script), ...args], {
      cwd: ROOT,
      env: {
        NODE_ENV: "production",
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        COLOPHON_DATA_DIR: store.dataDir,
        CHAIN_RPC_URL: chain.rpcUrl,
        DEPLOYMENTS_DIR: chain.deploymentsDir,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  chain = await startMarketChain();
  const [, a, , , b] = chain.accounts;
  const work = await chain.mint(a!);
  const auctionId = await chain.createAuction(a!, work.tokenId, milliEth(10));
  await chain.bid(b!, auctionId, milliEth(12));
  // The scripts open the data directory themselves: PGlite admits one process at a time.
  store = await openTestDatabase("colophon-index-script-");
  await store.db.close();
});

afterAll(async () => {
  await store?.close().catch(() => undefined);
  await chain?.close();
});

describe("npm run indexer / npm run index:check", () => {
  test("default: --once catches up and exits; the check then finds no difference", async () => {
    const head = await chain.blockNumber();
    const indexed = await run("scripts/indexer.ts", ["--once"]);
    expect(indexed.stderr).toBe("");
    expect(indexed.code).toBe(0);
    expect(indexed.stdout).toContain(`caught up at block ${head} (head ${head})`);
    const checked = await run("scripts/check-index.ts");
    expect(checked.code).toBe(0);
    // Five logs of the deployment (two OwnershipTransferred, PlatformFeeUpdated,
    // AttestorUpdated, PrimaryCollectionUpdated), then SplitterCreated, Transfer,
    // ArtworkMinted, Approval, Transfer, AuctionCreated, AuctionBid.
    expect(checked.stdout.trim()).toBe(
      `Compared at block ${head} (head ${head}): 12 logs, 1 tokens, 1 auctions, 0 auction-house credits, 3 splitter accounts: no difference.`,
    );
  });

  test("error: a tampered row is printed as the exact difference, with exit status 1", async () => {
    const db = await openDatabase({ dataDir: store.dataDir });
    const dead = "0x000000000000000000000000000000000000dead";
    await db.prisma.work.update({ where: { tokenId: "1" }, data: { owner: dead } });
    await db.close();
    const checked = await run("scripts/check-index.ts");
    expect(checked.code).toBe(1);
    const lines = checked.stdout.trim().split("\n");
    expect(lines[0]).toBe(`work 1 owner: database ${dead}, chain ${chain.contracts.auctionHouse}`);
    expect(lines[1]).toMatch(/: 1 difference\.$/);
    expect(lines).toHaveLength(2);
    store.db = await openDatabase({ dataDir: store.dataDir });
  });
});
