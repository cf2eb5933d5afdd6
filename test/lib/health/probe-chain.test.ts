import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { Wallet } from "ethers";
import { probeChain } from "@/lib/health/probe-chain";
import { DependencyError } from "@/lib/errors";
import { closedPort } from "./closed-port";
import { serveHardhat, type ServedChain } from "./serve-hardhat";

let chain: ServedChain;

beforeAll(async () => {
  chain = await serveHardhat();
});

afterAll(async () => {
  await chain?.close();
});

describe("probeChain", () => {
  test("default: reports chain id, head and each deployed contract", async () => {
    const health = await probeChain({
      rpcUrl: chain.rpcUrl,
      loadContracts: async (chainId) => {
        expect(chainId).toBe(31337);
        return chain.contracts;
      },
      timeoutMs: 5_000,
    });
    expect(health.blockNumber).toBeGreaterThanOrEqual(4); // three deploys and an authorisation
    expect(health).toEqual({
      ok: true,
      rpcUrl: chain.rpcUrl,
      chainId: 31337,
      blockNumber: health.blockNumber,
      contracts: [
        { name: "Artwork", address: chain.contracts.Artwork, deployed: true },
        { name: "AuctionHouse", address: chain.contracts.AuctionHouse, deployed: true },
        { name: "RoyaltySplitter", address: chain.contracts.RoyaltySplitter, deployed: true },
      ],
    });
  });

  test("error: an address without code (a deployment file from a reset chain) is named", async () => {
    const stale = Wallet.createRandom().address;
    const health = await probeChain({
      rpcUrl: chain.rpcUrl,
      loadContracts: async () => ({ Artwork: chain.contracts.Artwork, AuctionHouse: stale }),
      timeoutMs: 5_000,
    });
    expect(health.ok).toBe(false);
    expect(health.contracts).toEqual([
      { name: "Artwork", address: chain.contracts.Artwork, deployed: true },
      { name: "AuctionHouse", address: stale, deployed: false },
    ]);
    expect(health.error).toBe(
      `no contract code at AuctionHouse ${stale} on chain 31337; the deployment file belongs to another chain state: redeploy (\`npm start\` deploys to the local chain)`,
    );
  });

  test("error: a missing deployment file keeps chain id and head and gives the loader's reason", async () => {
    const health = await probeChain({
      rpcUrl: chain.rpcUrl,
      loadContracts: async () => {
        throw new DependencyError({ code: "CHAIN_UNAVAILABLE", message: "no deployments/31337.json" });
      },
      timeoutMs: 5_000,
    });
    expect(health).toEqual({
      ok: false,
      rpcUrl: chain.rpcUrl,
      chainId: 31337,
      blockNumber: expect.any(Number),
      error: "no deployments/31337.json",
    });
  });

  test("error: a closed port reports the refused connection", async () => {
    const rpcUrl = `http://127.0.0.1:${await closedPort()}`;
    const health = await probeChain({ rpcUrl, loadContracts: async () => ({}), timeoutMs: 5_000 });
    expect(health).toEqual({
      ok: false,
      rpcUrl,
      error: `connection refused by ${rpcUrl} (is the chain node running? \`npm start\` starts one)`,
    });
  });
});
