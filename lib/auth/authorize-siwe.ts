import { getAddress, verifyMessage } from "ethers";
import { SiweMessage } from "siwe";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AuthError, type AuthErrorReason } from "./auth-error";
import { consumeNonce } from "./consume-nonce";
import type { Site } from "./site-of-request";

/** What the wallet button posts: the EIP-4361 message as signed and its personal_sign signature. */
export const siweCredentialsSchema = z.object({
  /** Long enough for any real message (a few hundred characters), short enough to parse cheaply. */
  message: z.string().min(1).max(4_096),
  /** 65 bytes: r, s, v. */
  signature: z.string().regex(/^0x[0-9a-fA-F]{130}$/),
});

export type SiweCredentials = z.infer<typeof siweCredentialsSchema>;

/** Parameters of {@link authorizeSiwe}. */
export interface AuthorizeSiweParameters {
  /** The posted credentials, unparsed (next-auth passes the form fields as they came). */
  credentials: unknown;
  /** The site the message must be for (siteOfRequest). */
  site: Site;
  /** The chain the server works with; the message must name it. */
  chainId: number;
  /** Where nonces are kept. */
  prisma: Pick<PrismaClient, "authNonce">;
  /** The clock; tests pass their own. Defaults to now. */
  now?: Date;
}

/** Refuses the sign-in: 401 with the reason, whatever next-auth does with the message. */
function reject(reason: AuthErrorReason, message: string, details?: Record<string, unknown>): never {
  throw new AuthError({ code: "UNAUTHENTICATED", reason, message, details });
}

/**
 * Checks a Sign-In with Ethereum (EIP-4361) message and its signature, and returns the
 * checksummed address that signed in. The checks, in order: the message parses; its domain
 * is this site's host and its URI this site's origin (a message signed for another site
 * cannot be replayed here); its chain id is the server's; now lies between Not Before and
 * Expiration Time; the signature recovers the message's address (siwe's verify, ethers);
 * and last its nonce was issued here and is unused, which spends it. The nonce is spent
 * only once everything else holds, so a stranger who learns a nonce cannot burn it with a
 * bad signature.
 *
 * Contract wallets (EIP-1271) are not accepted: no provider is given to siwe, so only an
 * externally owned account's signature verifies.
 *
 * @throws {AuthError} UNAUTHENTICATED; `details.reason` is CREDENTIALS_INVALID,
 *   MESSAGE_MALFORMED, DOMAIN_MISMATCH, URI_MISMATCH, CHAIN_MISMATCH, MESSAGE_EXPIRED,
 *   MESSAGE_NOT_YET_VALID, SIGNATURE_INVALID, NONCE_UNKNOWN, NONCE_USED or NONCE_EXPIRED.
 */
export async function authorizeSiwe({
  credentials,
  site,
  chainId,
  prisma,
  now = new Date(),
}: AuthorizeSiweParameters): Promise<{ address: string }> {
  const parsed = siweCredentialsSchema.safeParse(credentials);
  if (!parsed.success) {
    reject(
      "CREDENTIALS_INVALID",
      "Sign-in needs the signed message and its signature (0x followed by 130 hex digits)",
      { fields: parsed.error.issues.map((issue) => issue.path.join(".")) },
    );
  }
  const { message: text, signature } = parsed.data;

  let message: SiweMessage;
  try {
    message = new SiweMessage(text);
  } catch (error) {
    // The parser lists each problem on a line, then a dump of its state; the first line
    // says what is wrong ("line 2: invalid EIP-55 address - 0x...").
    const problem = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.slice(0, 200);
    reject("MESSAGE_MALFORMED", "The sign-in message is not a valid Sign-In with Ethereum (EIP-4361) message", {
      problem,
    });
  }

  if (message.domain.toLowerCase() !== site.domain) {
    reject("DOMAIN_MISMATCH", `The message is for ${message.domain}, but this site is ${site.domain}`, {
      expected: site.domain,
      received: message.domain,
    });
  }
  const siteScheme = new URL(site.origin).protocol.slice(0, -1);
  let uriOrigin: string;
  try {
    uriOrigin = new URL(message.uri).origin;
  } catch {
    uriOrigin = "null";
  }
  if (uriOrigin !== site.origin || (message.scheme !== undefined && message.scheme !== siteScheme)) {
    reject("URI_MISMATCH", `The message's URI ${message.uri} is not on this site (${site.origin})`, {
      expected: site.origin,
      received: message.uri,
    });
  }
  if (message.chainId !== chainId) {
    reject(
      "CHAIN_MISMATCH",
      `The message is for chain ${message.chainId}, but Colophon works on chain ${chainId}; switch the wallet's network and sign in again`,
      { expected: chainId, received: message.chainId },
    );
  }
  if (message.expirationTime !== undefined && new Date(message.expirationTime).getTime() <= now.getTime()) {
    reject("MESSAGE_EXPIRED", `The sign-in message expired at ${message.expirationTime}; sign in again`, {
      expirationTime: message.expirationTime,
    });
  }
  if (message.notBefore !== undefined && new Date(message.notBefore).getTime() > now.getTime()) {
    reject("MESSAGE_NOT_YET_VALID", `The sign-in message is not valid before ${message.notBefore}`, {
      notBefore: message.notBefore,
    });
  }

  // siwe logs (console.error) a signature that ethers cannot recover a key from (r or s
  // out of range, bad v); refuse those first, quietly.
  let wellFormed = true;
  try {
    verifyMessage(text, signature);
  } catch {
    wellFormed = false;
  }
  const verified = wellFormed
    ? await message.verify(
        { signature, domain: message.domain, nonce: message.nonce, time: now.toISOString() },
        { suppressExceptions: true },
      )
    : undefined;
  if (verified?.success !== true) {
    reject("SIGNATURE_INVALID", `The signature is not from ${message.address}, the account the message names`, {
      address: message.address,
    });
  }

  await consumeNonce(prisma, message.nonce, { now });
  return { address: getAddress(message.address) };
}
