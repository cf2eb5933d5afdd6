import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { PrismaClient } from "@/lib/db/generated/client";
import { toErrorResponse, type ErrorLogger } from "@/lib/errors";
import { AuthError } from "./auth-error";
import { authorizeSiwe } from "./authorize-siwe";
import { checkAuthSession } from "./check-auth-session";
import { createAuthSession } from "./create-auth-session";
import { revokeAuthSession } from "./revoke-auth-session";
import { SESSION_MAX_AGE_S, usesSecureCookies } from "./session-cookie";
import { siteOfRequest } from "./site-of-request";

/** Parameters of {@link createAuthOptions}: everything it needs, so tests pass their own. */
export interface CreateAuthOptionsParameters {
  /** Session secret (getAuthSecret). */
  secret: string;
  /** NEXTAUTH_URL, when set. */
  publicUrl?: string;
  /** The chain id sign-in messages must name; asked at each sign-in. */
  chainId: () => Promise<number>;
  /** Where nonces and sessions are kept; asked at each sign-in, session read and sign-out. */
  prisma: () => Promise<Pick<PrismaClient, "authNonce" | "authSession">>;
  /** The clock. Defaults to `() => new Date()`. */
  now?: () => Date;
  /** Where unexpected failures are logged in full. Defaults to console.error. */
  log?: ErrorLogger;
}

/**
 * next-auth 4 options for Sign-In with Ethereum: one Credentials provider, `siwe`, whose
 * authorize() runs {@link authorizeSiwe}; sessions are JWTs in an encrypted, httpOnly,
 * SameSite=Lax cookie that carries the address as `address` and `sub`, and the id of a
 * recorded session (AuthSession) as `sid`. Sign-out revokes that session, so a copy of the
 * cookie taken before it is refused by the session endpoint and by requireSignedIn.
 *
 * A refused sign-in throws: next-auth passes the thrown message to the browser as the
 * `error` of signIn(), so the person reads why. Messages of our own errors are written for
 * that; anything unexpected is logged here with a reference and only the reference goes out.
 */
export function createAuthOptions({
  secret,
  publicUrl,
  chainId,
  prisma,
  now = () => new Date(),
  log,
}: CreateAuthOptionsParameters): NextAuthOptions {
  return {
    secret,
    useSecureCookies: usesSecureCookies(publicUrl),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    jwt: { maxAge: SESSION_MAX_AGE_S },
    // next-auth's own sign-in page would list a bare message/signature form; the wallet
    // button on every page is the way in.
    pages: { signIn: "/" },
    providers: [
      CredentialsProvider({
        id: "siwe",
        name: "Ethereum",
        credentials: {
          message: { label: "Message", type: "text" },
          signature: { label: "Signature", type: "text" },
        },
        async authorize(credentials, request) {
          try {
            const site = siteOfRequest({ headers: request.headers ?? {}, publicUrl });
            const { address } = await authorizeSiwe({
              credentials,
              site,
              chainId: await chainId(),
              prisma: await prisma(),
              now: now(),
            });
            return { id: address };
          } catch (error) {
            // next-auth sends only the message on. toErrorResponse keeps our errors' messages
            // (written for the person), logs 5xx ones (e.g. the database is down), and turns
            // anything unexpected into a reference to the full log entry.
            throw new Error(toErrorResponse(error, log).body.error.message, { cause: error });
          }
        },
      }),
    ],
    callbacks: {
      // `user` is there only at sign-in, when the session is recorded; later calls keep what
      // the token holds. A client's update() data (trigger "update") is ignored, so it
      // cannot change the address or the session id.
      async jwt({ token, user }) {
        if (user !== undefined) {
          token.address = user.id;
          token.sid = await createAuthSession(await prisma(), { address: user.id, now: now() });
        }
        return token;
      },
      // Only the address: next-auth's default would add empty name, email and image. A
      // session that was signed out (or is unknown or expired) throws here: next-auth then
      // answers an empty session and clears the cookie instead of renewing it.
      async session({ session, token }) {
        await checkAuthSession(await prisma(), { sessionId: token.sid, address: token.address ?? "", now: now() });
        return { expires: session.expires, address: token.address ?? "" };
      },
    },
    events: {
      // POST /api/auth/signout: every copy of the cookie ends with this session. next-auth
      // logs a failure here (SIGNOUT_ERROR) and still clears the browser's cookie.
      async signOut({ token }) {
        await revokeAuthSession(await prisma(), { sessionId: token?.sid, now: now() });
      },
    },
    logger: {
      // A signed-out cookie presented again is expected (another tab, a copy): not an error
      // worth a stack trace. Everything else is logged as next-auth would.
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        if (code === "JWT_SESSION_ERROR" && error instanceof AuthError) return;
        console.error(`[next-auth][error][${code}]`, metadata);
      },
    },
  };
}
