import { describe, expect, test } from "vitest";
import { serverChainOf } from "@/lib/auth/server-chain-of";

describe("serverChainOf", () => {
  test("default: without CHAIN_RPC_URL it is the local chain 31337, with its loopback RPC URL, and the node is not asked", async () => {
    let asked = 0;
    const chain = await serverChainOf({
      chainRpcUrl: "http://127.0.0.1:8545",
      readChainId: async () => {
        asked += 1;
        return 1;
      },
    });
    expect(chain).toEqual({ chainId: 31337, name: "Colophon local", rpcUrl: "http://127.0.0.1:8545" });
    expect(asked).toBe(0);
  });

  test("behavior: with CHAIN_RPC_URL it is the chain the node reports, and the URL is not handed out (it may hold an API key)", async () => {
    const url = "https://rpc.example.org/v1/SECRET-KEY";
    expect(await serverChainOf({ externalRpcUrl: url, chainRpcUrl: url, readChainId: async () => 11155111 })).toEqual({
      chainId: 11155111,
      name: "Chain 11155111",
    });
  });

  test("error: a node that does not answer fails the call with its error", async () => {
    const down = new Error("node down");
    await expect(
      serverChainOf({ externalRpcUrl: "http://x", chainRpcUrl: "http://x", readChainId: () => Promise.reject(down) }),
    ).rejects.toBe(down);
  });
});
