// HTTP fuzz suite: fast-check over every route's inputs (bodies of every shape, type and
// size, path params, query strings, content types, hostile strings, with and without a
// session; test/http/fuzz-routes.ts), against the route handlers with the real stack of the
// route tests (Hardhat Network, PGlite, the content store, the built-in models;
// test/app/provenance/flow-harness.ts). Asserts that no request gets a 5xx, that flood
// bodies are cut off at the caps, and that /api/health answers 200 after each route. Seeds
// are printed; replay one with FUZZ_SEED=<seed>. `npm run fuzz` runs it longer (FUZZ_RUNS,
// FUZZ_ROUTE_MS) and also over HTTP against a whole stack (fuzz-over-http.test.ts).
//
// next-auth's endpoints read Next's request context (next/headers), so in-process only the
// part in front of them (GET on the callback) is fuzzed here; edge-over-http.test.ts sends
// what Next.js parses itself (malformed paths, sign-in bodies) through a real server.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { devAccount, startFlowHarness, type FlowHarness } from "../app/provenance/flow-harness";
import { FUZZ_ROUTES, fuzzRoute, type Placeholders } from "./fuzz-routes";
import { floodStats } from "./hostile-inputs";

vi.mock("server-only", () => ({}));

const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const ROUTE_MS = Number(process.env.FUZZ_ROUTE_MS ?? 3_500);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

type Handler = (request: Request, context?: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

let h: FlowHarness;
let placeholders: Placeholders;
let cookies: { alice: string; owner: string };
let health: Handler;

beforeAll(async () => {
  console.log(`HTTP fuzz: seed ${SEED}, ${RUNS} runs per route, at most ${ROUTE_MS} ms each (replay with FUZZ_SEED=${SEED})`);
  h = await startFlowHarness("fuzz");
  const alice = devAccount(1, h.provider);
  const generation = await h.createGeneration({ contributor: alice.address, prompt: "fuzz", seed: 1 });
  placeholders = { GEN: generation.id, ALICE: alice.address, IMAGE: generation.cid, SHA: generation.sha256 };
  cookies = { alice: await h.cookie(alice.address), owner: await h.cookie(h.deployer.address) };
  health = (await import("@/app/api/health/route")).GET as Handler;
});

afterAll(async () => {
  await h?.close();
});

describe("HTTP fuzz: no input gets a 5xx", () => {
  test.each(FUZZ_ROUTES.map((route) => [route.name, route] as const))("%s", async (_name, route) => {
    const handler = ((await import(path.join(ROOT, route.file))) as Record<string, Handler>)[route.method]!;
    const statuses = await fuzzRoute({
      route,
      send: (request, params) => handler(request, { params: Promise.resolve(params) }),
      cookies,
      placeholders,
      origin: "http://localhost",
      seed: SEED,
      runs: RUNS,
      timeLimitMs: ROUTE_MS,
    });
    console.log(`HTTP fuzz ${route.method} ${route.name}: statuses ${JSON.stringify(statuses)}`);
    const after = await health(new Request("http://localhost/api/health"));
    expect({ route: route.name, health: after.status }).toEqual({ route: route.name, health: 200 });
    await after.arrayBuffer();
  });

  test("behavior: flood bodies were cut off at the caps, not read to the end", () => {
    // Each flood is read at most to its route's cap (64 KiB for JSON, up to 64 MiB + 256 KiB
    // for a model upload) plus one chunk; what was offered is far more.
    console.log(`HTTP fuzz: flood bodies offered ${floodStats.offeredBytes} bytes, ${floodStats.pulledBytes} pulled`);
    if (floodStats.offeredBytes > 0) expect(floodStats.pulledBytes).toBeLessThan(floodStats.offeredBytes);
  });
});
