// How the session cookie is named and how long it lives, in one place: next-auth's options
// (create-auth-options.ts), the reader (require-signed-in.ts) and the test helper
// (create-session-cookie.ts) must agree, or a valid session reads as signed out.

/** A session lasts a week from the last visit (next-auth renews the cookie as it is used). */
export const SESSION_MAX_AGE_S = 7 * 24 * 60 * 60;

/**
 * Whether cookies get the `Secure` flag and the `__Secure-` prefix: only when the site's
 * public address (NEXTAUTH_URL) is https. Without NEXTAUTH_URL the site is reached on
 * localhost over http, where a browser would refuse a `__Secure-` cookie from some hosts.
 */
export function usesSecureCookies(publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith("https://") ?? false;
}

/** Name of next-auth's session cookie (it may be split into `.0`, `.1`... when large). */
export function sessionCookieName(publicUrl: string | undefined): string {
  return usesSecureCookies(publicUrl) ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}
