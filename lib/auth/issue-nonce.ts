import { generateNonce } from "siwe";
import type { PrismaClient } from "@/lib/db/generated/client";

/** How long a nonce may wait for its signed message: long enough to find the wallet. */
export const NONCE_TTL_MS = 10 * 60 * 1000;

/** Parameters of {@link issueNonce}. */
export interface IssueNonceParameters {
  /** The clock; tests pass their own. Defaults to now. */
  now?: Date;
}

/** What {@link issueNonce} returns. */
export interface IssueNonceReturnType {
  /** 96 random bits, alphanumeric (siwe's generateNonce), for the message's `Nonce:` line. */
  nonce: string;
  /** After this instant the nonce is refused. */
  expiresAt: Date;
}

/**
 * Issues a single-use sign-in nonce: stored with a 10-minute expiry, accepted once by
 * {@link consumeNonce}. Nonces that expired are deleted here, so the table stays as small as
 * the number of sign-ins started in the last ten minutes.
 */
export async function issueNonce(
  prisma: Pick<PrismaClient, "authNonce">,
  { now = new Date() }: IssueNonceParameters = {},
): Promise<IssueNonceReturnType> {
  // A used or unused nonce past its expiry can never be accepted again (consumeNonce checks
  // expiresAt), so its row only costs space.
  await prisma.authNonce.deleteMany({ where: { expiresAt: { lt: now } } });
  const nonce = generateNonce();
  const expiresAt = new Date(now.getTime() + NONCE_TTL_MS);
  await prisma.authNonce.create({ data: { nonce, expiresAt, createdAt: now } });
  return { nonce, expiresAt };
}
