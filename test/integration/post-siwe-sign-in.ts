import type { CookieClient } from "./create-cookie-client";
import type { SiweCredentials } from "./sign-siwe-credentials";

/**
 * Posts `credentials` to next-auth's SIWE callback with a fresh CSRF token, as
 * signIn("siwe", { redirect: false }) does, and returns the answer (200 and the session
 * cookie in the client's jar on success; 401 with the reason in the answer's URL otherwise).
 */
export async function postSiweSignIn(client: CookieClient, credentials: SiweCredentials): Promise<Response> {
  const { csrfToken } = (await (await client.call("/api/auth/csrf")).json()) as { csrfToken: string };
  return client.call("/api/auth/callback/siwe", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...credentials, csrfToken, callbackUrl: `${client.base.origin}/`, json: "true" }),
  });
}
