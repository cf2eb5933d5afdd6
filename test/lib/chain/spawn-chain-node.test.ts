import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { parseEther, toQuantity } from "ethers";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ChainError } from "@/lib/chain/chain-error";
import { spawnChainNode, type ChainNodeProcess } from "@/lib/chain/spawn-chain-node";
import { makeDataDir, readChainSnapshot, REVERTER_INIT_CODE, REVERTER_RUNTIME_CODE, rpc } from "./chain-test-helpers";

const ACCOUNT_0 = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const ACCOUNT_1 = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

let dataDir: string;
const children: ChainNodeProcess[] = [];

async function spawnNode(port = 0): Promise<ChainNodeProcess> {
  const node = await spawnChainNode({ dataDir, port });
  children.push(node);
  return node;
}

beforeEach(() => {
  dataDir = makeDataDir();
});

afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => child.stop("SIGKILL")));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("spawnChainNode (scripts/chain-node.ts as a child process)", () => {
  test("behavior: after SIGKILL a restarted node has the same blocks, balances, code and clock", async () => {
    const node = await spawnNode();
    expect(node.ready).toMatchObject({ event: "ready", chainId: 31337, blockNumber: 0, created: true, pid: node.child.pid });
    const url = node.rpcUrl;
    for (let index = 0; index < 10; index += 1) {
      await rpc(url, "eth_sendTransaction", [{ from: ACCOUNT_0, to: ACCOUNT_1, value: toQuantity(parseEther("0.5")) }]);
    }
    const deployHash = await rpc<string>(url, "eth_sendTransaction", [{ from: ACCOUNT_0, data: REVERTER_INIT_CODE }]);
    const { contractAddress } = await rpc<{ contractAddress: string }>(url, "eth_getTransactionReceipt", [deployHash]);
    await rpc(url, "evm_increaseTime", [86_400]);
    await rpc(url, "evm_mine");
    const before = await readChainSnapshot(url, [ACCOUNT_0, ACCOUNT_1], [contractAddress]);
    const wallBefore = Math.floor(Date.now() / 1000);
    expect(before.blockNumber).toBe(12);
    expect(before.balances[ACCOUNT_1]).toBe((parseEther("10005")).toString());

    // No stop, no flush: the process dies the moment the last response has been read.
    expect(await node.stop("SIGKILL")).toEqual({ code: null, signal: "SIGKILL" });
    // The lock of the killed node is stale, not an obstacle.
    expect(fs.existsSync(path.join(dataDir, "chain", "node.lock"))).toBe(true);

    const restarted = await spawnNode();
    expect(restarted.ready).toMatchObject({ blockNumber: 12, created: false, replay: { entries: 13, blocks: 12, truncatedBytes: 0 } });
    const after = await readChainSnapshot(restarted.rpcUrl, [ACCOUNT_0, ACCOUNT_1], [contractAddress]);
    expect(after).toEqual(before);
    expect(after.codes[contractAddress]).toBe(REVERTER_RUNTIME_CODE);
    // The day added before the kill is still added: the clock continues from wall time
    // plus that offset, past the last block.
    await rpc(restarted.rpcUrl, "evm_mine");
    const next = Number((await rpc<{ timestamp: string }>(restarted.rpcUrl, "eth_getBlockByNumber", ["latest", false])).timestamp);
    expect(next).toBeGreaterThan(before.latestTimestamp);
    expect(next).toBeGreaterThanOrEqual(wallBefore + 86_400 - 1);
    expect(next).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 86_400 + 30);
  });

  test("behavior: SIGKILL with requests in flight keeps every request that got a response", async () => {
    const node = await spawnNode();
    const acknowledged: string[] = [];
    // Sends run back to back; the kill lands somewhere in the middle of one of them.
    const sending = (async () => {
      for (let index = 0; index < 400; index += 1) {
        acknowledged.push(await rpc<string>(node.rpcUrl, "eth_sendTransaction", [{ from: ACCOUNT_0, to: ACCOUNT_1, value: "0x1" }]));
      }
    })().catch(() => undefined);
    while (acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 5));
    await node.stop("SIGKILL");
    await sending;
    const acknowledgedCount = acknowledged.length;

    const restarted = await spawnNode();
    // At most one request was accepted by the node but not answered before the kill.
    expect(restarted.ready.blockNumber).toBeGreaterThanOrEqual(acknowledgedCount);
    expect(restarted.ready.blockNumber).toBeLessThanOrEqual(acknowledgedCount + 1);
    for (const hash of acknowledged) {
      const receipt = await rpc<{ status: string } | null>(restarted.rpcUrl, "eth_getTransactionReceipt", [hash]);
      expect(receipt?.status).toBe("0x1");
    }
    expect(await rpc(restarted.rpcUrl, "eth_getTransactionCount", [ACCOUNT_0, "latest"])).toBe(toQuantity(restarted.ready.blockNumber));
  });

  test("behavior: SIGTERM stops the node cleanly and releases the data directory", async () => {
    const node = await spawnNode();
    await rpc(node.rpcUrl, "evm_mine");
    expect(await node.stop("SIGTERM")).toEqual({ code: 0, signal: null });
    expect(fs.existsSync(path.join(dataDir, "chain", "node.lock"))).toBe(false);
    const restarted = await spawnNode();
    expect(restarted.ready.blockNumber).toBe(1);
  });

  test("error: a port in use is reported by the child with PORT_IN_USE and the same message", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const failure = await spawnNode(port).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ChainError);
      expect((failure as ChainError).code).toBe("PORT_IN_USE");
      expect((failure as ChainError).message).toBe(
        `Port ${port} on 127.0.0.1 is already in use, so the local chain cannot listen there. Stop the process that holds it, or pick another port with CHAIN_PORT.`,
      );
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
