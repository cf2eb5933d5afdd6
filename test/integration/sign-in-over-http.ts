import { createCookieClient } from "./create-cookie-client";
import { postSiweSignIn } from "./post-siwe-sign-in";
import { signSiweCredentials, type MessageSigner } from "./sign-siwe-credentials";

/**
 * Signs in to a running server as the wallet button does (nonce, CSRF token, signed
 * Sign-In with Ethereum message posted to next-auth) and returns the `Cookie` header value
 * of the session. Sessions are recorded by the server, so a test of a running stack cannot
 * forge one with createSessionCookie.
 */
export async function signInOverHttp(baseUrl: string, signer: MessageSigner, chainId = 31337): Promise<string> {
  const client = createCookieClient(baseUrl);
  const response = await postSiweSignIn(client, await signSiweCredentials(client, signer, chainId));
  const session = client.jar.get("next-auth.session-token");
  if (response.status !== 200 || session === undefined) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
  return `next-auth.session-token=${session}`;
}
