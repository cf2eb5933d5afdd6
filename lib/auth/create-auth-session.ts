import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { SESSION_MAX_AGE_S } from "./session-cookie";

/** Parameters of {@link createAuthSession}. */
export interface CreateAuthSessionParameters {
  /** The address that signed in. */
  address: string;
  /** The clock; tests pass their own. Defaults to now. */
  now?: Date;
  /** Seconds the session lives unless used; defaults to the cookie's (a week). */
  maxAgeSeconds?: number;
}

/**
 * Records a new signed-in session and returns its id, which the session cookie carries as
 * its `sid` claim (checkAuthSession accepts the cookie only while the row is live). Expired
 * sessions are deleted here, so the table holds about one row per browser signed in during
 * the last week.
 */
export async function createAuthSession(
  prisma: Pick<PrismaClient, "authSession">,
  { address, now = new Date(), maxAgeSeconds = SESSION_MAX_AGE_S }: CreateAuthSessionParameters,
): Promise<string> {
  await prisma.authSession.deleteMany({ where: { expiresAt: { lt: now } } });
  // 256 random bits: the id is a bearer secret only inside the encrypted cookie, but it is
  // also what a revocation names, so it must never repeat.
  const id = randomBytes(32).toString("base64url");
  await prisma.authSession.create({
    data: { id, address: address.toLowerCase(), createdAt: now, expiresAt: new Date(now.getTime() + maxAgeSeconds * 1000) },
  });
  return id;
}
