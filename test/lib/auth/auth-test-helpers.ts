import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Signer } from "ethers";
import { SiweMessage } from "siwe";
import { expect } from "vitest";
import { AuthError } from "@/lib/auth/auth-error";
import { applyMigrations } from "@/lib/db/apply-migrations";
import type { Database } from "@/lib/db/database";
import { openDatabase } from "@/lib/db/open-database";

/** A fixed clock, so expiries are exact and no test depends on how fast the machine is. */
export const NOW = new Date("2026-11-26T12:00:00.000Z");

/** Milliseconds in a minute, for readable offsets from NOW. */
export const MINUTE = 60_000;

/** The site of a server reached at http://localhost:3000 with no NEXTAUTH_URL. */
export const SITE = { domain: "localhost:3000", origin: "http://localhost:3000" } as const;

/** A fresh PGlite database in a temporary directory with the repository's migrations. */
export async function openTestDatabase(): Promise<{ db: Database; dispose(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-auth-"));
  const db = await openDatabase({ dataDir });
  await applyMigrations(db);
  return {
    db,
    async dispose() {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fields of a sign-in message; anything not given is what the wallet button writes. */
export type MessageFields = Partial<ConstructorParameters<typeof SiweMessage>[0] & object>;

/** The EIP-4361 text the wallet button would build for `address` and `nonce` at NOW. */
export function buildMessage(address: string, nonce: string, fields: MessageFields = {}): string {
  return new SiweMessage({
    domain: SITE.domain,
    address,
    statement: "Sign in to Colophon",
    uri: SITE.origin,
    version: "1",
    chainId: 31337,
    nonce,
    issuedAt: NOW.toISOString(),
    expirationTime: new Date(NOW.getTime() + 10 * MINUTE).toISOString(),
    ...fields,
  }).prepareMessage();
}

/** The credentials the browser posts: the message and the wallet's personal_sign signature of it. */
export async function signedCredentials(
  wallet: Pick<Signer, "signMessage"> & { address: string },
  nonce: string,
  fields: MessageFields = {},
): Promise<{ message: string; signature: string }> {
  const message = buildMessage(wallet.address, nonce, fields);
  return { message, signature: await wallet.signMessage(message) };
}

/** Awaits `promise`, expecting an AuthError, and returns it for exact assertions. */
export async function authErrorOf(promise: Promise<unknown>): Promise<AuthError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    return error as AuthError;
  }
  throw new Error("expected an AuthError");
}
