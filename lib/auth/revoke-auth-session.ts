import type { PrismaClient } from "@/lib/db/generated/client";

/** Parameters of {@link revokeAuthSession}. */
export interface RevokeAuthSessionParameters {
  /** The signed-out cookie's `sid` claim; anything but a string revokes nothing. */
  sessionId: unknown;
  /** The clock; tests pass their own. Defaults to now. */
  now?: Date;
}

/**
 * Ends a session at sign-out: every copy of its cookie is refused from then on
 * (checkAuthSession). Revoking an unknown or already revoked session changes nothing.
 *
 * @returns whether a live session was revoked now.
 */
export async function revokeAuthSession(
  prisma: Pick<PrismaClient, "authSession">,
  { sessionId, now = new Date() }: RevokeAuthSessionParameters,
): Promise<boolean> {
  if (typeof sessionId !== "string" || sessionId === "") return false;
  const { count } = await prisma.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
  return count === 1;
}
