import { getAddress, isAddress } from "ethers";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/config/env";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AuthError } from "./auth-error";
import { checkAuthSession } from "./check-auth-session";
import { getAuthSecret } from "./get-auth-secret";
import { sessionCookieName } from "./session-cookie";

/** Who is asking, as the session cookie says. */
export interface SignedIn {
  /** Checksummed address that signed in with Ethereum. */
  address: string;
}

/** Options of {@link requireSignedIn}. */
export interface RequireSignedInOptions {
  /** Where sessions are recorded; defaults to the process runtime's database. */
  prisma?: Pick<PrismaClient, "authSession">;
  /** The clock; tests pass their own. Defaults to now. */
  now?: Date;
}

/** The process's database, imported when first needed (the runtime pulls in the whole server). */
async function runtimePrisma(): Promise<Pick<PrismaClient, "authSession">> {
  const { getRuntime } = await import("@/lib/runtime/get-runtime");
  return (await getRuntime().database()).prisma;
}

/** Cookies of a `Cookie` header, by name. The first of two same-named cookies wins, as browsers send the most specific first. */
function parseCookies(header: string | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name === "" || name in cookies) continue;
    const raw = part.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1");
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

/**
 * Who is asking: the address in the request's next-auth session cookie, decrypted and
 * checked (expiry included) with the session secret, whose recorded session (its `sid`) is
 * live: a cookie from before a sign-out is refused, however it was kept. Only the cookie counts, not an
 * Authorization header: a browser sends the cookie with SameSite=Lax, so a cross-site
 * form cannot post with it.
 *
 * Call it first in every route handler that changes state.
 *
 * @throws {AuthError} UNAUTHENTICATED (401, reason NOT_SIGNED_IN) when there is no session
 *   cookie, or it does not decrypt with this server's secret, has expired, or holds no
 *   address; reason SESSION_ENDED when its session was signed out, expired or is unknown.
 */
export async function requireSignedIn(request: Request, options: RequireSignedInOptions = {}): Promise<SignedIn> {
  const publicUrl = env().NEXTAUTH_URL;
  const cookieName = sessionCookieName(publicUrl);
  const token = await getToken({
    // getToken reads `cookies` (joining a cookie split into chunks) and would also accept an
    // `Authorization: Bearer` header; it gets no headers, so only the cookie is read.
    req: { cookies: parseCookies(request.headers.get("cookie")), headers: {} } as unknown as Parameters<
      typeof getToken
    >[0]["req"],
    secret: getAuthSecret(),
    cookieName,
    secureCookie: cookieName.startsWith("__Secure-"),
  });
  const address = token?.address;
  if (typeof address !== "string" || !isAddress(address)) {
    throw new AuthError({
      code: "UNAUTHENTICATED",
      reason: "NOT_SIGNED_IN",
      message: "Sign in with your wallet first",
    });
  }
  await checkAuthSession(options.prisma ?? (await runtimePrisma()), { sessionId: token?.sid, address, now: options.now });
  return { address: getAddress(address) };
}

/**
 * Like {@link requireSignedIn}, and the signed-in address must be `expected` (compared
 * without regard to letter case): for actions only one account may take, such as signing
 * as a work's contributor.
 *
 * @throws {AuthError} UNAUTHENTICATED (401) as requireSignedIn; FORBIDDEN (403, reason
 *   WRONG_ACCOUNT) when another account is signed in.
 */
export async function requireAddress(request: Request, expected: string, options: RequireSignedInOptions = {}): Promise<SignedIn> {
  const signedIn = await requireSignedIn(request, options);
  if (signedIn.address.toLowerCase() !== expected.toLowerCase()) {
    const wanted = isAddress(expected) ? getAddress(expected) : expected;
    throw new AuthError({
      code: "FORBIDDEN",
      reason: "WRONG_ACCOUNT",
      message: `You are signed in as ${signedIn.address}, but only ${wanted} may do this; sign in with that account`,
      details: { address: signedIn.address, expected: wanted },
    });
  }
  return signedIn;
}
