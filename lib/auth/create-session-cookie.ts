import { getAddress } from "ethers";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/config/env";
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
}

/**
 * A `Cookie` header value holding a next-auth session for `address`, encrypted as a real
 * sign-in does it (same name, same claims): for route tests that call a handler with
 * `new Request(url, { headers: { cookie } })`. The route's requireSignedIn accepts it when
 * `secret` is the server's (set AUTH_SECRET in the test before the first env() call).
 */
export async function createSessionCookie({
  address,
  secret,
  publicUrl = env().NEXTAUTH_URL,
  maxAge = SESSION_MAX_AGE_S,
}: CreateSessionCookieParameters): Promise<string> {
  const checksummed = getAddress(address);
  const token = await encode({ token: { sub: checksummed, address: checksummed }, secret, maxAge });
  return `${sessionCookieName(publicUrl)}=${token}`;
}
