import type { NextAuthOptions } from "next-auth";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { createAuthOptions } from "./create-auth-options";
import { getAuthSecret } from "./get-auth-secret";
import { getServerChain } from "./get-server-chain";

/**
 * next-auth options for this process: the session secret, NEXTAUTH_URL, the server's chain
 * and the database from the runtime (see createAuthOptions).
 *
 * @throws {ConfigError} when the settings are wrong; {@link KeyError} when the secret file is
 *   unsafe.
 */
export function getAuthOptions(): NextAuthOptions {
  const runtime = getRuntime();
  const publicUrl = runtime.env.NEXTAUTH_URL;
  if (publicUrl === undefined) {
    // next-auth 4 learns the site's address from NEXTAUTH_URL, or from the request's
    // Host and X-Forwarded-Proto headers when AUTH_TRUST_HOST is set (utils/detect-origin);
    // with neither it assumes http://localhost:3000 and warns on every start. Trusting the
    // headers is what lets `npm start` work on any port with no setting: next-auth uses the
    // address only to build redirect URLs for the caller's own response. The sign-in
    // check itself trusts only loopback hosts without NEXTAUTH_URL (siteOfRequest).
    process.env.AUTH_TRUST_HOST ??= "true";
  }
  return createAuthOptions({
    secret: getAuthSecret(),
    publicUrl,
    chainId: async () => (await getServerChain()).chainId,
    prisma: async () => (await runtime.database()).prisma,
  });
}
