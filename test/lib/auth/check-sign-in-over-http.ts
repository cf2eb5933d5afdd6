// Sign-In with Ethereum against a running server, over HTTP, as a browser does it: the
// App Router route (next/headers, AUTH_TRUST_HOST, the secret file) can only be checked
// in a real Next server, which is too slow to build inside a unit test. Run it by hand:
//
//   npx tsx test/lib/auth/check-sign-in-over-http.ts http://localhost:3456
//
// It prints one line per check and exits 1 at the first failure.
import assert from "node:assert/strict";
import { Wallet } from "ethers";
import { createCookieClient } from "../../integration/create-cookie-client";
import { postSiweSignIn } from "../../integration/post-siwe-sign-in";
import { signSiweCredentials } from "../../integration/sign-siwe-credentials";

const client = createCookieClient(process.argv[2] ?? "http://localhost:3000");
const { base, jar, call } = client;

function ok(what: string) {
  console.log(`ok - ${what}`);
}

async function main() {
  const wallet = Wallet.createRandom();

  const chainResponse = await call("/api/auth/chain");
  assert.equal(chainResponse.status, 200);
  const chain = (await chainResponse.json()) as { chainId: number; name: string };
  assert.equal(chain.chainId, 31337);
  ok(`GET /api/auth/chain: ${JSON.stringify(chain)}`);

  const nonceResponse = await call("/api/auth/nonce");
  assert.equal(nonceResponse.status, 200);
  assert.equal(nonceResponse.headers.get("cache-control"), "no-store");
  ok("GET /api/auth/nonce: 200, no-store");

  const unauthenticated = await call("/api/uploads", { method: "POST" });
  assert.equal(unauthenticated.status, 401);
  const body401 = (await unauthenticated.json()) as { error: { code: string; message: string } };
  assert.equal(body401.error.code, "UNAUTHENTICATED");
  assert.equal(body401.error.message, "Sign in with your wallet first");
  ok("POST /api/uploads without a session: 401 Sign in with your wallet first");

  const wrongChain = await postSiweSignIn(client, await signSiweCredentials(client, wallet, 1));
  assert.equal(wrongChain.status, 401);
  const wrongUrl = new URL(((await wrongChain.json()) as { url: string }).url);
  assert.equal(
    wrongUrl.searchParams.get("error"),
    "The message is for chain 1, but Colophon works on chain 31337; switch the wallet's network and sign in again",
  );
  assert.equal(jar.has("next-auth.session-token"), false);
  ok("sign-in for chain 1: 401 with the reason, no session");

  const credentials = await signSiweCredentials(client, wallet, chain.chainId);
  const signIn = await postSiweSignIn(client, credentials);
  assert.equal(signIn.status, 200);
  assert.deepEqual(await signIn.json(), { url: `${base.origin}/` });
  assert.ok(jar.has("next-auth.session-token"), "session cookie set");
  ok(`sign-in: 200, redirect URL on ${base.origin} (the request's host, no NEXTAUTH_URL), session cookie set`);

  const session = (await (await call("/api/auth/session")).json()) as { address: string };
  assert.equal(session.address, wallet.address);
  ok(`GET /api/auth/session: address ${session.address}`);

  const authenticated = await call("/api/uploads", { method: "POST" });
  assert.notEqual(authenticated.status, 401);
  ok(`POST /api/uploads with the session: ${authenticated.status} (past requireSignedIn)`);

  const sessionCookie = jar.get("next-auth.session-token")!;
  const replay = await postSiweSignIn(client, credentials);
  assert.equal(replay.status, 401);
  assert.equal(
    new URL(((await replay.json()) as { url: string }).url).searchParams.get("error"),
    "This sign-in request was already used; sign in again",
  );
  ok("replayed sign-in: 401 nonce already used");
  jar.set("next-auth.session-token", sessionCookie);

  const { csrfToken } = (await (await call("/api/auth/csrf")).json()) as { csrfToken: string };
  const signOut = await call("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${base.origin}/`, json: "true" }),
  });
  assert.equal(signOut.status, 200);
  assert.equal(jar.has("next-auth.session-token"), false);
  assert.deepEqual(await (await call("/api/auth/session")).json(), {});
  ok("sign-out: session cookie cleared, session empty");

  // A copy of the cookie taken before sign-out (another tab, a thief) is refused too.
  const copied = await fetch(new URL("/api/uploads", base), { method: "POST", headers: { cookie: `next-auth.session-token=${sessionCookie}` } });
  assert.equal(copied.status, 401);
  assert.equal(((await copied.json()) as { error: { details: { reason: string } } }).error.details.reason, "SESSION_ENDED");
  ok("POST /api/uploads with a copy of the signed-out cookie: 401 SESSION_ENDED");

  const page = await call("/");
  assert.equal(page.status, 200);
  ok("GET /: 200 with the wallet control in the header");
}

main().catch((error) => {
  console.error("not ok -", error);
  process.exit(1);
});
