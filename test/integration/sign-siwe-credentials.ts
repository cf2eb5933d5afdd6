import { SiweMessage } from "siwe";
import type { CookieClient } from "./create-cookie-client";

/** What signs the sign-in message: a wallet or a node's signer. */
export interface MessageSigner {
  address: string;
  signMessage(message: string): Promise<string>;
}

/** A signed Sign-In with Ethereum message, as the wallet button posts it. */
export interface SiweCredentials {
  message: string;
  signature: string;
}

/**
 * Fetches a nonce from the server (GET /api/auth/nonce) and has `signer` sign a Sign-In with
 * Ethereum message for `chainId` on the server's host, valid for ten minutes, as the wallet
 * button does.
 */
export async function signSiweCredentials(client: CookieClient, signer: MessageSigner, chainId: number): Promise<SiweCredentials> {
  const { nonce } = (await (await client.call("/api/auth/nonce")).json()) as { nonce: string };
  const now = new Date();
  const message = new SiweMessage({
    domain: client.base.host,
    address: signer.address,
    statement: "Sign in to Colophon",
    uri: client.base.origin,
    version: "1",
    chainId,
    nonce,
    issuedAt: now.toISOString(),
    expirationTime: new Date(now.getTime() + 600_000).toISOString(),
  }).prepareMessage();
  return { message, signature: await signer.signMessage(message) };
}
