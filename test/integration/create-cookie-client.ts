/** A `fetch` against one server that keeps its cookies as a browser does. */
export interface CookieClient {
  /** The server's base URL. */
  base: URL;
  /** The cookies the server has set and not cleared, by name. */
  jar: Map<string, string>;
  /** Fetches `path` on `base` with the jar's cookies, without following redirects, and keeps the cookies the answer sets. */
  call(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * A cookie-keeping client for a running server: every call sends the jar's cookies and
 * records each `Set-Cookie` of the answer (a cookie set to expire is removed), so a
 * sign-in over HTTP goes as it does in a browser.
 */
export function createCookieClient(baseUrl: string | URL): CookieClient {
  const base = new URL(baseUrl);
  const jar = new Map<string, string>();
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(new URL(path, base), {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq);
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, pair!.slice(eq + 1));
    }
    return response;
  };
  return { base, jar, call };
}
