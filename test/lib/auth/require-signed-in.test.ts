import { Wallet } from "ethers";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSessionCookie as createCookie, type CreateSessionCookieParameters } from "@/lib/auth/create-session-cookie";
import { requireAddress as requireAddressIn, requireSignedIn as requireSignedInTo } from "@/lib/auth/require-signed-in";
import { revokeAuthSession } from "@/lib/auth/revoke-auth-session";
import type { Database } from "@/lib/db/database";
import { httpStatusOf, toErrorResponse } from "@/lib/errors";
import { authErrorOf, openTestDatabase } from "./auth-test-helpers";

// The server's secret comes from AUTH_SECRET here, set before the first env() call (env()
// reads process.env once, lazily); each test file runs in its own process, so this does
// not leak. NEXTAUTH_URL unset: plain http cookie names, as on localhost.
const SECRET = "test-secret-for-require-signed-in-0123456789";
let db: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  delete process.env.NEXTAUTH_SECRET;
  delete process.env.NEXTAUTH_URL;
  ({ db, dispose } = await openTestDatabase());
});
afterAll(() => dispose());

// Sessions are recorded in, and checked against, this file's own database.
const createSessionCookie = (parameters: CreateSessionCookieParameters) => createCookie({ prisma: db.prisma, ...parameters });
const requireSignedIn = (request: Request) => requireSignedInTo(request, { prisma: db.prisma });
const requireAddress = (request: Request, expected: string) => requireAddressIn(request, expected, { prisma: db.prisma });

/** The `sid` a cookie's session was recorded under: the newest session of `address`. */
async function newestSessionOf(address: string): Promise<string> {
  const row = await db.prisma.authSession.findFirstOrThrow({ where: { address: address.toLowerCase() }, orderBy: { createdAt: "desc" } });
  return row.id;
}

const alice = Wallet.createRandom().address;
const bob = Wallet.createRandom().address;

function requestWith(headers: Record<string, string> = {}): Request {
  return new Request("http://localhost:3000/api/anything", { method: "POST", headers });
}

describe("requireSignedIn", () => {
  test("default: a session cookie from createSessionCookie gives its address", async () => {
    const cookie = await createSessionCookie({ address: alice, secret: SECRET });
    expect(cookie.startsWith("next-auth.session-token=")).toBe(true);
    expect(await requireSignedIn(requestWith({ cookie }))).toEqual({ address: alice });
  });

  test("behavior: the session cookie is found among other cookies", async () => {
    const cookie = await createSessionCookie({ address: alice, secret: SECRET });
    expect(await requireSignedIn(requestWith({ cookie: `theme=dark; ${cookie}; next-auth.csrf-token=abc` }))).toEqual({
      address: alice,
    });
  });

  test("behavior: a lower-case address given to createSessionCookie comes back checksummed", async () => {
    const cookie = await createSessionCookie({ address: alice.toLowerCase(), secret: SECRET });
    expect((await requireSignedIn(requestWith({ cookie }))).address).toBe(alice);
  });

  test("error: no cookie is a 401 AuthError 'Sign in with your wallet first'", async () => {
    const error = await authErrorOf(requireSignedIn(requestWith()));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.reason).toBe("NOT_SIGNED_IN");
    expect(error.message).toBe("Sign in with your wallet first");
    expect(httpStatusOf(error)).toBe(401);
    expect(toErrorResponse(error)).toEqual({
      status: 401,
      body: {
        error: { code: "UNAUTHENTICATED", message: "Sign in with your wallet first", details: { reason: "NOT_SIGNED_IN" } },
      },
    });
  });

  test("error: a tampered cookie is a 401", async () => {
    const cookie = await createSessionCookie({ address: alice, secret: SECRET });
    // Flip one character of the ciphertext part (the fourth of the five JWE parts): AES-GCM
    // authentication fails, so no part of it can be forged.
    const [name, value] = cookie.split("=") as [string, string];
    const parts = value.split(".");
    const target = parts[3]!;
    parts[3] = (target[0] === "A" ? "B" : "A") + target.slice(1);
    const error = await authErrorOf(requireSignedIn(requestWith({ cookie: `${name}=${parts.join(".")}` })));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.reason).toBe("NOT_SIGNED_IN");
  });

  test("error: a cookie encrypted with another secret is a 401", async () => {
    const cookie = await createSessionCookie({ address: alice, secret: "another-secret-of-another-server-0123456789" });
    expect((await authErrorOf(requireSignedIn(requestWith({ cookie })))).code).toBe("UNAUTHENTICATED");
  });

  test("error: an expired session is a 401", async () => {
    // An hour in the past: well beyond the 15 s of clock tolerance next-auth allows.
    const cookie = await createSessionCookie({ address: alice, secret: SECRET, maxAge: -3600 });
    expect((await authErrorOf(requireSignedIn(requestWith({ cookie })))).code).toBe("UNAUTHENTICATED");
  });

  test("error: a valid session token without an address is a 401", async () => {
    const token = await encode({ token: { sub: "someone" }, secret: SECRET });
    const error = await authErrorOf(requireSignedIn(requestWith({ cookie: `next-auth.session-token=${token}` })));
    expect(error.reason).toBe("NOT_SIGNED_IN");
  });

  test("error: the token in an Authorization header instead of a cookie is a 401 (only the cookie counts)", async () => {
    const token = (await createSessionCookie({ address: alice, secret: SECRET })).split("=")[1]!;
    const error = await authErrorOf(requireSignedIn(requestWith({ authorization: `Bearer ${token}` })));
    expect(error.reason).toBe("NOT_SIGNED_IN");
  });

  test("error: a copy of the cookie is refused once its session is signed out: 401 SESSION_ENDED", async () => {
    const cookie = await createSessionCookie({ address: alice, secret: SECRET });
    expect(await requireSignedIn(requestWith({ cookie }))).toEqual({ address: alice });
    expect(await revokeAuthSession(db.prisma, { sessionId: await newestSessionOf(alice) })).toBe(true);
    const error = await authErrorOf(requireSignedIn(requestWith({ cookie })));
    expect(toErrorResponse(error)).toEqual({
      status: 401,
      body: {
        error: { code: "UNAUTHENTICATED", message: "This session was signed out; sign in again", details: { reason: "SESSION_ENDED" } },
      },
    });
  });

  test("error: a valid cookie whose session the server never recorded is a 401 SESSION_ENDED", async () => {
    const cookie = await createSessionCookie({ address: alice, secret: SECRET, prisma: false });
    const error = await authErrorOf(requireSignedIn(requestWith({ cookie })));
    expect(error.reason).toBe("SESSION_ENDED");
    expect(error.message).toBe("This session is not known to the server; sign in again");
  });

  test("error: a valid cookie from before sessions were recorded (no sid) is a 401 SESSION_ENDED", async () => {
    const token = await encode({ token: { sub: alice, address: alice }, secret: SECRET });
    const error = await authErrorOf(requireSignedIn(requestWith({ cookie: `next-auth.session-token=${token}` })));
    expect(error.reason).toBe("SESSION_ENDED");
  });

  test("error: a cookie naming another account's session is a 401 SESSION_ENDED", async () => {
    await createSessionCookie({ address: bob, secret: SECRET });
    const token = await encode({ token: { sub: alice, address: alice, sid: await newestSessionOf(bob) }, secret: SECRET });
    const error = await authErrorOf(requireSignedIn(requestWith({ cookie: `next-auth.session-token=${token}` })));
    expect(error.reason).toBe("SESSION_ENDED");
  });

  test("error: the token under the https cookie name is not read on an http site", async () => {
    const cookie = await createSessionCookie({ address: alice, secret: SECRET, publicUrl: "https://colophon.example.org" });
    expect(cookie.startsWith("__Secure-next-auth.session-token=")).toBe(true);
    expect((await authErrorOf(requireSignedIn(requestWith({ cookie })))).reason).toBe("NOT_SIGNED_IN");
  });
});

describe("requireAddress", () => {
  test("default: the signed-in address matches, compared without regard to case", async () => {
    const cookie = await createSessionCookie({ address: alice, secret: SECRET });
    expect(await requireAddress(requestWith({ cookie }), alice.toLowerCase())).toEqual({ address: alice });
  });

  test("error: another signed-in address is a 403 FORBIDDEN naming both", async () => {
    const cookie = await createSessionCookie({ address: alice, secret: SECRET });
    const error = await authErrorOf(requireAddress(requestWith({ cookie }), bob.toLowerCase()));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.reason).toBe("WRONG_ACCOUNT");
    expect(error.message).toBe(`You are signed in as ${alice}, but only ${bob} may do this; sign in with that account`);
    expect(error.details).toEqual({ reason: "WRONG_ACCOUNT", address: alice, expected: bob });
    expect(httpStatusOf(error)).toBe(403);
  });

  test("error: not signed in is a 401 before any address is compared", async () => {
    const error = await authErrorOf(requireAddress(requestWith(), bob));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(httpStatusOf(error)).toBe(401);
  });
});
