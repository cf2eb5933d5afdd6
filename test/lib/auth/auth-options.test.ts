import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Wallet } from "ethers";
import NextAuth, { type NextAuthOptions } from "next-auth";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { GET as getChain } from "@/app/api/auth/chain/route";
import { GET as getNonce } from "@/app/api/auth/nonce/route";
import { getAuthOptions } from "@/lib/auth/auth-options";
import { createAuthOptions } from "@/lib/auth/create-auth-options";
import { DependencyError, toErrorResponse } from "@/lib/errors";
import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { MINUTE, signedCredentials as signedAtNow, type MessageFields } from "./auth-test-helpers";

// These tests go through next-auth's handler, which checks expiry against the real clock, so
// their messages are dated now rather than at the helpers' fixed NOW.
function signedCredentials(wallet: Parameters<typeof signedAtNow>[0], nonce: string, fields: MessageFields = {}) {
  const issuedAt = new Date();
  return signedAtNow(wallet, nonce, {
    issuedAt: issuedAt.toISOString(),
    expirationTime: new Date(issuedAt.getTime() + 10 * MINUTE).toISOString(),
    ...fields,
  });
}

// The whole sign-in as the browser does it, through next-auth's own request handler with
// the options the server uses (getAuthOptions: runtime, secret file, PGlite), and the two
// auth routes called as modules. next-auth's App Router entry reads next/headers, which
// only works inside a running Next server, so its Pages API entry drives the same core
// here; the App Router route itself is checked against `next start` (see the report).

// Route and runtime modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

let dataDir: string;

beforeAll(async () => {
  // A data directory of our own, and no secret setting: the secret file must be created
  // there, and sign-in and requireSignedIn must agree on it. Each test file runs in its own
  // process, so these settings do not leak.
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-auth-flow-"));
  process.env.COLOPHON_DATA_DIR = dataDir;
  for (const name of ["AUTH_SECRET", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "AUTH_TRUST_HOST", "CHAIN_RPC_URL", "CHAIN_PORT", "DATABASE_URL"]) {
    delete process.env[name];
  }
  await applyMigrations(await getRuntime().database());
});

afterAll(async () => {
  await getRuntime().close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

/** What a browser at http://localhost:3000 sends, as Next's server passes it on. */
const BROWSER_HEADERS = { host: "localhost:3000", "x-forwarded-proto": "http" };

/** A cookie jar: name to value, updated from Set-Cookie headers (Max-Age=0 deletes). */
type Jar = Record<string, string>;

interface Reply {
  status: number;
  body: unknown;
  setCookies: string[];
}

/** Calls next-auth's handler for `/api/auth/<action>[/<provider>]` as a Pages API route. */
async function callNextAuth(
  options: NextAuthOptions,
  { method, action, body, jar, headers = BROWSER_HEADERS }: {
    method: "GET" | "POST";
    action: string[];
    body?: Record<string, string>;
    jar: Jar;
    headers?: Record<string, string>;
  },
): Promise<Reply> {
  const stored: Record<string, unknown> = {};
  const reply = { status: 200, body: undefined as unknown };
  const res = {
    status(code: number) {
      reply.status = code;
      return res;
    },
    setHeader(name: string, value: unknown) {
      stored[name.toLowerCase()] = value;
    },
    getHeader(name: string) {
      return stored[name.toLowerCase()];
    },
    send(data: unknown) {
      reply.body = data;
    },
    json(data: unknown) {
      reply.body = data;
    },
    end() {},
  };
  const req = { method, query: { nextauth: action }, body, cookies: { ...jar }, headers };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: NextAuthOptions) => Promise<void>)(req, res, options);
  const raw = stored["set-cookie"];
  const setCookies = raw === undefined ? [] : Array.isArray(raw) ? (raw as string[]) : [String(raw)];
  for (const line of setCookies) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    const name = pair!.slice(0, eq);
    if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) delete jar[name];
    else jar[name] = decodeURIComponent(pair!.slice(eq + 1));
  }
  return { ...reply, setCookies };
}

/** The CSRF token next-auth demands with every POST, as signIn() fetches it. */
async function csrfToken(options: NextAuthOptions, jar: Jar): Promise<string> {
  const reply = await callNextAuth(options, { method: "GET", action: ["csrf"], jar });
  return (reply.body as { csrfToken: string }).csrfToken;
}

/** A nonce from the real route module, as the wallet button fetches it. */
async function nonceFromRoute(): Promise<string> {
  const response = await getNonce(new Request("http://localhost/api/auth/nonce"));
  return ((await response.json()) as { nonce: string }).nonce;
}

/** Posts signed credentials to /api/auth/callback/siwe as signIn("siwe", { redirect: false }) does. */
async function postSignIn(options: NextAuthOptions, jar: Jar, credentials: { message: string; signature: string }, headers = BROWSER_HEADERS) {
  const body = { ...credentials, csrfToken: await csrfToken(options, jar), callbackUrl: "http://localhost:3000/studio", json: "true" };
  return callNextAuth(options, { method: "POST", action: ["callback", "siwe"], body, jar, headers });
}

/** Posts to /api/auth/signout with a fresh CSRF token, as signOut({ redirect: false }) does. */
async function postSignOut(options: NextAuthOptions, jar: Jar) {
  const body = { csrfToken: await csrfToken(options, jar), callbackUrl: "http://localhost:3000/", json: "true" };
  return callNextAuth(options, { method: "POST", action: ["signout"], body, jar });
}

/** The `error` signIn() would report, read from the URL next-auth answers with. */
function signInErrorOf(reply: Reply): string | null {
  return new URL((reply.body as { url: string }).url).searchParams.get("error");
}

const wallet = Wallet.createRandom();

describe("GET /api/auth/nonce", () => {
  test("default: a fresh nonce, stored unused, never cached", async () => {
    const response = await getNonce(new Request("http://localhost/api/auth/nonce"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { nonce: string };
    expect(Object.keys(body)).toEqual(["nonce"]);
    const { prisma } = await getRuntime().database();
    expect((await prisma.authNonce.findUniqueOrThrow({ where: { nonce: body.nonce } })).usedAt).toBeNull();
  });
});

describe("GET /api/auth/nonce throttle", () => {
  test("error: the 21st nonce in a minute for one network address is 429 RATE_LIMITED with Retry-After; other addresses are served", async () => {
    // As npm start's server passes it on: a client's own entry, then the socket's address.
    const from = (forwardedFor: string) => getNonce(new Request("http://localhost/api/auth/nonce", { headers: { "x-forwarded-for": forwardedFor } }));
    for (let i = 0; i < 20; i += 1) expect((await from(`10.9.9.${i}, 203.0.113.50`)).status).toBe(200);
    const refused = await from("10.9.9.99, 203.0.113.50");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(59);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(await refused.json()).toEqual({
      error: {
        code: "RATE_LIMITED",
        message: `At most 20 sign-in nonces a minute from one network address; try again in ${retryAfter} s.`,
        details: { limit: 20, windowSeconds: 60, scope: "ip", retryAfterSeconds: retryAfter },
      },
    });
    expect((await from("203.0.113.51")).status).toBe(200);
    const { prisma } = await getRuntime().database();
    expect(await prisma.authNonce.count({ where: { clientIp: "203.0.113.50" } })).toBe(20);
  });
});

describe("GET /api/auth/chain", () => {
  test("default: the local chain, with the RPC URL a wallet on this machine can add", async () => {
    const response = await getChain(new Request("http://localhost/api/auth/chain"));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ chainId: 31337, name: "Colophon local", rpcUrl: "http://127.0.0.1:8545" });
  });
});

describe("getAuthOptions with next-auth's handler", () => {
  test("default: sign in, read the session, pass requireSignedIn, sign out", async () => {
    const options = getAuthOptions();
    const jar: Jar = {};
    const reply = await postSignIn(options, jar, await signedCredentials(wallet, await nonceFromRoute()));
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ url: "http://localhost:3000/studio" });

    // The session cookie: httpOnly, SameSite=Lax, whole site, not Secure over http.
    const sessionLine = reply.setCookies.find((line) => line.startsWith("next-auth.session-token="));
    expect(sessionLine).toBeDefined();
    expect(sessionLine).toMatch(/; Path=\/; .*HttpOnly/);
    expect(sessionLine).toMatch(/SameSite=Lax/);
    expect(sessionLine).not.toMatch(/Secure/);

    const session = await callNextAuth(options, { method: "GET", action: ["session"], jar });
    expect(session.body).toEqual({ address: wallet.address, expires: expect.any(String) });

    const cookie = `next-auth.session-token=${jar["next-auth.session-token"]}`;
    const request = new Request("http://localhost:3000/api/works", { method: "POST", headers: { cookie } });
    expect(await requireSignedIn(request)).toEqual({ address: wallet.address });

    const signOut = await postSignOut(options, jar);
    expect(signOut.status).toBe(200);
    expect(jar["next-auth.session-token"]).toBeUndefined();
    expect((await callNextAuth(options, { method: "GET", action: ["session"], jar })).body).toEqual({});
  });

  test("behavior: sign-out revokes the session: a copy of the cookie taken before gets 401 and an empty session", async () => {
    const options = getAuthOptions();
    const jar: Jar = {};
    expect((await postSignIn(options, jar, await signedCredentials(wallet, await nonceFromRoute()))).status).toBe(200);
    const copy = jar["next-auth.session-token"]!;
    const request = () => new Request("http://localhost:3000/api/works", { method: "POST", headers: { cookie: `next-auth.session-token=${copy}` } });
    expect(await requireSignedIn(request())).toEqual({ address: wallet.address });

    const signOut = await postSignOut(options, jar);
    expect(signOut.status).toBe(200);

    // The copy still decrypts (it has not expired), but its session is over.
    const { status, body } = toErrorResponse(await requireSignedIn(request()).catch((error: unknown) => error));
    expect(status).toBe(401);
    expect(body).toEqual({
      error: { code: "UNAUTHENTICATED", message: "This session was signed out; sign in again", details: { reason: "SESSION_ENDED" } },
    });
    const stolenJar: Jar = { "next-auth.session-token": copy };
    const session = await callNextAuth(options, { method: "GET", action: ["session"], jar: stolenJar });
    expect(session.body).toEqual({});
    // next-auth clears the cookie rather than renewing it.
    expect(stolenJar["next-auth.session-token"]).toBeUndefined();
  });

  test("behavior: with no secret setting the secret file is created 0600 in the data directory", () => {
    const file = path.join(dataDir, "keys", "auth.secret");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(getAuthOptions().secret).toBe(fs.readFileSync(file, "utf8").trim());
  });

  test("behavior: without NEXTAUTH_URL next-auth is told to take the site from the request (AUTH_TRUST_HOST)", () => {
    getAuthOptions();
    expect(process.env.AUTH_TRUST_HOST).toBe("true");
  });

  test("error: a refused sign-in answers 401 and signIn() reads the exact reason; no session cookie is set", async () => {
    const options = getAuthOptions();
    const jar: Jar = {};
    const reply = await postSignIn(options, jar, await signedCredentials(wallet, await nonceFromRoute(), { chainId: 1 }));
    expect(reply.status).toBe(401);
    expect(signInErrorOf(reply)).toBe(
      "The message is for chain 1, but Colophon works on chain 31337; switch the wallet's network and sign in again",
    );
    expect(jar["next-auth.session-token"]).toBeUndefined();
  });

  test("error: a replayed sign-in is refused with the nonce's reason", async () => {
    const options = getAuthOptions();
    const credentials = await signedCredentials(wallet, await nonceFromRoute());
    expect((await postSignIn(options, {}, credentials)).status).toBe(200);
    const replay = await postSignIn(options, {}, credentials);
    expect(replay.status).toBe(401);
    expect(signInErrorOf(replay)).toBe("This sign-in request was already used; sign in again");
  });

  test("error: a message for localhost sent with another Host is refused: only loopback is trusted without NEXTAUTH_URL", async () => {
    const options = getAuthOptions();
    const credentials = await signedCredentials(wallet, await nonceFromRoute(), { domain: "evil.example", uri: "http://evil.example" });
    const reply = await postSignIn(options, {}, credentials, { host: "evil.example", "x-forwarded-proto": "http" });
    expect(reply.status).toBe(401);
    expect(signInErrorOf(reply)).toBe(
      "Sign-in at evil.example needs NEXTAUTH_URL set to this site's address (e.g. https://evil.example); without it only localhost is trusted",
    );
  });

  test("error: a POST without next-auth's CSRF token does not sign in", async () => {
    const options = getAuthOptions();
    const jar: Jar = {};
    const nonce = await nonceFromRoute();
    const body = { ...(await signedCredentials(wallet, nonce)), callbackUrl: "http://localhost:3000/", json: "true" };
    const reply = await callNextAuth(options, { method: "POST", action: ["callback", "siwe"], body, jar });
    // next-auth sends the browser back to the sign-in page before authorize() runs, so the
    // nonce is not even spent.
    expect(reply.body).toEqual({ url: "http://localhost:3000/api/auth/signin?csrf=true" });
    expect(jar["next-auth.session-token"]).toBeUndefined();
    const { prisma } = await getRuntime().database();
    expect((await prisma.authNonce.findUniqueOrThrow({ where: { nonce } })).usedAt).toBeNull();
  });

  test("error: an unexpected failure reaches the browser as a reference only, and is logged in full", async () => {
    const logged: Array<[string, unknown]> = [];
    const failure = new Error("connection to 10.0.0.7:5432 refused; password=hunter2");
    const options = createAuthOptions({
      secret: "another-test-secret-0123456789abcdefghij",
      chainId: async () => 31337,
      prisma: () => Promise.reject(failure),
      log: (message, error) => logged.push([message, error]),
    });
    const reply = await postSignIn(options, {}, await signedCredentials(wallet, await nonceFromRoute()));
    expect(reply.status).toBe(401);
    const reference = /^Internal error \(reference ([0-9a-f-]{36})\)$/.exec(signInErrorOf(reply)!)?.[1];
    expect(reference).toBeDefined();
    expect(logged).toEqual([[`[INTERNAL ${reference}] unexpected error`, failure]]);
  });

  test("error: a known server-side failure keeps its message and is logged", async () => {
    const logged: string[] = [];
    const down = new DependencyError({ code: "DATABASE_UNAVAILABLE", message: "Cannot connect to the PostgreSQL server" });
    const options = createAuthOptions({
      secret: "another-test-secret-0123456789abcdefghij",
      chainId: async () => 31337,
      prisma: () => Promise.reject(down),
      log: (message) => logged.push(message),
    });
    const reply = await postSignIn(options, {}, await signedCredentials(wallet, await nonceFromRoute()));
    expect(signInErrorOf(reply)).toBe("Cannot connect to the PostgreSQL server");
    expect(logged).toEqual(["[DATABASE_UNAVAILABLE] Cannot connect to the PostgreSQL server"]);
  });
});
