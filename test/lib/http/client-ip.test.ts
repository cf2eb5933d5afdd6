import { describe, expect, test } from "vitest";
import { clientIpOf } from "@/lib/http/client-ip";

function ipOf(forwardedFor: string | string[] | undefined, trustedProxyHops = 0): string | undefined {
  const headers = new Headers();
  for (const value of forwardedFor === undefined ? [] : Array.isArray(forwardedFor) ? forwardedFor : [forwardedFor]) headers.append("x-forwarded-for", value);
  return clientIpOf({ headers, trustedProxyHops });
}

describe("clientIpOf", () => {
  test("default: with no proxy the last entry (the socket's address, appended by npm start's server) is the client", () => {
    expect(ipOf("203.0.113.7")).toBe("203.0.113.7");
  });

  test("behavior: entries a client wrote itself, left of the appended socket address, are ignored", () => {
    expect(ipOf("1.2.3.4, 5.6.7.8, 203.0.113.7")).toBe("203.0.113.7");
  });

  test("behavior: behind one trusted proxy the client is the entry before the proxy's", () => {
    // client spoofs 1.2.3.4; the proxy appends the client 198.51.100.9; our server appends the proxy 10.0.0.2.
    expect(ipOf("1.2.3.4, 198.51.100.9, 10.0.0.2", 1)).toBe("198.51.100.9");
    expect(ipOf("198.51.100.9, 10.0.0.5, 10.0.0.2", 2)).toBe("198.51.100.9");
  });

  test("behavior: several X-Forwarded-For headers count as one list", () => {
    expect(ipOf(["1.2.3.4", "198.51.100.9, 10.0.0.2"], 1)).toBe("198.51.100.9");
  });

  test("behavior: fewer entries than hops gives the leftmost", () => {
    expect(ipOf("203.0.113.7", 3)).toBe("203.0.113.7");
  });

  test("behavior: ports, brackets and IPv4-mapped IPv6 are dropped to the address", () => {
    expect(ipOf("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(ipOf("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(ipOf("[::ffff:203.0.113.7]:443")).toBe("203.0.113.7");
  });

  test("behavior: an IPv6 client counts as its /64, whatever its host part", () => {
    expect(ipOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(ipOf("2001:DB8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(ipOf("[2001:db8::7]:8080")).toBe("2001:db8:0:0::/64");
    expect(ipOf("::1")).toBe("0:0:0:0::/64");
    expect(ipOf("2001:0db8:0001:0002::9")).toBe("2001:db8:1:2::/64");
  });

  test("behavior: an entry that is not an address is kept as its own key, at most 64 characters", () => {
    expect(ipOf("unknown")).toBe("unknown");
    expect(ipOf(`x${"y".repeat(200)}`)).toHaveLength(64);
  });

  test("error: no X-Forwarded-For (a handler called directly) is unknown", () => {
    expect(ipOf(undefined)).toBeUndefined();
    expect(ipOf(" , ")).toBeUndefined();
  });
});
