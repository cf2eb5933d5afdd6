import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { PrismaClient } from "@/lib/db/generated/client";
import { toErrorResponse, type ErrorLogger } from "@/lib/errors";
import { authorizeSiwe } from "./authorize-siwe";
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
  /** Where nonces are kept; asked at each sign-in. */
  prisma: () => Promise<Pick<PrismaClient, "authNonce">>;
  /** The clock. Defaults to `() => new Date()`. */
  now?: () => Date;
  /** Where unexpected failures are logged in full. Defaults to console.error. */
  log?: ErrorLogger;
}

/**
 * next-auth 4 options for Sign-In with Ethereum: one Credentials provider, `siwe`, whose
 * authorize() runs {@link authorizeSiwe}; sessions are JWTs (no session table) in an
 * encrypted, httpOnly, SameSite=Lax cookie that carries the address as `address` and `sub`.
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
      // `user` is there only at sign-in; later calls keep what the token holds. A client's
      // update() data (trigger "update") is ignored, so it cannot change the address.
      jwt({ token, user }) {
        if (user !== undefined) token.address = user.id;
        return token;
      },
      // Only the address: next-auth's default would add empty name, email and image.
      session({ session, token }) {
        return { expires: session.expires, address: token.address ?? "" };
      },
    },
  };
}
