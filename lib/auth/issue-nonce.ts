import { generateNonce } from "siwe";
import type { PrismaClient } from "@/lib/db/generated/client";
import { RateLimitError } from "@/lib/errors";

/** How long a nonce may wait for its signed message: long enough to find the wallet. */
export const NONCE_TTL_MS = 10 * 60 * 1000;

/** Nonces one network address may be issued per minute: a sign-in takes one; a page reload or two more. */
export const NONCES_PER_IP_PER_MINUTE = 20;

/** The throttle's window. */
const WINDOW_MS = 60_000;

/** Parameters of {@link issueNonce}. */
export interface IssueNonceParameters {
  /** The clock; tests pass their own. Defaults to now. */
  now?: Date;
  /** The requester's network address (lib/http/client-ip.ts); unknown means not throttled. */
  clientIp?: string;
  /** Nonces per address per minute; defaults to {@link NONCES_PER_IP_PER_MINUTE}. */
  perIpPerMinute?: number;
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
 *
 * Throttled per network address: each nonce is a row written by an anonymous request, so
 * one address gets at most `perIpPerMinute` a minute, counted from the table (every web
 * server sharing the database counts the same rows).
 *
 * @throws {RateLimitError} RATE_LIMITED (429) with `retryAfterSeconds`: when the oldest
 *   nonce of the address in the last minute leaves the window.
 */
export async function issueNonce(
  prisma: Pick<PrismaClient, "authNonce">,
  { now = new Date(), clientIp, perIpPerMinute = NONCES_PER_IP_PER_MINUTE }: IssueNonceParameters = {},
): Promise<IssueNonceReturnType> {
  if (clientIp !== undefined) {
    const recent = await prisma.authNonce.findMany({
      where: { clientIp, createdAt: { gt: new Date(now.getTime() - WINDOW_MS) } },
      orderBy: { createdAt: "desc" },
      take: perIpPerMinute,
      select: { createdAt: true },
    });
    if (recent.length >= perIpPerMinute) {
      const oldest = recent[recent.length - 1]!.createdAt.getTime();
      const retryAfterSeconds = Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
      throw new RateLimitError({
        message: `At most ${perIpPerMinute} sign-in nonces a minute from one network address; try again in ${retryAfterSeconds} s.`,
        retryAfterSeconds,
        details: { limit: perIpPerMinute, windowSeconds: WINDOW_MS / 1000, scope: "ip" },
      });
    }
  }
  // A used or unused nonce past its expiry can never be accepted again (consumeNonce checks
  // expiresAt), so its row only costs space.
  await prisma.authNonce.deleteMany({ where: { expiresAt: { lt: now } } });
  const nonce = generateNonce();
  const expiresAt = new Date(now.getTime() + NONCE_TTL_MS);
  await prisma.authNonce.create({ data: { nonce, expiresAt, createdAt: now, clientIp } });
  return { nonce, expiresAt };
}
