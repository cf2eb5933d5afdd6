import { Wallet } from "ethers";
import { generateNonce } from "siwe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { authorizeSiwe } from "@/lib/auth/authorize-siwe";
import { issueNonce } from "@/lib/auth/issue-nonce";
import type { Database } from "@/lib/db/database";
import { MINUTE, NOW, SITE, authErrorOf, buildMessage, openTestDatabase, signedCredentials } from "./auth-test-helpers";

// Every check runs against real nonces in PGlite, signed by real keys: a refused sign-in
// must say exactly which check failed, and must not spend the nonce unless it passed them all.
let db: Database;
let dispose: () => Promise<void>;
const wallet = Wallet.createRandom();
const stranger = Wallet.createRandom();

beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase());
});

afterAll(async () => {
  await dispose();
});

async function freshNonce(now = NOW): Promise<string> {
  return (await issueNonce(db.prisma, { now })).nonce;
}

async function usedAtOf(nonce: string): Promise<Date | null> {
  return (await db.prisma.authNonce.findUniqueOrThrow({ where: { nonce } })).usedAt;
}

function authorize(credentials: unknown, now = NOW) {
  return authorizeSiwe({ credentials, site: SITE, chainId: 31337, prisma: db.prisma, now });
}

describe("authorizeSiwe", () => {
  test("default: a message signed by its account, for this site and chain, signs that account in and spends the nonce", async () => {
    const nonce = await freshNonce();
    const result = await authorize(await signedCredentials(wallet, nonce));
    expect(result).toEqual({ address: wallet.address });
    expect((await usedAtOf(nonce))?.toISOString()).toBe(NOW.toISOString());
  });

  test("behavior: a message without expiration or statement is accepted (the nonce bounds its life)", async () => {
    const nonce = await freshNonce();
    const credentials = await signedCredentials(wallet, nonce, { expirationTime: undefined, statement: undefined });
    expect(await authorize(credentials)).toEqual({ address: wallet.address });
  });

  test("behavior: a message with a Not Before in the past is accepted", async () => {
    const nonce = await freshNonce();
    const credentials = await signedCredentials(wallet, nonce, { notBefore: new Date(NOW.getTime() - MINUTE).toISOString() });
    expect(await authorize(credentials)).toEqual({ address: wallet.address });
  });

  test("error: a message for another domain is refused with DOMAIN_MISMATCH, nonce unspent", async () => {
    const nonce = await freshNonce();
    const error = await authErrorOf(authorize(await signedCredentials(wallet, nonce, { domain: "evil.example" })));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.reason).toBe("DOMAIN_MISMATCH");
    expect(error.message).toBe("The message is for evil.example, but this site is localhost:3000");
    expect(error.details).toEqual({ reason: "DOMAIN_MISMATCH", expected: "localhost:3000", received: "evil.example" });
    expect(await usedAtOf(nonce)).toBeNull();
  });

  test("error: the same host on another port is another site", async () => {
    const nonce = await freshNonce();
    const error = await authErrorOf(authorize(await signedCredentials(wallet, nonce, { domain: "localhost:3001" })));
    expect(error.reason).toBe("DOMAIN_MISMATCH");
  });

  test("error: a URI on another origin is refused with URI_MISMATCH", async () => {
    const nonce = await freshNonce();
    const error = await authErrorOf(
      authorize(await signedCredentials(wallet, nonce, { uri: "https://localhost:3000/login" })),
    );
    expect(error.reason).toBe("URI_MISMATCH");
    expect(error.message).toBe("The message's URI https://localhost:3000/login is not on this site (http://localhost:3000)");
  });

  test("behavior: a URI with a path on this site's origin is accepted", async () => {
    const nonce = await freshNonce();
    const credentials = await signedCredentials(wallet, nonce, { uri: "http://localhost:3000/studio?x=1" });
    expect(await authorize(credentials)).toEqual({ address: wallet.address });
  });

  test("error: a message for another chain is refused with CHAIN_MISMATCH", async () => {
    const nonce = await freshNonce();
    const error = await authErrorOf(authorize(await signedCredentials(wallet, nonce, { chainId: 1 })));
    expect(error.reason).toBe("CHAIN_MISMATCH");
    expect(error.message).toBe(
      "The message is for chain 1, but Colophon works on chain 31337; switch the wallet's network and sign in again",
    );
    expect(error.details).toEqual({ reason: "CHAIN_MISMATCH", expected: 31337, received: 1 });
    expect(await usedAtOf(nonce)).toBeNull();
  });

  test("error: an expired message is refused with MESSAGE_EXPIRED, even at the expiry instant", async () => {
    const nonce = await freshNonce();
    const expirationTime = NOW.toISOString();
    const error = await authErrorOf(authorize(await signedCredentials(wallet, nonce, { expirationTime })));
    expect(error.reason).toBe("MESSAGE_EXPIRED");
    expect(error.message).toBe(`The sign-in message expired at ${expirationTime}; sign in again`);
  });

  test("error: a message not valid yet is refused with MESSAGE_NOT_YET_VALID", async () => {
    const nonce = await freshNonce();
    const notBefore = new Date(NOW.getTime() + MINUTE).toISOString();
    const error = await authErrorOf(authorize(await signedCredentials(wallet, nonce, { notBefore })));
    expect(error.reason).toBe("MESSAGE_NOT_YET_VALID");
    expect(error.message).toBe(`The sign-in message is not valid before ${notBefore}`);
  });

  test("error: replaying a message that signed in is refused with NONCE_USED", async () => {
    const nonce = await freshNonce();
    const credentials = await signedCredentials(wallet, nonce);
    await authorize(credentials);
    const error = await authErrorOf(authorize(credentials));
    expect(error.reason).toBe("NONCE_USED");
    expect(error.message).toBe("This sign-in request was already used; sign in again");
  });

  test("error: a nonce this server never issued is refused with NONCE_UNKNOWN", async () => {
    const error = await authErrorOf(authorize(await signedCredentials(wallet, generateNonce())));
    expect(error.reason).toBe("NONCE_UNKNOWN");
    expect(error.message).toBe("This sign-in request was not issued by this server (unknown nonce); sign in again");
  });

  test("error: a nonce issued more than 10 minutes ago is refused with NONCE_EXPIRED, though the message is still valid", async () => {
    const nonce = await freshNonce(new Date(NOW.getTime() - 11 * MINUTE));
    const error = await authErrorOf(authorize(await signedCredentials(wallet, nonce)));
    expect(error.reason).toBe("NONCE_EXPIRED");
  });

  test("error: a signature by another key is refused with SIGNATURE_INVALID, nonce unspent", async () => {
    const nonce = await freshNonce();
    const message = buildMessage(wallet.address, nonce);
    const error = await authErrorOf(authorize({ message, signature: await stranger.signMessage(message) }));
    expect(error.reason).toBe("SIGNATURE_INVALID");
    expect(error.message).toBe(`The signature is not from ${wallet.address}, the account the message names`);
    // Anyone may learn a nonce; a bad signature must not be a way to burn it.
    expect(await usedAtOf(nonce)).toBeNull();
  });

  test("error: a message changed after signing is refused with SIGNATURE_INVALID", async () => {
    const nonce = await freshNonce();
    const { message, signature } = await signedCredentials(wallet, nonce);
    const changed = message.replace("Sign in to Colophon", "Sign in to Colophon and more");
    const error = await authErrorOf(authorize({ message: changed, signature }));
    expect(error.reason).toBe("SIGNATURE_INVALID");
  });

  test("error: 65 bytes that are no signature are refused with SIGNATURE_INVALID", async () => {
    const nonce = await freshNonce();
    const message = buildMessage(wallet.address, nonce);
    const error = await authErrorOf(authorize({ message, signature: `0x${"00".repeat(65)}` }));
    expect(error.reason).toBe("SIGNATURE_INVALID");
  });

  test("error: text that is not an EIP-4361 message is refused with MESSAGE_MALFORMED and the parser's first complaint", async () => {
    const error = await authErrorOf(authorize({ message: "please let me in", signature: `0x${"11".repeat(65)}` }));
    expect(error.reason).toBe("MESSAGE_MALFORMED");
    expect(error.message).toBe("The sign-in message is not a valid Sign-In with Ethereum (EIP-4361) message");
    expect(error.details.problem).toEqual(expect.any(String));
  });

  test("error: a message whose address is not EIP-55 checksummed is refused with MESSAGE_MALFORMED", async () => {
    const nonce = await freshNonce();
    const message = buildMessage(wallet.address, nonce).replace(wallet.address, wallet.address.toLowerCase());
    const error = await authErrorOf(authorize({ message, signature: await wallet.signMessage(message) }));
    expect(error.reason).toBe("MESSAGE_MALFORMED");
    expect(error.details.problem).toBe(`line 2: invalid EIP-55 address - ${wallet.address.toLowerCase()}`);
  });

  test("error: missing or malformed fields are refused with CREDENTIALS_INVALID naming them", async () => {
    const error = await authErrorOf(authorize({ message: "x", signature: "0x1234" }));
    expect(error.reason).toBe("CREDENTIALS_INVALID");
    expect(error.message).toBe("Sign-in needs the signed message and its signature (0x followed by 130 hex digits)");
    expect(error.details).toEqual({ reason: "CREDENTIALS_INVALID", fields: ["signature"] });
    expect((await authErrorOf(authorize(undefined))).details).toEqual({ reason: "CREDENTIALS_INVALID", fields: [""] });
    expect((await authErrorOf(authorize({}))).details).toEqual({
      reason: "CREDENTIALS_INVALID",
      fields: ["message", "signature"],
    });
  });
});
