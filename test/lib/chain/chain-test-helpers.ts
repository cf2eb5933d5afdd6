import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A fresh data directory under the OS temp dir; the repository's .colophon/ is never used. */
export function makeDataDir(prefix = "colophon-chain-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Raw JSON-RPC over HTTP: the tests check what a client on the wire sees. */
export async function rpc<T = unknown>(rpcUrl: string, method: string, params: unknown[] = []): Promise<T> {
  const response = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await response.json()) as { result?: T; error?: { code: number; message: string } };
  if (body.error !== undefined) {
    throw Object.assign(new Error(body.error.message), { rpcCode: body.error.code });
  }
  return body.result as T;
}

/** Runs a JSON-RPC request that must fail and returns its error code and message. */
export async function rpcError(
  rpcUrl: string,
  method: string,
  params: unknown[] = [],
): Promise<{ code: number; message: string }> {
  try {
    await rpc(rpcUrl, method, params);
  } catch (error) {
    return { code: (error as { rpcCode: number }).rpcCode, message: (error as Error).message };
  }
  throw new Error(`${method} was expected to fail`);
}

export type ChainSnapshot = {
  blockNumber: number;
  latestHash: string;
  latestTimestamp: number;
  balances: Record<string, string>;
  nonces: Record<string, string>;
  codes: Record<string, string>;
};

/** Everything a restart must keep, read through the public JSON-RPC interface. */
export async function readChainSnapshot(
  rpcUrl: string,
  accounts: readonly string[],
  contracts: readonly string[] = [],
): Promise<ChainSnapshot> {
  const latest = await rpc<{ number: string; hash: string; timestamp: string }>(rpcUrl, "eth_getBlockByNumber", ["latest", false]);
  const balances: Record<string, string> = {};
  const nonces: Record<string, string> = {};
  for (const account of accounts) {
    balances[account] = BigInt(await rpc<string>(rpcUrl, "eth_getBalance", [account, "latest"])).toString();
    nonces[account] = BigInt(await rpc<string>(rpcUrl, "eth_getTransactionCount", [account, "latest"])).toString();
  }
  const codes: Record<string, string> = {};
  for (const contract of contracts) codes[contract] = await rpc<string>(rpcUrl, "eth_getCode", [contract, "latest"]);
  return {
    blockNumber: Number(BigInt(latest.number)),
    latestHash: latest.hash,
    latestTimestamp: Number(BigInt(latest.timestamp)),
    balances,
    nonces,
    codes,
  };
}

/**
 * Creation code of a tiny contract whose runtime code is `5f5ffd` (PUSH0 PUSH0 REVERT):
 * every call to it reverts, so it gives both a contract deploy and a mined revert.
 */
export const REVERTER_INIT_CODE = "0x625f5ffd5f526003601df3";
export const REVERTER_RUNTIME_CODE = "0x5f5ffd";

/** Waits until `predicate` holds, polling; for child-process output. */
export async function waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
