import net from "node:net";
import { env } from "@/lib/config/env";

/** Parameters of {@link clientIpOf}. */
export interface ClientIpOfParameters {
  /** The request's headers; `x-forwarded-for` is read. */
  headers: Headers;
  /** TRUSTED_PROXY_HOPS: reverse proxies in front of the server that append to X-Forwarded-For. */
  trustedProxyHops: number;
}

/** An address as written in X-Forwarded-For, without a port or brackets, IPv4-mapped IPv6 as IPv4. */
function normaliseAddress(entry: string): string {
  let address = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/.exec(address);
  if (mapped) address = mapped[1]!;
  return address;
}

/**
 * The network address a request came from, as rate limits count it: an IPv4 address, or the
 * /64 prefix of an IPv6 one (`2001:db8:1:2::/64`), since one IPv6 host usually holds a whole
 * /64 and could otherwise take a new address per request. `undefined` when the request
 * carries no X-Forwarded-For (a handler called directly, not through a server).
 *
 * Where the address comes from: Next.js 16 gives a route handler no socket. Its server
 * sets `x-forwarded-for` from the socket's address only when the request has none
 * (`??=` in next/dist/server/base-server.js), so a client that sends the header chooses the
 * value. `npm start`'s server (scripts/web-server.ts) therefore appends the socket's
 * address to whatever came, as a proxy does; each of `trustedProxyHops` reverse proxies in
 * front appends the address it got the request from. The client is the entry
 * `trustedProxyHops` places before the last; entries further left were written by the
 * client and are ignored. With fewer entries than that, the leftmost is taken.
 */
export function clientIpOf({ headers, trustedProxyHops }: ClientIpOfParameters): string | undefined {
  // Several X-Forwarded-For headers arrive joined with ", " (Fetch API Headers).
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return undefined;
  const entry = entries[Math.max(0, entries.length - 1 - trustedProxyHops)]!;
  const address = normaliseAddress(entry);
  if (net.isIPv6(address)) return ipv6Prefix64(address);
  // Not an address (a proxy writing "unknown", or junk): kept as its own key, bounded.
  return net.isIPv4(address) ? address : address.slice(0, 64);
}

/** The first four groups of an IPv6 address, as `a:b:c:d::/64`. */
function ipv6Prefix64(address: string): string {
  const [head = "", tail = ""] = address.split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = tail === "" ? [] : tail.split(":");
  // An embedded IPv4 tail (::1.2.3.4) takes two groups; only the first four groups matter here.
  const tailCount = tailGroups.reduce((n, group) => n + (group.includes(".") ? 2 : 1), 0);
  const groups = address.includes("::") ? [...headGroups, ...Array<string>(8 - headGroups.length - tailCount).fill("0"), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** {@link clientIpOf} with the process's TRUSTED_PROXY_HOPS setting. */
export function requestClientIp(request: Request): string | undefined {
  return clientIpOf({ headers: request.headers, trustedProxyHops: env().TRUSTED_PROXY_HOPS ?? 0 });
}
