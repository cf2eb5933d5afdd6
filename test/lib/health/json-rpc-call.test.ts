import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jsonRpcCall } from "@/lib/health/json-rpc-call";
import { DependencyError } from "@/lib/errors";
import { closedPort } from "./closed-port";

// A loopback server whose answer depends on the path, to produce each failure a real node
// or a proxy in front of it can produce.
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.url === "/ok") {
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ jsonrpc: "2.0", id: 1, result: "0x7a69" }));
      } else if (req.url === "/bad-gateway") {
        res.statusCode = 502;
        res.end("bad gateway");
      } else if (req.url === "/html") {
        res.end("<html>hello</html>");
      } else if (req.url === "/rpc-error") {
        res.end(JSON.stringify({ jsonrpc: "2.0", id: 1, error: { code: -32601, message: "Method not found" } }));
      } else if (req.url === "/hang") {
        // Never answers: only the caller's signal ends the request.
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** The DependencyError that `call` rejects with. */
async function failureOf(call: Promise<unknown>): Promise<DependencyError> {
  const error = await call.catch((e) => e);
  expect(error).toBeInstanceOf(DependencyError);
  return error as DependencyError;
}

describe("jsonRpcCall", () => {
  test("default: returns the result", async () => {
    await expect(jsonRpcCall({ url: `${base}/ok`, method: "eth_chainId" })).resolves.toBe("0x7a69");
  });

  test("error: a closed port is a refused connection with the fix", async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const error = await failureOf(jsonRpcCall({ url, method: "eth_chainId" }));
    expect(error.code).toBe("CHAIN_UNAVAILABLE");
    expect(error.message).toBe(`connection refused by ${url} (is the chain node running? \`npm start\` starts one)`);
  });

  test("error: an HTTP error status is reported with the status", async () => {
    const error = await failureOf(jsonRpcCall({ url: `${base}/bad-gateway`, method: "eth_chainId" }));
    expect(error.message).toBe(`${base}/bad-gateway answered eth_chainId with HTTP 502`);
  });

  test("error: an answer that is not JSON is reported as not JSON-RPC", async () => {
    const error = await failureOf(jsonRpcCall({ url: `${base}/html`, method: "eth_chainId" }));
    expect(error.message).toBe(`${base}/html answered eth_chainId with something that is not JSON-RPC`);
  });

  test("error: a JSON-RPC error carries the node's message and code", async () => {
    const error = await failureOf(jsonRpcCall({ url: `${base}/rpc-error`, method: "eth_foo" }));
    expect(error.message).toBe(`eth_foo failed at ${base}/rpc-error: Method not found`);
    expect(error.details).toEqual({ url: `${base}/rpc-error`, method: "eth_foo", rpcCode: -32601 });
  });

  test("behavior: an aborted call rejects with the signal's reason", async () => {
    const controller = new AbortController();
    const reason = new Error("deadline");
    setTimeout(() => controller.abort(reason), 20);
    await expect(jsonRpcCall({ url: `${base}/hang`, method: "eth_chainId", signal: controller.signal })).rejects.toBe(
      reason,
    );
  });
});
