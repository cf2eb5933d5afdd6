import fc from "fast-check";
import { expect } from "vitest";
import {
  bodyArbitrary,
  buildRequest,
  cidArbitrary,
  contentTypeArbitrary,
  fieldValue,
  hostileString,
  mutationOf,
  objectWith,
  type FuzzBody,
} from "./hostile-inputs";

// The routes of the HTTP fuzz suite and the one property every request must keep (no 5xx),
// shared by the in-process run (fuzz.test.ts) and the run over a real stack
// (fuzz-over-http.test.ts, in `npm run fuzz`).

/** One route to fuzz: where it is and what its inputs look like. */
export interface FuzzRoute {
  name: string;
  method: "GET" | "POST";
  /** The route module, from the repository root. */
  file: string;
  /** Path params, given to the handler as Next.js would (already decoded). */
  params?: fc.Arbitrary<Record<string, string | string[]>>;
  /** Builds the URL path from the params (defaults to `name`'s path). */
  path?: (params: Record<string, string | string[]>) => string;
  query?: fc.Arbitrary<Record<string, string>>;
  body?: fc.Arbitrary<FuzzBody>;
}

/** Values the arbitraries name by placeholder, known once a stack runs. */
export interface Placeholders {
  /** A kept generation's id. */
  GEN: string;
  /** The signed-in account. */
  ALICE: string;
  /** A stored PNG's CID. */
  IMAGE: string;
  /** That PNG's sha256. */
  SHA: string;
}

/** An address that is neither the signed-in account nor the owner. */
const OTHER = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";

const id = () => fc.oneof(hostileString, fc.constantFrom("loom", "press", "GEN", "1", "cm0000000000000000000000"));
const tokenIdish = fc.oneof(fieldValue, fc.bigInt({ min: 0n, max: (1n << 258n) }).map(String), fc.constantFrom("1", 1, (1n << 256n).toString()));
const addressish = fc.oneof(hostileString, fc.constantFrom("0x0000000000000000000000000000000000000000", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0xZZ"));

/** Every route of the app with the inputs to fuzz it with. */
export const FUZZ_ROUTES: FuzzRoute[] = [
  { name: "/api/health", method: "GET", file: "app/api/health/route.ts" },
  { name: "/api/auth/nonce", method: "GET", file: "app/api/auth/nonce/route.ts" },
  { name: "/api/auth/chain", method: "GET", file: "app/api/auth/chain/route.ts" },
  {
    name: "/api/auth/callback/siwe",
    method: "GET",
    file: "app/api/auth/[...nextauth]/route.ts",
    params: fc.constant({ nextauth: ["callback", "siwe"] }),
    path: () => "/api/auth/callback/siwe",
  },
  { name: "/api/admin/settings", method: "GET", file: "app/api/admin/settings/route.ts" },
  {
    name: "/api/admin/attestors",
    method: "POST",
    file: "app/api/admin/attestors/route.ts",
    body: bodyArbitrary(fc.oneof(objectWith(["attestor", "allowed"], { attestor: addressish }), mutationOf({ attestor: OTHER, allowed: true }))),
  },
  {
    name: "/api/admin/platform-fee",
    method: "POST",
    file: "app/api/admin/platform-fee/route.ts",
    body: bodyArbitrary(fc.oneof(objectWith(["recipient", "bps"], { recipient: addressish }), mutationOf({ recipient: OTHER, bps: 100 }))),
  },
  {
    name: "/api/auctions",
    method: "GET",
    file: "app/api/auctions/route.ts",
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
    file: "app/api/auctions/[id]/route.ts",
    params: fc.record({ id: fc.oneof(hostileString, tokenIdish.map(String)) }),
    query: fc.record({ account: addressish }, { requiredKeys: [] }),
  },
  {
    name: "/api/generate",
    method: "POST",
    file: "app/api/generate/route.ts",
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
    file: "app/api/generate/[id]/events/route.ts",
    params: fc.record({ id: id() }),
  },
  { name: "/api/generations", method: "GET", file: "app/api/generations/route.ts" },
  {
    name: "/api/generations (POST)",
    method: "POST",
    file: "app/api/generations/route.ts",
    path: () => "/api/generations",
    body: bodyArbitrary(fc.oneof(objectWith(["jobId", "index"]), mutationOf({ jobId: "cm0000000000000000000000", index: 0 }))),
  },
  { name: "/api/models", method: "GET", file: "app/api/models/route.ts" },
  {
    name: "/api/models (POST)",
    method: "POST",
    file: "app/api/models/route.ts",
    path: () => "/api/models",
    body: bodyArbitrary(objectWith(["name", "version"]), { multipart: true }),
  },
  {
    name: "/api/models/:id/status",
    method: "POST",
    file: "app/api/models/[id]/status/route.ts",
    params: fc.record({ id: id() }),
    body: bodyArbitrary(fc.oneof(objectWith(["status"], { status: fc.oneof(hostileString, fc.constantFrom("retired", "active")) }), mutationOf({ status: "retired" }))),
  },
  {
    name: "/api/records",
    method: "POST",
    file: "app/api/records/route.ts",
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
    file: "app/api/records/[id]/route.ts",
    params: fc.record({ id: id() }),
  },
  {
    name: "/api/records/:id/sign",
    method: "POST",
    file: "app/api/records/[id]/sign/route.ts",
    params: fc.record({ id: id() }),
    body: bodyArbitrary(fc.oneof(objectWith(["signature"]), mutationOf({ signature: `0x${"1b".repeat(65)}` }))),
  },
  {
    name: "/api/records/:id/minted",
    method: "POST",
    file: "app/api/records/[id]/minted/route.ts",
    params: fc.record({ id: id() }),
    body: bodyArbitrary(fc.oneof(objectWith(["txHash"]), mutationOf({ txHash: `0x${"ab".repeat(32)}` }))),
  },
  {
    name: "/api/uploads",
    method: "POST",
    file: "app/api/uploads/route.ts",
    body: bodyArbitrary(fieldValue, { multipart: true }),
  },
  {
    name: "/api/verify",
    method: "POST",
    file: "app/api/verify/route.ts",
    body: fc.oneof(
      bodyArbitrary(fc.oneof(objectWith(["tokenId", "contentHash", "reproduce"], { tokenId: tokenIdish }), mutationOf({ tokenId: "1" }), mutationOf({ contentHash: "SHA", reproduce: true }))),
      bodyArbitrary(fieldValue, { multipart: true }),
    ),
  },
  {
    name: "/ipfs/:cid",
    method: "GET",
    file: "app/ipfs/[cid]/route.ts",
    params: fc.record({ cid: fc.oneof(cidArbitrary, hostileString) }),
    path: (params) => `/ipfs/${encodeSegment(String(params.cid))}`,
  },
];

/** Placeholders of the arbitraries (built before the harness existed) with the harness's values. */
export function fillPlaceholders(value: unknown, values: Placeholders): unknown {
  if (typeof value === "string" && value in values) return values[value as keyof Placeholders];
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, values));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, values)]));
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
export function pathOf(route: FuzzRoute, params: Record<string, string | string[]>): string {
  if (route.path) return route.path(params);
  return route.name.replace(/:(\w+)/g, (_, name: string) => encodeSegment(String(params[name] ?? "")));
}

/** Reads (or, for an endless stream, cancels) the answer's body. */
export async function drain(response: Response): Promise<void> {
  if ((response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
    await response.body?.cancel().catch(() => undefined);
    return;
  }
  await response.arrayBuffer().catch(() => undefined);
}

/** Who a fuzzed request is sent as. */
export type FuzzIdentity = "none" | "alice" | "owner" | "garbage";

/** Parameters of {@link fuzzRoute}. */
export interface FuzzRouteParameters {
  route: FuzzRoute;
  /** Sends one request; `params` are the decoded path params (for an in-process call). */
  send: (request: Request, params: Record<string, string | string[]>) => Promise<Response>;
  /** Cookie headers of the signed-in identities. */
  cookies: { alice: string; owner: string };
  placeholders: Placeholders;
  origin: string;
  seed: number;
  runs: number;
  timeLimitMs: number;
  /** Whether requests may declare a Content-Length below their size (in-process only). */
  lyingLength?: boolean;
}

/**
 * Sends `runs` fast-check-generated requests to `route` (stopping early after
 * `timeLimitMs`) and fails on the first 5xx, naming the request. Returns how many answers
 * had each status.
 */
export async function fuzzRoute({ route, send, cookies, placeholders, origin, seed, runs, timeLimitMs, lyingLength = true }: FuzzRouteParameters): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  const input = fc.record({
    params: route.params ?? fc.constant({}),
    query: route.query ?? fc.constant({}),
    body: route.body ?? fc.constant<FuzzBody>({ kind: "none" }),
    contentType: contentTypeArbitrary,
    // Mostly signed in, so most requests get past the 401 into the route's own checks.
    cookie: fc.oneof(
      { weight: 5, arbitrary: fc.constant<FuzzIdentity>("alice") },
      { weight: 1, arbitrary: fc.constantFrom<FuzzIdentity>("none", "owner", "garbage") },
    ),
  });
  await fc.assert(
    fc.asyncProperty(input, async ({ params, query, body, contentType, cookie }) => {
      const resolved = fillPlaceholders(params, placeholders) as Record<string, string | string[]>;
      const search = new URLSearchParams(query).toString();
      const url = `${origin}${pathOf(route, resolved)}${search === "" ? "" : `?${search}`}`;
      const filled = body.kind === "json" ? { ...body, value: fillPlaceholders(body.value, placeholders) } : body;
      // The admin routes refuse everyone but the contracts' owner before reading the body.
      const who = cookie === "alice" && route.name.startsWith("/api/admin/") ? "owner" : cookie;
      const cookieHeader = who === "none" ? null : who === "garbage" ? "next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z" : cookies[who];
      const response = await send(buildRequest({ url, method: route.method, body: filled, contentType, cookie: cookieHeader, lyingLength }), resolved);
      const text = response.headers.get("content-type")?.startsWith("application/json") ? await response.clone().text() : "";
      await drain(response);
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      const failure = `${response.status} ${route.method} ${url.slice(0, 200)} body=${JSON.stringify(filled).slice(0, 300)} type=${contentType} as=${who} → ${text.slice(0, 300)}`;
      expect(response.status, failure).toBeLessThan(500);
    }),
    { seed, numRuns: runs, interruptAfterTimeLimit: timeLimitMs, markInterruptAsFailure: false, endOnFailure: true },
  );
  return statuses;
}
