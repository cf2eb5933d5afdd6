import type { PrismaClient } from "@/lib/db/generated/client";
import { AuthError } from "./auth-error";

/** Parameters of {@link consumeNonce}. */
export interface ConsumeNonceParameters {
  /** The clock; tests pass their own. Defaults to now. */
  now?: Date;
}

/**
 * Marks a nonce issued by issueNonce as used, once. The check and the mark are one
 * `UPDATE ... WHERE "usedAt" IS NULL AND "expiresAt" > now`, so of two sign-ins racing
 * with the same nonce (on PostgreSQL too, where they run on two connections) exactly one
 * wins.
 *
 * @throws {AuthError} UNAUTHENTICATED with reason NONCE_UNKNOWN (never issued, or expired
 *   and cleaned up), NONCE_USED or NONCE_EXPIRED.
 */
export async function consumeNonce(
  prisma: Pick<PrismaClient, "authNonce">,
  nonce: string,
  { now = new Date() }: ConsumeNonceParameters = {},
): Promise<void> {
  const { count } = await prisma.authNonce.updateMany({
    where: { nonce, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count === 1) return;

  // Lost: read the row only to tell the person why. Nothing is written, so this read
  // cannot undo the decision above.
  const row = await prisma.authNonce.findUnique({ where: { nonce } });
  if (row === null) {
    throw new AuthError({
      code: "UNAUTHENTICATED",
      reason: "NONCE_UNKNOWN",
      message: "This sign-in request was not issued by this server (unknown nonce); sign in again",
    });
  }
  if (row.usedAt !== null) {
    throw new AuthError({
      code: "UNAUTHENTICATED",
      reason: "NONCE_USED",
      message: "This sign-in request was already used; sign in again",
    });
  }
  throw new AuthError({
    code: "UNAUTHENTICATED",
    reason: "NONCE_EXPIRED",
    message: "This sign-in request expired; sign in again",
    details: { expiredAt: row.expiresAt.toISOString() },
  });
}
