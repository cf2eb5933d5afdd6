import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadEnv, type Env } from "@/lib/config/env";
import { ConfigError } from "@/lib/errors";
import { indexerConfirmations, indexerPollMs } from "@/lib/indexer/indexer-settings";
import { startIndexer } from "@/lib/indexer/start-indexer";
import type { Runtime } from "@/lib/runtime/get-runtime";
import { openTestDatabase, startMarketChain, type MarketChain, type TestDatabase } from "./market-chain";

let chain: MarketChain;
let store: TestDatabase;

beforeAll(async () => {
  chain = await startMarketChain();
  store = await openTestDatabase("colophon-index-loop-");
});

afterAll(async () => {
  await store?.close();
  await chain?.close();
});

/** The parts of a runtime the indexer uses, over the test chain and database. */
function runtimeWith(settings: Partial<Env>): Runtime {
  return {
    env: { ...loadEnv({}), ...settings },
    chainRpcUrl: chain.rpcUrl,
    provider: async () => chain.provider,
    deployment: async () => chain.deployment,
    database: async () => store.db,
  } as unknown as Runtime;
}

async function cursor(): Promise<number | undefined> {
  const row = await store.db.prisma.indexerCursor.findUnique({ where: { name: "market" } });
  return row === null ? undefined : Number(row.lastBlock);
}

async function waitFor(predicate: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await predicate())) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("indexer settings", () => {
  test("default: unset settings are left to the indexer: 0 confirmations locally, 5 elsewhere, a poll a second", () => {
    const env = loadEnv({});
    expect([env.INDEXER_CONFIRMATIONS, env.INDEXER_POLL_MS]).toEqual([undefined, undefined]);
    expect(indexerConfirmations(env, 31337)).toBe(0);
    expect(indexerConfirmations(env, 8453)).toBe(5);
    expect(indexerPollMs(env)).toBe(1_000);
  });

  test("behavior: set values are used; the test runner turns the in-process indexer off unless told", () => {
    const env = loadEnv({ INDEXER_CONFIRMATIONS: "12", INDEXER_POLL_MS: "250" });
    expect([indexerConfirmations(env, 31337), indexerPollMs(env)]).toEqual([12, 250]);
    expect(indexerPollMs(loadEnv({ NODE_ENV: "test" }))).toBe(0);
    expect(indexerPollMs(loadEnv({ NODE_ENV: "test", INDEXER_POLL_MS: "500" }))).toBe(500);
  });

  test("error: a bad value names the variable", () => {
    expect(() => loadEnv({ INDEXER_CONFIRMATIONS: "-1", INDEXER_POLL_MS: "soon" })).toThrow(ConfigError);
    try {
      loadEnv({ INDEXER_CONFIRMATIONS: "-1", INDEXER_POLL_MS: "soon" });
    } catch (error) {
      expect((error as ConfigError).issues).toEqual([
        { variable: "INDEXER_CONFIRMATIONS", reason: "must be a whole number from 0 to 10000, got '-1'" },
        { variable: "INDEXER_POLL_MS", reason: "must be a whole number from 0 to 3600000, got 'soon'" },
      ]);
    }
  });
});

describe("startIndexer", () => {
  test("default: follows the chain in the background until stopped, once per runtime", async () => {
    const runtime = runtimeWith({ INDEXER_POLL_MS: 50 });
    const loop = startIndexer(runtime)!;
    expect(startIndexer(runtime)).toBe(loop);
    const head = await chain.blockNumber();
    await waitFor(async () => (await cursor()) === head);
    // New blocks are picked up by the next polls.
    const work = await chain.mint(chain.accounts[1]!);
    await waitFor(async () => (await store.db.prisma.token.count({ where: { tokenId: work.tokenId.toString() } })) === 1);
    await loop.stop();
    await chain.mint(chain.accounts[1]!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cursor()).toBe(head + 1);
  });

  test("behavior: INDEXER_POLL_MS=0 starts nothing; a replaced runtime's loop ends by itself", async () => {
    expect(startIndexer(runtimeWith({ INDEXER_POLL_MS: 0 }))).toBeUndefined();
    let current = true;
    const loop = startIndexer(runtimeWith({ INDEXER_POLL_MS: 50 }), () => current)!;
    const head = await chain.blockNumber();
    await waitFor(async () => (await cursor()) === head);
    current = false;
    // A poll already under way may finish; none starts after it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const before = await cursor();
    await chain.mint(chain.accounts[1]!);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cursor()).toBe(before);
    await loop.stop();
  });
});
