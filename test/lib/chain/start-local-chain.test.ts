import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { HDNodeWallet, parseEther, toQuantity } from "ethers";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ChainError } from "@/lib/chain/chain-error";
import { DEV_MNEMONIC } from "@/lib/chain/local-chain-constants";
import { startLocalChain, type LocalChain } from "@/lib/chain/start-local-chain";
import {
  makeDataDir,
  readChainSnapshot,
  REVERTER_INIT_CODE,
  REVERTER_RUNTIME_CODE,
  rpc,
  rpcError,
} from "./chain-test-helpers";

// Hardhat's first dev accounts (public mnemonic "test test ... junk").
const ACCOUNT_0 = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
const ACCOUNT_1 = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const ACCOUNT_19 = "0x8626f6940e2eb28930efb4cef49b2d1f2c9c1199";
const TEN_THOUSAND_ETH = parseEther("10000");

let dataDir: string;
const running: LocalChain[] = [];

/** Starts a chain on a free port and stops it after the test, whatever happens. */
async function start(dir = dataDir): Promise<LocalChain> {
  const chain = await startLocalChain({ dataDir: dir, port: 0 });
  running.push(chain);
  return chain;
}

async function stop(chain: LocalChain): Promise<void> {
  await chain.stop();
  running.splice(running.indexOf(chain), 1);
}

function journalLines(dir = dataDir): string[] {
  return fs.readFileSync(path.join(dir, "chain", "journal.ndjson"), "utf8").split("\n").filter(Boolean);
}

beforeEach(() => {
  dataDir = makeDataDir();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((chain) => chain.stop()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("startLocalChain", () => {
  test("default: serves chain 31337 on loopback with the 20 dev accounts holding 10,000 ETH", async () => {
    const chain = await start();

    expect(chain.rpcUrl).toBe(`http://127.0.0.1:${chain.port}`);
    expect(chain.chainId).toBe(31337);
    expect(chain.created).toBe(true);
    expect(chain.blockNumber).toBe(0);
    expect(await rpc(chain.rpcUrl, "eth_chainId")).toBe("0x7a69");
    const accounts = await rpc<string[]>(chain.rpcUrl, "eth_accounts");
    expect(accounts).toHaveLength(20);
    expect(accounts[0]).toBe(ACCOUNT_0);
    expect(accounts[19]).toBe(ACCOUNT_19);
    expect(chain.accounts).toEqual(accounts);
    for (const account of [ACCOUNT_0, ACCOUNT_19]) {
      expect(BigInt(await rpc<string>(chain.rpcUrl, "eth_getBalance", [account, "latest"]))).toBe(TEN_THOUSAND_ETH);
    }
    expect(chain.replay).toEqual({ entries: 0, blocks: 0, durationMs: 0, truncatedBytes: 0, clockAdjustedBy: 0 });
    const [header] = journalLines().map((line) => JSON.parse(line));
    expect(header).toMatchObject({ type: "header", version: 1, chainId: 31337, hardfork: "osaka", hardhatVersion: "2.29.1" });
  });

  test("behavior: a restart keeps blocks, balances, nonces, contract code, reverts and time", async () => {
    const chain = await start();
    const url = chain.rpcUrl;
    for (const eth of ["1", "2", "3"]) {
      await rpc(url, "eth_sendTransaction", [{ from: ACCOUNT_0, to: ACCOUNT_1, value: toQuantity(parseEther(eth)) }]);
    }
    const deployHash = await rpc<string>(url, "eth_sendTransaction", [{ from: chain.accounts[2], data: REVERTER_INIT_CODE }]);
    const { contractAddress } = await rpc<{ contractAddress: string }>(url, "eth_getTransactionReceipt", [deployHash]);
    // A reverted transaction still seals a block; Hardhat's JSON-RPC server answers with
    // an internal error, exactly as `hardhat node` does.
    const revert = await rpcError(url, "eth_sendTransaction", [{ from: chain.accounts[3], to: contractAddress, gas: "0x30000" }]);
    expect(revert).toEqual({ code: -32603, message: "Error: Transaction reverted without a reason string" });
    // A transaction signed outside the node (as wallets do) goes through eth_sendRawTransaction.
    const wallet4 = HDNodeWallet.fromPhrase(DEV_MNEMONIC, undefined, "m/44'/60'/0'/0/4");
    const raw = await wallet4.signTransaction({
      type: 2,
      chainId: 31337,
      nonce: 0,
      to: ACCOUNT_1,
      value: parseEther("4"),
      gasLimit: 21_000,
      maxFeePerGas: 10_000_000_000n,
      maxPriorityFeePerGas: 1_000_000_000n,
    });
    const rawHash = await rpc<string>(url, "eth_sendRawTransaction", [raw]);
    await rpc(url, "evm_increaseTime", [3600]);
    await rpc(url, "evm_mine");
    const accounts = [ACCOUNT_0, ACCOUNT_1, chain.accounts[2]!, chain.accounts[3]!, wallet4.address.toLowerCase()];
    const before = await readChainSnapshot(url, accounts, [contractAddress]);
    expect(before.blockNumber).toBe(7);
    expect(before.balances[ACCOUNT_1]).toBe((TEN_THOUSAND_ETH + parseEther("10")).toString());
    expect(before.nonces[ACCOUNT_0]).toBe("3");
    expect(before.codes[contractAddress]).toBe(REVERTER_RUNTIME_CODE);
    const wallBefore = Math.floor(Date.now() / 1000);
    await stop(chain);

    const restarted = await start();
    expect(restarted.created).toBe(false);
    expect(restarted.blockNumber).toBe(7);
    expect(restarted.replay).toMatchObject({ entries: 8, blocks: 7, truncatedBytes: 0 });
    const after = await readChainSnapshot(restarted.rpcUrl, accounts, [contractAddress]);
    expect(after).toEqual(before);
    const revertedReceipt = await rpc<{ status: string; blockNumber: string }>(restarted.rpcUrl, "eth_getTransactionReceipt", [
      (await rpc<{ transactions: string[] }>(restarted.rpcUrl, "eth_getBlockByNumber", ["0x5", false])).transactions[0],
    ]);
    expect(revertedReceipt).toMatchObject({ status: "0x0", blockNumber: "0x5" });
    expect((await rpc<{ hash: string }>(restarted.rpcUrl, "eth_getTransactionByHash", [rawHash])).hash).toBe(rawHash);

    // The clock keeps its hour ahead of wall time and only moves forward.
    await rpc(restarted.rpcUrl, "eth_sendTransaction", [{ from: ACCOUNT_0, to: ACCOUNT_1, value: "0x1" }]);
    const next = await rpc<{ timestamp: string }>(restarted.rpcUrl, "eth_getBlockByNumber", ["latest", false]);
    const wallAfter = Math.floor(Date.now() / 1000);
    expect(Number(next.timestamp)).toBeGreaterThan(before.latestTimestamp);
    expect(Number(next.timestamp)).toBeGreaterThanOrEqual(wallBefore + 3600 - 1);
    expect(Number(next.timestamp)).toBeLessThanOrEqual(wallAfter + 3600 + 10);
  });

  test("behavior: a restart keeps snapshots, impersonated accounts and hardhat_setBalance", async () => {
    const chain = await start();
    const url = chain.rpcUrl;
    const stranger = "0x00000000000000000000000000000000c0ffee00";
    await rpc(url, "hardhat_impersonateAccount", [stranger]);
    await rpc(url, "hardhat_setBalance", [stranger, toQuantity(parseEther("5"))]);
    await rpc(url, "eth_sendTransaction", [{ from: stranger, to: ACCOUNT_1, value: toQuantity(parseEther("1")) }]);
    const snapshotId = await rpc<string>(url, "evm_snapshot");
    await rpc(url, "eth_sendTransaction", [{ from: ACCOUNT_0, to: ACCOUNT_1, value: "0x1" }]);
    await stop(chain);

    const restarted = await start();
    expect(restarted.blockNumber).toBe(2);
    // The snapshot taken before the restart still exists and reverts the block after it.
    expect(await rpc(restarted.rpcUrl, "evm_revert", [snapshotId])).toBe(true);
    expect(await rpc(restarted.rpcUrl, "eth_blockNumber")).toBe("0x1");
    // The account is still impersonated: the node still signs for it.
    await rpc(restarted.rpcUrl, "eth_sendTransaction", [{ from: stranger, to: ACCOUNT_1, value: "0x1" }]);
    expect(await rpc(restarted.rpcUrl, "eth_getTransactionCount", [stranger, "latest"])).toBe("0x2");
    const snapshot = await readChainSnapshot(restarted.rpcUrl, [stranger, ACCOUNT_1]);
    await stop(restarted);

    // The revert after the restart is itself journaled.
    const third = await start();
    expect(await readChainSnapshot(third.rpcUrl, [stranger, ACCOUNT_1])).toEqual(snapshot);
    expect(snapshot.blockNumber).toBe(2);
    expect(snapshot.balances[ACCOUNT_1]).toBe((TEN_THOUSAND_ETH + parseEther("1") + 1n).toString());
  });

  test("behavior: pinned timestamps, multi-block mines and a pending next timestamp survive a restart", async () => {
    const chain = await start();
    const url = chain.rpcUrl;
    const wall = Math.floor(Date.now() / 1000);
    const pinned = wall + 1_000;
    await rpc(url, "evm_setNextBlockTimestamp", [pinned]);
    await rpc(url, "eth_sendTransaction", [{ from: ACCOUNT_0, to: ACCOUNT_1, value: "0x1" }]);
    // Five blocks 60 s apart in one request: replay pins only the first.
    await rpc(url, "hardhat_mine", ["0x5", "0x3c"]);
    await rpc(url, "evm_mine", [pinned + 10_000]);
    // Set but not yet used when the node stops: the next block after the restart gets it.
    await rpc(url, "evm_setNextBlockTimestamp", [pinned + 20_000]);
    const timestamps = async (rpcUrl: string) => {
      const result: number[] = [];
      for (let number = 1; number <= 7; number += 1) {
        const block = await rpc<{ timestamp: string }>(rpcUrl, "eth_getBlockByNumber", [toQuantity(number), false]);
        result.push(Number(block.timestamp));
      }
      return result;
    };
    const before = await timestamps(url);
    expect(before).toEqual([pinned, pinned + 1, pinned + 61, pinned + 121, pinned + 181, pinned + 241, pinned + 10_000]);
    const head = await rpc<{ hash: string }>(url, "eth_getBlockByNumber", ["latest", false]);
    await stop(chain);

    const restarted = await start();
    expect(await timestamps(restarted.rpcUrl)).toEqual(before);
    expect((await rpc<{ hash: string }>(restarted.rpcUrl, "eth_getBlockByNumber", ["latest", false])).hash).toBe(head.hash);
    await rpc(restarted.rpcUrl, "evm_mine");
    const next = await rpc<{ timestamp: string }>(restarted.rpcUrl, "eth_getBlockByNumber", ["latest", false]);
    expect(Number(next.timestamp)).toBe(pinned + 20_000);
  });

  test("behavior: 1,000 transfers from 20 accounts replay to the same head, balances and nonces", async () => {
    const chain = await start();
    for (let index = 0; index < 1000; index += 1) {
      await chain.provider.request({
        method: "eth_sendTransaction",
        params: [{ from: chain.accounts[index % 20], to: chain.accounts[(index + 7) % 20], value: toQuantity(index + 1) }],
      });
    }
    const before = await readChainSnapshot(chain.rpcUrl, chain.accounts);
    expect(before.blockNumber).toBe(1000);
    expect(Object.values(before.nonces)).toEqual(Array(20).fill("50"));
    await stop(chain);

    const restarted = await start();
    expect(restarted.replay).toMatchObject({ entries: 1000, blocks: 1000, truncatedBytes: 0 });
    expect(await readChainSnapshot(restarted.rpcUrl, restarted.accounts)).toEqual(before);
  });

  test("behavior: a batch of sends is journaled in the order of the batch", async () => {
    const chain = await start();
    const batch = [0, 1, 2].map((nonce) => ({
      jsonrpc: "2.0",
      id: nonce,
      method: "eth_sendTransaction",
      params: [{ from: ACCOUNT_0, to: ACCOUNT_1, value: "0x1", nonce: toQuantity(nonce) }],
    }));
    const response = await fetch(chain.rpcUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(batch) });
    const results = (await response.json()) as { id: number; result?: string; error?: unknown }[];
    expect(results.map((r) => r.error)).toEqual([undefined, undefined, undefined]);
    const entries = journalLines().slice(1).map((line) => JSON.parse(line));
    expect(entries.map((e) => [e.seq, e.params[0].nonce, e.txHash])).toEqual(
      results.map((r, index) => [index + 1, toQuantity(index), r.result]),
    );
  });

  test("behavior: a request that fails without changing the chain is not journaled", async () => {
    const chain = await start();
    const error = await rpcError(chain.rpcUrl, "eth_sendTransaction", [{ from: ACCOUNT_0, to: ACCOUNT_1, nonce: "0x5" }]);
    expect(error.message).toBe(
      "Nonce too high. Expected nonce to be 0 but got 5. Note that transactions can't be queued when automining.",
    );
    expect(journalLines()).toHaveLength(1);
  });

  test("behavior: a torn last journal line (crash mid-write) is cut off and reported", async () => {
    const chain = await start();
    await rpc(chain.rpcUrl, "eth_sendTransaction", [{ from: ACCOUNT_0, to: ACCOUNT_1, value: "0x7" }]);
    const before = await readChainSnapshot(chain.rpcUrl, [ACCOUNT_0, ACCOUNT_1]);
    await stop(chain);
    const torn = '{"type":"request","seq":2,"at":"2026-01-01T00:00:00.000Z","method":"eth_send';
    fs.appendFileSync(path.join(dataDir, "chain", "journal.ndjson"), torn);

    const restarted = await start();
    expect(restarted.replay.truncatedBytes).toBe(Buffer.byteLength(torn));
    expect(await readChainSnapshot(restarted.rpcUrl, [ACCOUNT_0, ACCOUNT_1])).toEqual(before);
    // New entries continue on a clean line with the next sequence number.
    await rpc(restarted.rpcUrl, "evm_mine");
    expect(journalLines().map((line) => JSON.parse(line).seq)).toEqual([undefined, 1, 2]);
  });

  test("error: a journal whose history no longer replays fails with REPLAY_DIVERGED", async () => {
    const chain = await start();
    await rpc(chain.rpcUrl, "eth_sendTransaction", [{ from: ACCOUNT_0, to: ACCOUNT_1, value: "0x7" }]);
    await stop(chain);
    const file = path.join(dataDir, "chain", "journal.ndjson");
    const [header, entry] = journalLines();
    const tampered = { ...JSON.parse(entry!), head: { ...JSON.parse(entry!).head, hash: `0x${"ab".repeat(32)}` } };
    fs.writeFileSync(file, `${header}\n${JSON.stringify(tampered)}\n`);

    const failure = await startLocalChain({ dataDir, port: 0 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChainError);
    expect((failure as ChainError).code).toBe("REPLAY_DIVERGED");
    expect((failure as ChainError).message).toBe(
      "Replaying the chain journal diverged at journal entry 1 (eth_sendTransaction): the chain head differs. A Hardhat upgrade can change execution; move <dataDir>/chain away to start a fresh chain (contracts are redeployed).",
    );
    // The failed start released the data directory.
    expect(fs.existsSync(path.join(dataDir, "chain", "node.lock"))).toBe(false);
  });

  test("error: methods whose effect cannot be replayed are refused with JSON-RPC error -32004", async () => {
    const chain = await start();
    expect(await rpcError(chain.rpcUrl, "evm_setAutomine", [false])).toEqual({
      code: -32004,
      message:
        "evm_setAutomine is not supported by the local chain: the persistent local chain always automines (one block per transaction) so that every block comes from a journaled request",
    });
    expect(await rpcError(chain.rpcUrl, "hardhat_reset", [])).toEqual({
      code: -32004,
      message:
        "hardhat_reset is not supported by the local chain: the local chain keeps its state across restarts; stop the node and move <dataDir>/chain away to start a fresh chain",
    });
    expect(await rpcError(chain.rpcUrl, "evm_setIntervalMining", [1000])).toEqual({
      code: -32004,
      message:
        "evm_setIntervalMining is not supported by the local chain: interval mining seals blocks outside any request, which the journal cannot record",
    });
    expect(await rpcError(chain.rpcUrl, "hardhat_somethingNew", [])).toEqual({
      code: -32004,
      message:
        "hardhat_somethingNew is not supported by the local chain: it keeps state across restarts by journaling requests, and this one is not known to be replayable",
    });
    expect(journalLines()).toHaveLength(1);
  });

  test("error: a port in use fails with PORT_IN_USE naming the port and the fix", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const failure = await startLocalChain({ dataDir, port }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ChainError);
      expect((failure as ChainError).code).toBe("PORT_IN_USE");
      expect((failure as ChainError).message).toBe(
        `Port ${port} on 127.0.0.1 is already in use, so the local chain cannot listen there. Stop the process that holds it, or pick another port with CHAIN_PORT.`,
      );
      expect((failure as ChainError).details).toEqual({ host: "127.0.0.1", port });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
    // Nothing was left locked or half-written: the same data dir starts fine.
    const chain = await start();
    expect(chain.created).toBe(true);
  });

  test("error: a second node on the same data directory fails with DATA_DIR_LOCKED", async () => {
    await start();
    const failure = await startLocalChain({ dataDir, port: 0 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChainError);
    expect((failure as ChainError).code).toBe("DATA_DIR_LOCKED");
    const lockPath = path.join(dataDir, "chain", "node.lock");
    expect((failure as ChainError).message).toBe(
      `The chain data directory is in use by process ${process.pid} (lock file ${lockPath}). Stop that node first, or use another data directory.`,
    );
  });

  test("error: a non-loopback host fails with NON_LOOPBACK_HOST", async () => {
    const failure = await startLocalChain({ dataDir, host: "0.0.0.0", port: 0 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ChainError);
    expect((failure as ChainError).code).toBe("NON_LOOPBACK_HOST");
    expect((failure as ChainError).message).toBe(
      "The local chain only listens on loopback (127.0.0.1, ::1 or localhost), not 0.0.0.0: its accounts are unlocked with publicly known keys.",
    );
  });
});
