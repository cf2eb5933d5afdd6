import { AuthError } from "./auth-error";

/** Request headers as next-auth hands them to authorize(), or a Fetch API Headers. */
export type RequestHeaders = Headers | Readonly<Record<string, string | string[] | undefined>>;

/** Parameters of {@link siteOfRequest}. */
export interface SiteOfRequestParameters {
  /** The request's headers: `host` and `x-forwarded-proto` are read. */
  headers: RequestHeaders;
  /** NEXTAUTH_URL, the site's public address, when it is set. */
  publicUrl?: string;
}

/** The site a sign-in message must be for. */
export interface Site {
  /** Host and port, lower case, e.g. `localhost:3000`: the message's domain (EIP-4361). */
  domain: string;
  /** Scheme, host and port, e.g. `http://localhost:3000`: the origin of the message's URI. */
  origin: string;
}

const HOST_PATTERN = /^(\[[0-9a-fA-F:.]+\]|[a-zA-Z0-9.-]+)(:\d{1,5})?$/;

/** Host names that only this machine can reach, so a Host header naming one is not forged from afar. */
function isLoopback(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    hostname === "[::1]" ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers instanceof Headers ? headers.get(name) : headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first === null || first === "" ? undefined : first;
}

/**
 * The site a Sign-In with Ethereum message must name: NEXTAUTH_URL's host and origin when it
 * is set, otherwise the request's Host header, with the scheme Next.js recorded in
 * `x-forwarded-proto` (http when absent).
 *
 * Without NEXTAUTH_URL only loopback hosts are trusted. The Host header is chosen by the
 * sender: a phishing page at evil.example gets the wallet to sign a message for its own
 * domain (wallets check that), and could replay it here with `Host: evil.example`. A server
 * reachable only on loopback cannot be sent that from afar; any other deployment must
 * name its address in NEXTAUTH_URL.
 *
 * @throws {AuthError} UNAUTHENTICATED with reason HOST_NOT_TRUSTED when there is no Host
 *   header, or it is not a loopback host and NEXTAUTH_URL is unset.
 */
export function siteOfRequest({ headers, publicUrl }: SiteOfRequestParameters): Site {
  if (publicUrl !== undefined) {
    const url = new URL(publicUrl);
    return { domain: url.host.toLowerCase(), origin: url.origin };
  }
  const host = header(headers, "host");
  const proto = header(headers, "x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  let url: URL | undefined;
  try {
    // Only a host name or bracketed IPv6 address and a port: a Host header with a path,
    // credentials or junk would otherwise parse into some other URL.
    url = host !== undefined && HOST_PATTERN.test(host) ? new URL(`${proto}://${host}`) : undefined;
  } catch {
    url = undefined; // e.g. a port above 65535
  }
  if (url === undefined) {
    throw new AuthError({
      code: "UNAUTHENTICATED",
      reason: "HOST_NOT_TRUSTED",
      message: "The request has no valid Host header, so the site it is for is unknown",
    });
  }
  if (!isLoopback(url.hostname)) {
    throw new AuthError({
      code: "UNAUTHENTICATED",
      reason: "HOST_NOT_TRUSTED",
      message:
        `Sign-in at ${url.host} needs NEXTAUTH_URL set to this site's address (e.g. https://${url.host}); ` +
        "without it only localhost is trusted",
      details: { host: url.host },
    });
  }
  // The browser's `location.host`, which the wallet button puts in the message, leaves out
  // a default port as URL does.
  return { domain: url.host, origin: url.origin };
}
