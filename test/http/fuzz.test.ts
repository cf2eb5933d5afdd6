// HTTP fuzz suite: fast-check over every route's inputs (bodies of every shape, type and
// size, path params, query strings, content types, hostile strings, with and without a
// session), against the route handlers with the real stack of the route tests (Hardhat
// Network, PGlite, the content store, the built-in models; test/app/provenance/flow-harness.ts).
// Asserts that no request gets a 5xx, that flood bodies are cut off at the caps, and that
// /api/health answers 200 after each route. Seeds are printed; replay one with
// FUZZ_SEED=<seed>. `npm run fuzz` runs it longer (FUZZ_RUNS, FUZZ_ROUTE_MS).
//
// next-auth's endpoints read Next's request context (next/headers), so in-process only the
// part in front of them (GET on the callback) is fuzzed here; test/http/edge-over-http.test.ts
// sends the malformed paths through a real Next.js server.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { devAccount, startFlowHarness, type FlowHarness, type TestGeneration } from "../app/provenance/flow-harness";
import {
  bodyArbitrary,
  buildRequest,
  cidArbitrary,
  contentTypeArbitrary,
  fieldValue,
  floodStats,
  hostileString,
  mutationOf,
  objectWith,
  type FuzzBody,
} from "./hostile-inputs";

vi.mock("server-only", () => ({}));

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const ROUTE_MS = Number(process.env.FUZZ_ROUTE_MS ?? 3_500);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

type Handler = (request: Request, context?: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

/** One route to fuzz: how to call it and what its inputs look like. */
interface FuzzRoute {
  name: string;
  method: "GET" | "POST";
  load: () => Promise<Handler>;
  /** Path params, given to the handler as Next.js would (already decoded). */
  params?: fc.Arbitrary<Record<string, string | string[]>>;
  /** Builds the URL path from the params (defaults to `name`'s path). */
  path?: (params: Record<string, string | string[]>) => string;
  query?: fc.Arbitrary<Record<string, string>>;
  body?: fc.Arbitrary<FuzzBody>;
}

let h: FlowHarness;
let generation: TestGeneration;
let aliceAddress: string;
/** An address that is neither Alice nor the owner. */
const OTHER = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
let cookies: { alice: string; owner: string };
let health: Handler;

beforeAll(async () => {
  console.log(`HTTP fuzz: seed ${SEED}, ${RUNS} runs per route, at most ${ROUTE_MS} ms each (replay with FUZZ_SEED=${SEED})`);
  h = await startFlowHarness("fuzz");
  const alice = devAccount(1, h.provider);
  aliceAddress = alice.address;
  generation = await h.createGeneration({ contributor: alice.address, prompt: "fuzz", seed: 1 });
  cookies = { alice: await h.cookie(alice.address), owner: await h.cookie(h.deployer.address) };
  health = (await import("@/app/api/health/route")).GET as Handler;
});

afterAll(async () => {
  await h?.close();
});

const id = () => fc.oneof(hostileString, fc.constantFrom("loom", "press", "GEN", "1", "cm0000000000000000000000"));
const tokenIdish = fc.oneof(fieldValue, fc.bigInt({ min: 0n, max: (1n << 258n) }).map(String), fc.constantFrom("1", 1, (1n << 256n).toString()));
const addressish = fc.oneof(hostileString, fc.constantFrom("0x0000000000000000000000000000000000000000", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0xZZ"));

const ROUTES: FuzzRoute[] = [
  { name: "/api/health", method: "GET", load: async () => (await import("@/app/api/health/route")).GET as Handler },
  { name: "/api/auth/nonce", method: "GET", load: async () => (await import("@/app/api/auth/nonce/route")).GET as Handler },
  { name: "/api/auth/chain", method: "GET", load: async () => (await import("@/app/api/auth/chain/route")).GET as Handler },
  {
    name: "/api/auth/callback/siwe",
    method: "GET",
    load: async () => (await import("@/app/api/auth/[...nextauth]/route")).GET as Handler,
    params: fc.constant({ nextauth: ["callback", "siwe"] }),
    path: () => "/api/auth/callback/siwe",
  },
  { name: "/api/admin/settings", method: "GET", load: async () => (await import("@/app/api/admin/settings/route")).GET as Handler },
  {
    name: "/api/admin/attestors",
    method: "POST",
    load: async () => (await import("@/app/api/admin/attestors/route")).POST as Handler,
    body: bodyArbitrary(fc.oneof(objectWith(["attestor", "allowed"], { attestor: addressish }), mutationOf({ attestor: OTHER, allowed: true }))),
  },
  {
    name: "/api/admin/platform-fee",
    method: "POST",
    load: async () => (await import("@/app/api/admin/platform-fee/route")).POST as Handler,
    body: bodyArbitrary(fc.oneof(objectWith(["recipient", "bps"], { recipient: addressish }), mutationOf({ recipient: OTHER, bps: 100 }))),
  },
  {
    name: "/api/auctions",
    method: "GET",
    load: async () => (await import("@/app/api/auctions/route")).GET as Handler,
    query: fc.record(
      {
        status: fc.oneof(fc.constantFrom("live", "ended", "all"), hostileString),
        sort: fc.oneof(fc.constantFrom("ending", "newest"), hostileString),
        limit: fc.oneof(fc.integer({ min: -5, max: 200 }).map(String), hostileString),
      },
      { requiredKeys: [] },
    ),
  },
  {
    name: "/api/auctions/:id",
    method: "GET",
    load: async () => (await import("@/app/api/auctions/[id]/route")).GET as Handler,
    params: fc.record({ id: fc.oneof(hostileString, tokenIdish.map(String)) }),
    query: fc.record({ account: addressish }, { requiredKeys: [] }),
  },
  {
    name: "/api/generate",
    method: "POST",
    load: async () => (await import("@/app/api/generate/route")).POST as Handler,
    body: bodyArbitrary(
      fc.oneof(
        objectWith(["modelId", "prompt", "seed", "width", "height", "variations", "sourceImageCid", "params"], {
          modelId: fc.oneof(hostileString, fc.constantFrom("loom", "press")),
          sourceImageCid: fc.oneof(cidArbitrary, hostileString),
          params: fc.dictionary(hostileString, fieldValue, { maxKeys: 3 }),
        }),
        mutationOf({ modelId: "loom", prompt: "a quiet harbour", seed: 7, width: 64, height: 64 }),
        mutationOf({ modelId: "press", prompt: "ink", seed: 7, width: 64, height: 64, sourceImageCid: "IMAGE" }),
      ),
    ),
  },
  {
    name: "/api/generate/:id/events",
    method: "GET",
    load: async () => (await import("@/app/api/generate/[id]/events/route")).GET as Handler,
    params: fc.record({ id: id() }),
  },
  { name: "/api/generations", method: "GET", load: async () => (await import("@/app/api/generations/route")).GET as Handler },
  {
    name: "/api/generations (POST)",
    method: "POST",
    load: async () => (await import("@/app/api/generations/route")).POST as Handler,
    path: () => "/api/generations",
    body: bodyArbitrary(fc.oneof(objectWith(["jobId", "index"]), mutationOf({ jobId: "cm0000000000000000000000", index: 0 }))),
  },
  { name: "/api/models", method: "GET", load: async () => (await import("@/app/api/models/route")).GET as Handler },
  {
    name: "/api/models (POST)",
    method: "POST",
    load: async () => (await import("@/app/api/models/route")).POST as Handler,
    path: () => "/api/models",
    body: bodyArbitrary(objectWith(["name", "version"]), { multipart: true }),
  },
  {
    name: "/api/models/:id/status",
    method: "POST",
    load: async () => (await import("@/app/api/models/[id]/status/route")).POST as Handler,
    params: fc.record({ id: id() }),
    body: bodyArbitrary(fc.oneof(objectWith(["status"], { status: fc.oneof(hostileString, fc.constantFrom("retired", "active")) }), mutationOf({ status: "retired" }))),
  },
  {
    name: "/api/records",
    method: "POST",
    load: async () => (await import("@/app/api/records/route")).POST as Handler,
    body: bodyArbitrary(
      fc.oneof(
        objectWith(["generationId", "contribution", "split", "royaltyBps", "parents"], {
          generationId: fc.oneof(hostileString, fc.constant("GEN")),
          split: fc.oneof(fieldValue, fc.array(objectWith(["account", "role", "bps"], { account: addressish }), { maxLength: 3 })),
          parents: fc.oneof(fieldValue, fc.array(tokenIdish, { maxLength: 3 })),
        }),
        mutationOf({ generationId: "GEN", contribution: "I wrote the prompt", split: [{ account: "ALICE", role: "prompter", bps: 10_000 }], royaltyBps: 500 }),
        mutationOf({ generationId: "GEN", contribution: "a remix", split: [{ account: "ALICE", role: "prompter", bps: 10_000 }], royaltyBps: 500, parents: ["1"] }),
      ),
    ),
  },
  {
    name: "/api/records/:id",
    method: "GET",
    load: async () => (await import("@/app/api/records/[id]/route")).GET as Handler,
    params: fc.record({ id: id() }),
  },
  {
    name: "/api/records/:id/sign",
    method: "POST",
    load: async () => (await import("@/app/api/records/[id]/sign/route")).POST as Handler,
    params: fc.record({ id: id() }),
    body: bodyArbitrary(fc.oneof(objectWith(["signature"]), mutationOf({ signature: `0x${"1b".repeat(65)}` }))),
  },
  {
    name: "/api/records/:id/minted",
    method: "POST",
    load: async () => (await import("@/app/api/records/[id]/minted/route")).POST as Handler,
    params: fc.record({ id: id() }),
    body: bodyArbitrary(fc.oneof(objectWith(["txHash"]), mutationOf({ txHash: `0x${"ab".repeat(32)}` }))),
  },
  {
    name: "/api/uploads",
    method: "POST",
    load: async () => (await import("@/app/api/uploads/route")).POST as Handler,
    body: bodyArbitrary(fieldValue, { multipart: true }),
  },
  {
    name: "/api/verify",
    method: "POST",
    load: async () => (await import("@/app/api/verify/route")).POST as Handler,
    body: fc.oneof(
      bodyArbitrary(fc.oneof(objectWith(["tokenId", "contentHash", "reproduce"], { tokenId: tokenIdish }), mutationOf({ tokenId: "1" }), mutationOf({ contentHash: "SHA", reproduce: true }))),
      bodyArbitrary(fieldValue, { multipart: true }),
    ),
  },
  {
    name: "/ipfs/:cid",
    method: "GET",
    load: async () => (await import("@/app/ipfs/[cid]/route")).GET as Handler,
    params: fc.record({ cid: fc.oneof(cidArbitrary, hostileString) }),
    path: (params) => `/ipfs/${encodeSegment(String(params.cid))}`,
  },
];

/** Placeholders of the arbitraries (built before the harness existed) with the harness's values. */
function fillPlaceholders(value: unknown): unknown {
  if (value === "GEN") return generation.id;
  if (value === "ALICE") return aliceAddress;
  if (value === "IMAGE") return generation.cid;
  if (value === "SHA") return generation.sha256;
  if (Array.isArray(value)) return value.map(fillPlaceholders);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v)]));
  return value;
}

/** A param in a URL path; a lone surrogate cannot be percent-encoded (Next would have refused the URL). */
function encodeSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "_";
  }
}

/** The path of a route with its params filled in. */
function pathOf(route: FuzzRoute, params: Record<string, string | string[]>): string {
  if (route.path) return route.path(params);
  return route.name.replace(/:(\w+)/g, (_, name: string) => encodeSegment(String(params[name] ?? "")));
}

/** Reads (or, for an endless stream, cancels) the answer's body. */
async function drain(response: Response): Promise<void> {
  if ((response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    await response.body?.cancel().catch(() => undefined);
    return;
  }
  await response.arrayBuffer().catch(() => undefined);
}

describe("HTTP fuzz: no input gets a 5xx", () => {
  test.each(ROUTES.map((route) => [route.name, route] as const))("%s", async (_name, route) => {
    const handler = await route.load();
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    const input = fc.record({
      params: route.params ?? fc.constant({}),
      query: route.query ?? fc.constant({}),
      body: route.body ?? fc.constant<FuzzBody>({ kind: "none" }),
      contentType: contentTypeArbitrary,
      // Mostly signed in, so most requests get past the 401 into the route's own checks.
      cookie: fc.oneof(
        { weight: 5, arbitrary: fc.constant("alice" as const) },
        { weight: 1, arbitrary: fc.constantFrom("none" as const, "owner" as const, "garbage" as const) },
      ),
    });
    await fc.assert(
      fc.asyncProperty(input, async ({ params, query, body, contentType, cookie }) => {
        const resolved = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === "GEN" ? generation.id : v])) as Record<string, string | string[]>;
        const search = new URLSearchParams(query).toString();
        const url = `http://localhost${pathOf(route, resolved)}${search === "" ? "" : `?${search}`}`;
        const jsonBody = body.kind === "json" ? { ...body, value: fillPlaceholders(body.value) } : body;
        // The admin routes refuse everyone but the contracts' owner before reading the body.
        const who = cookie === "alice" && route.name.startsWith("/api/admin/") ? "owner" : cookie;
        const cookieHeader = who === "none" ? null : who === "garbage" ? "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z" : cookies[who];
        const request = buildRequest({ url, method: route.method, body: jsonBody, contentType, cookie: cookieHeader });
        const response = await handler(request, { params: Promise.resolve(resolved) });
        const text = response.headers.get("content-type")?.startsWith("application/json") ? await response.clone().text() : "";
        await drain(response);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (response.status >= 500) {
          failures.push(`${response.status} ${route.method} ${url.slice(0, 200)} body=${JSON.stringify(jsonBody).slice(0, 300)} type=${contentType} cookie=${who} → ${text.slice(0, 300)}`);
        }
        expect(response.status, failures.at(-1)).toBeLessThan(500);
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: ROUTE_MS, markInterruptAsFailure: false, endOnFailure: true },
    );
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
