import { describe, expect, test } from "vitest";
import { AuthError } from "@/lib/auth/auth-error";
import { siteOfRequest } from "@/lib/auth/site-of-request";

/** Runs `fn`, expecting an AuthError, and returns it. */
function authErrorOf(fn: () => unknown): AuthError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AuthError);
    return error as AuthError;
  }
  throw new Error("expected an AuthError");
}

describe("siteOfRequest", () => {
  test("default: without NEXTAUTH_URL the Host header and Next's x-forwarded-proto name the site", () => {
    expect(siteOfRequest({ headers: { host: "localhost:3000", "x-forwarded-proto": "http" } })).toEqual({
      domain: "localhost:3000",
      origin: "http://localhost:3000",
    });
  });

  test("behavior: any loopback host and port is trusted: 127.0.0.1, [::1], *.localhost", () => {
    expect(siteOfRequest({ headers: { host: "127.0.0.1:4010" } })).toEqual({
      domain: "127.0.0.1:4010",
      origin: "http://127.0.0.1:4010",
    });
    expect(siteOfRequest({ headers: { host: "[::1]:3000" } }).origin).toBe("http://[::1]:3000");
    expect(siteOfRequest({ headers: { host: "colophon.localhost:3000" } }).domain).toBe("colophon.localhost:3000");
  });

  test("behavior: x-forwarded-proto https gives an https origin; a default port is left out as browsers do", () => {
    expect(siteOfRequest({ headers: new Headers({ host: "localhost:443", "x-forwarded-proto": "https" }) })).toEqual({
      domain: "localhost",
      origin: "https://localhost",
    });
  });

  test("behavior: host names are compared in lower case", () => {
    expect(siteOfRequest({ headers: { host: "LocalHost:3000" } }).domain).toBe("localhost:3000");
  });

  test("behavior: NEXTAUTH_URL wins over the Host header, whatever host the request names", () => {
    expect(
      siteOfRequest({ headers: { host: "10.0.0.5:3000" }, publicUrl: "https://Colophon.example.org/api/auth" }),
    ).toEqual({ domain: "colophon.example.org", origin: "https://colophon.example.org" });
  });

  test("error: a non-loopback Host without NEXTAUTH_URL is refused with HOST_NOT_TRUSTED", () => {
    const error = authErrorOf(() => siteOfRequest({ headers: { host: "evil.example:3000" } }));
    expect(error.code).toBe("UNAUTHENTICATED");
    expect(error.reason).toBe("HOST_NOT_TRUSTED");
    expect(error.message).toBe(
      "Sign-in at evil.example:3000 needs NEXTAUTH_URL set to this site's address (e.g. https://evil.example:3000); without it only localhost is trusted",
    );
  });

  test("error: a LAN address is not loopback either", () => {
    expect(authErrorOf(() => siteOfRequest({ headers: { host: "192.168.1.20:3000" } })).reason).toBe("HOST_NOT_TRUSTED");
  });

  test("error: a missing or malformed Host header is refused", () => {
    for (const headers of [{}, { host: "" }, { host: "localhost/evil" }, { host: "user@localhost" }, { host: "localhost:99999" }]) {
      const error = authErrorOf(() => siteOfRequest({ headers }));
      expect(error.reason).toBe("HOST_NOT_TRUSTED");
      expect(error.message).toBe("The request has no valid Host header, so the site it is for is unknown");
    }
  });
});
