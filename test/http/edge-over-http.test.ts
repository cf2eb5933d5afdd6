// The HTTP edge through a real production Next.js server (scripts/web-server.ts over the
// `next build` output): what Next parses before any route handler runs. Malformed
// percent-encoding in a path segment is answered by the web server with the API's 400 (Next alone
// answers 500), and the edge's first refusals (405, 415, identity CIDs) hold over HTTP.
// The server gets an empty data directory and no chain: every request here is refused
// before a route would touch one.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ensureWebBuild } from "@/lib/stack/ensure-web-build";
import { spawnWebServer, type WebServerProcess } from "@/lib/stack/spawn-web-server";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.FUZZ_RUNS ?? 12) * 4;

let server: WebServerProcess;
let dataDir: string;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-edge-"));
  await ensureWebBuild({ root: ROOT, logFile: path.join(dataDir, "next-build.log") });
  server = await spawnWebServer({
    root: ROOT,
    host: "127.0.0.1",
    port: await freePort(),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", COLOPHON_DATA_DIR: path.join(dataDir, "data") },
  });
}, 900_000);

afterAll(async () => {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** Sends a raw path (not re-encoded by URL parsing) and reads the answer. */
async function send(rawPath: string, init: RequestInit = {}): Promise<{ status: number; body: any }> {
  const response = await fetch(`${server.url}${rawPath}`, init);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text for the message.
  }
  return { status: response.status, body };
}

describe("the HTTP edge over a real Next.js server", () => {
  test.each(["/ipfs/%E0%A4%A", "/api/records/%ZZ", "/api/auctions/%ED%A0%80", "/api/generate/a%00b/events", "/works/%ZZ", "/api/models/%E0%A4%A/status"])(
    "error: %s is a 400 naming the path, not Next's 500",
    async (rawPath) => {
      const { status, body } = await send(rawPath, rawPath.endsWith("/status") ? { method: "POST" } : {});
      expect({ status, code: body?.error?.code, field: body?.error?.details?.field }).toEqual({ status: 400, code: "INPUT_INVALID", field: "path" });
    },
  );

  test("error: GET on the sign-in callback is a 405, not next-auth's 500", async () => {
    const { status, body } = await send("/api/auth/callback/siwe");
    expect({ status, code: body?.error?.code }).toEqual({ status: 405, code: "METHOD_NOT_ALLOWED" });
  });

  test("error: a sign-in body over 16 KiB is a 413, even chunked; a garbled one is no 5xx", async () => {
    let sent = 0;
    const flood = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 100) return controller.close();
        sent += 1;
        controller.enqueue(new Uint8Array(1024 * 1024).fill(0x61));
      },
    });
    const big = await send("/api/auth/callback/siwe", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: flood, duplex: "half" } as RequestInit);
    expect({ status: big.status, code: big.body?.error?.code }).toEqual({ status: 413, code: "PAYLOAD_TOO_LARGE" });
    // (The client may go on sending what it has; the server stopped reading at the cap,
    // which the in-process tests of lib/http count chunk by chunk.)
    const garbled = await send("/api/auth/callback/siwe", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json", redirect: "manual" });
    expect(garbled.status).toBeLessThan(500);
  });

  test.each([
    ["/api/auth/callback/siwe", { csrfToken: "x", callbackUrl: "0xff" }],
    ["/api/auth/signout", { csrfToken: "x", callbackUrl: "é" }],
  ])("error: POST %s with a callbackUrl that is no URL is a 400, not next-auth's 500", async (endpoint, fields) => {
    const { status, body } = await send(endpoint, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields).toString(), redirect: "manual" });
    expect({ status, field: body?.error?.details?.field }).toEqual({ status: 400, field: "callbackUrl" });
  });

  test("error: a callbackUrl that is no URL in the query is a 400 too", async () => {
    const { status } = await send("/api/auth/signin?callbackUrl=0xff", { redirect: "manual" });
    expect(status).toBe(400);
  });

  test("error: a JSON route given text/plain is a 415", async () => {
    const { status, body } = await send("/api/verify", { method: "POST", headers: { "content-type": "text/plain" }, body: '{"tokenId":"1"}' });
    expect({ status, code: body?.error?.code }).toEqual({ status: 415, code: "UNSUPPORTED_MEDIA_TYPE" });
  });

  test("error: /ipfs/ refuses an identity CID (bytes chosen by whoever wrote the URL)", async () => {
    const cid = CID.createV1(0x55, identity.digest(new TextEncoder().encode("<html><script>alert(1)</script>"))).toString();
    const { status, body } = await send(`/ipfs/${cid}`);
    expect({ status, code: body?.error?.code, reason: body?.error?.details?.reason }).toEqual({
      status: 400,
      code: "INPUT_INVALID",
      reason: "hash identity is not supported (only sha2-256 content is stored)",
    });
  });

  test("behavior: random percent-escapes in path segments never get a 5xx", async () => {
    console.log(`HTTP edge fuzz: seed ${SEED}, ${RUNS} runs (replay with FUZZ_SEED=${SEED})`);
    const escape = fc.oneof(
      fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`),
      fc.constantFrom("%", "%Z", "%ZZ", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "%00", "%2F", "%25", "a", "-", "."),
    );
    const segment = fc.array(escape, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(""));
    const prefix = fc.constantFrom("/ipfs/", "/api/records/", "/api/auctions/", "/works/", "/api/generate/", "/profile/", "/models/");
    await fc.assert(
      fc.asyncProperty(prefix, segment, async (start, rest) => {
        const { status } = await send(`${start}${rest}`);
        expect({ path: `${start}${rest}`, status: status < 500 }).toEqual({ path: `${start}${rest}`, status: true });
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: Number(process.env.FUZZ_ROUTE_MS ?? 10_000), markInterruptAsFailure: false },
    );
  });
});
