// The HTTP fuzz suite over real HTTP against a whole stack started as `npm start` does
// (test/integration/stack-process.ts): every route of fuzz-routes.ts, plus what only a
// running Next.js server has (next-auth's endpoints, the pages with dynamic segments and
// queries). Zero 5xx, and /api/health 200 after each route. It starts a chain, builds the
// web app when stale and signs in over HTTP, so it runs in `npm run fuzz` (FUZZ_HTTP=1), not
// in `npm test`, where fuzz.test.ts and edge-over-http.test.ts cover the same edge.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { JsonRpcProvider } from "ethers";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signInOverHttp } from "../integration/sign-in-over-http";
import { freePort, startStack, type StackProcess } from "../integration/stack-process";
import { FUZZ_ROUTES, fuzzRoute, type FuzzRoute, type Placeholders } from "./fuzz-routes";
import { cidArbitrary, formArbitrary, hostileString } from "./hostile-inputs";

const ENABLED = process.env.FUZZ_HTTP === "1";
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const ROUTE_MS = Number(process.env.FUZZ_ROUTE_MS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Endpoints and pages only a running server has. */
const HTTP_ONLY_ROUTES: FuzzRoute[] = [
  { name: "/api/auth/callback/siwe (POST)", method: "POST", file: "", path: () => "/api/auth/callback/siwe", body: formArbitrary(["message", "signature", "csrfToken", "callbackUrl", "json"]) },
  { name: "/api/auth/signout", method: "POST", file: "", body: formArbitrary(["csrfToken", "callbackUrl", "json"]) },
  { name: "/api/auth/session", method: "GET", file: "" },
  { name: "/api/auth/csrf", method: "GET", file: "" },
  { name: "/api/auth/providers", method: "GET", file: "" },
  { name: "/api/auth/error", method: "GET", file: "", query: fc.record({ error: hostileString }, { requiredKeys: [] }) },
  { name: "/works/:id", method: "GET", file: "", params: fc.record({ id: fc.oneof(hostileString, fc.constantFrom("1", (1n << 256n).toString())) }) },
  { name: "/auctions/:id", method: "GET", file: "", params: fc.record({ id: fc.oneof(hostileString, fc.constantFrom("1", (1n << 256n).toString())) }) },
  { name: "/auctions", method: "GET", file: "", query: fc.record({ status: hostileString, sort: hostileString, limit: hostileString }, { requiredKeys: [] }) },
  { name: "/profile/:address", method: "GET", file: "", params: fc.record({ address: fc.oneof(hostileString, fc.constant("ALICE")) }) },
  { name: "/models/:id", method: "GET", file: "", params: fc.record({ id: fc.oneof(hostileString, fc.constantFrom("loom", "press")) }) },
  { name: "/verify", method: "GET", file: "", query: fc.record({ q: fc.oneof(hostileString, cidArbitrary) }, { requiredKeys: [] }) },
];

let stack: StackProcess | undefined;
let cookies: { alice: string; owner: string };
let placeholders: Placeholders;

beforeAll(async () => {
  if (!ENABLED) return;
  console.log(`HTTP fuzz over HTTP: seed ${SEED}, ${RUNS} runs per route, at most ${ROUTE_MS} ms each (replay with FUZZ_SEED=${SEED})`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-fuzz-"));
  stack = await startStack({
    COLOPHON_DATA_DIR: path.join(tmp, "data"),
    DEPLOYMENTS_DIR: path.join(tmp, "deployments"),
    PORT: String(await freePort()),
    CHAIN_PORT: String(await freePort()),
  });
  const provider = new JsonRpcProvider(stack.rpcUrl, undefined, { staticNetwork: true });
  const [owner, alice] = await Promise.all([provider.getSigner(0), provider.getSigner(1)]);
  cookies = { owner: await signInOverHttp(stack.url, owner), alice: await signInOverHttp(stack.url, alice) };
  // A stored PNG for the placeholders; no kept generation (the fuzz needs none to be valid).
  const image = new PNG({ width: 64, height: 64 });
  image.data.fill(200);
  const form = new FormData();
  form.set("file", new File([new Uint8Array(PNG.sync.write(image))], "f.png", { type: "image/png" }));
  const upload = (await (await fetch(`${stack.url}/api/uploads`, { method: "POST", body: form, headers: { cookie: cookies.alice } })).json()) as { cid?: string; sha256?: string };
  placeholders = { GEN: "cm0000000000000000000000", ALICE: alice.address, IMAGE: upload.cid ?? "", SHA: upload.sha256 ?? "" };
  provider.destroy();
}, 900_000);

afterAll(async () => {
  if (stack && stack.child.exitCode === null) {
    stack.child.kill("SIGTERM");
    await stack.exited;
  }
});

describe.skipIf(!ENABLED)("HTTP fuzz over a running stack: no input gets a 5xx", () => {
  test.each([...FUZZ_ROUTES, ...HTTP_ONLY_ROUTES].map((route) => [route.name, route] as const))("%s", async (_name, route) => {
    const statuses = await fuzzRoute({
      route,
      send: (request) => fetch(request, { redirect: "manual" }),
      cookies,
      placeholders,
      origin: stack!.url,
      seed: SEED,
      runs: RUNS,
      timeLimitMs: ROUTE_MS,
      lyingLength: false,
    });
    console.log(`HTTP fuzz over HTTP ${route.method} ${route.name}: statuses ${JSON.stringify(statuses)}`);
    const health = await fetch(`${stack!.url}/api/health`);
    expect({ route: route.name, health: health.status }).toEqual({ route: route.name, health: 200 });
    await health.arrayBuffer();
  });
});
