import { getAddress } from "ethers";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/config/env";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createAuthSession } from "./create-auth-session";
import { SESSION_MAX_AGE_S, sessionCookieName } from "./session-cookie";

/** Parameters of {@link createSessionCookie}. */
export interface CreateSessionCookieParameters {
  /** The address to be signed in as. */
  address: string;
  /** The server's session secret: what AUTH_SECRET is set to in the test's environment. */
  secret: string;
  /** NEXTAUTH_URL, which decides the cookie's name; defaults to the process's setting. */
  publicUrl?: string;
  /** Seconds until the session expires; negative gives an expired one. Defaults to a week. */
  maxAge?: number;
  /**
   * Where the session is recorded, as a sign-in records it; defaults to the process
   * runtime's database (the one requireSignedIn checks). `false` records nothing, for a
   * cookie whose session the server does not know.
   */
  prisma?: Pick<PrismaClient, "authSession"> | false;
}

/**
 * A `Cookie` header value holding a next-auth session for `address`, encrypted as a real
 * sign-in does it (same name, same claims, a recorded session): for route tests that call a handler with
 * `new Request(url, { headers: { cookie } })`. The route's requireSignedIn accepts it when
 * `secret` is the server's (set AUTH_SECRET in the test before the first env() call).
 */
export async function createSessionCookie({
  address,
  secret,
  publicUrl = env().NEXTAUTH_URL,
  maxAge = SESSION_MAX_AGE_S,
  prisma,
}: CreateSessionCookieParameters): Promise<string> {
  const checksummed = getAddress(address);
  let sid = "unrecorded";
  if (prisma !== false) {
    const database = prisma ?? (await (await import("@/lib/runtime/get-runtime")).getRuntime().database()).prisma;
    sid = await createAuthSession(database, { address: checksummed, maxAgeSeconds: Math.max(maxAge, 0) });
  }
  const token = await encode({ token: { sub: checksummed, address: checksummed, sid }, secret, maxAge });
  return `${sessionCookieName(publicUrl)}=${token}`;
}
