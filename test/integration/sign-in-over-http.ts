import { SiweMessage } from "siwe";

/** What signs the sign-in message: a wallet or a node's signer. */
export interface MessageSigner {
  address: string;
  signMessage(message: string): Promise<string>;
}

/**
 * Signs in to a running server as the wallet button does (nonce, CSRF token, signed
 * Sign-In with Ethereum message posted to next-auth) and returns the `Cookie` header value
 * of the session. Sessions are recorded by the server, so a test of a running stack cannot
 * forge one with createSessionCookie.
 */
export async function signInOverHttp(baseUrl: string, signer: MessageSigner, chainId = 31337): Promise<string> {
  const base = new URL(baseUrl);
  const cookies = new Map<string, string>();
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(new URL(path, base), {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    return response;
  };
  const { nonce } = (await (await call("/api/auth/nonce")).json()) as { nonce: string };
  const now = new Date();
  const message = new SiweMessage({
    domain: base.host,
    address: signer.address,
    statement: "Sign in to Colophon",
    uri: base.origin,
    version: "1",
    chainId,
    nonce,
    issuedAt: now.toISOString(),
    expirationTime: new Date(now.getTime() + 600_000).toISOString(),
  }).prepareMessage();
  const signature = await signer.signMessage(message);
  const { csrfToken } = (await (await call("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await call("/api/auth/callback/siwe", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ message, signature, csrfToken, callbackUrl: `${base.origin}/`, json: "true" }),
  });
  const session = cookies.get("next-auth.session-token");
  if (response.status !== 200 || session === undefined) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
  return `next-auth.session-token=${session}`;
}
