import { invalidInput } from "./invalid-input";

/** Names of next-auth's callback-URL cookie (plain, and with the `__Secure-` prefix on HTTPS). */
const CALLBACK_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.callback-url=([^;]*)/;

function isUsable(value: string): boolean {
  if (value.startsWith("/")) return true;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses a sign-in or sign-out whose `callbackUrl` (in the body, the query or next-auth's
 * callback-URL cookie) is neither a path nor an absolute URL: next-auth passes it to
 * `new URL()` unchecked and answers with a bare 500.
 *
 * @throws HttpError INPUT_INVALID (400) on field `callbackUrl`.
 */
export function checkCallbackUrl(request: Request, body: Record<string, unknown>): void {
  const cookie = CALLBACK_COOKIE.exec(request.headers.get("cookie") ?? "")?.[1];
  let fromCookie: string | undefined;
  try {
    fromCookie = cookie === undefined ? undefined : decodeURIComponent(cookie);
  } catch {
    fromCookie = cookie;
  }
  for (const value of [body.callbackUrl, new URL(request.url).searchParams.get("callbackUrl"), fromCookie]) {
    if (value === undefined || value === null) continue;
    if (typeof value !== "string" || !isUsable(value)) throw invalidInput("callbackUrl", "must be a path (/…) or an absolute URL");
  }
}
