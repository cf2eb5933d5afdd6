import type { PrismaClient } from "@/lib/db/generated/client";
import { AuthError } from "./auth-error";
import { SESSION_MAX_AGE_S } from "./session-cookie";

/** Parameters of {@link checkAuthSession}. */
export interface CheckAuthSessionParameters {
  /** The cookie's `sid` claim (absent in cookies made before sessions were recorded). */
  sessionId: unknown;
  /** The cookie's address; the recorded session must be for the same one. */
  address: string;
  /** The clock; tests pass their own. Defaults to now. */
  now?: Date;
}

/** A session's expiry is moved forward at most once a day, so a busy session costs one write a day. */
const EXTEND_EVERY_MS = 24 * 60 * 60 * 1000;

function ended(message: string): AuthError {
  return new AuthError({ code: "UNAUTHENTICATED", reason: "SESSION_ENDED", message });
}

/**
 * Checks that the session a cookie names is recorded, for the cookie's address, not revoked
 * and not expired, and moves its expiry forward as next-auth renews the cookie (a week from
 * the last use, written at most once a day).
 *
 * @throws {AuthError} UNAUTHENTICATED (401) with reason SESSION_ENDED: the cookie names no
 *   session, an unknown one or another account's, or one that was signed out or expired.
 */
export async function checkAuthSession(
  prisma: Pick<PrismaClient, "authSession">,
  { sessionId, address, now = new Date() }: CheckAuthSessionParameters,
): Promise<void> {
  if (typeof sessionId !== "string" || sessionId === "" || sessionId.length > 100) {
    throw ended("This session is not known to the server; sign in again");
  }
  const row = await prisma.authSession.findUnique({ where: { id: sessionId } });
  if (row === null || row.address !== address.toLowerCase()) {
    throw ended("This session is not known to the server; sign in again");
  }
  if (row.revokedAt !== null) throw ended("This session was signed out; sign in again");
  if (row.expiresAt.getTime() <= now.getTime()) throw ended("This session expired; sign in again");
  const renewed = now.getTime() + SESSION_MAX_AGE_S * 1000;
  if (renewed - row.expiresAt.getTime() >= EXTEND_EVERY_MS) {
    // Only while still unrevoked: a sign-out racing this write wins.
    await prisma.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { expiresAt: new Date(renewed) } });
  }
}
