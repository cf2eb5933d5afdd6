import { concatBytes } from "../../storage/concat-bytes";
import { checkBytesMatchCid } from "./check-bytes-match-cid";
import { ContentMismatchError, ContentUnavailableError } from "./content-errors";
import type { ContentFetcher } from "./types";

/** Options of {@link createGatewayFetcher}. */
export interface GatewayFetcherOptions {
  /** Largest body accepted, in bytes. Default 128 MiB (models are at most 64 MiB). */
  maxBytes?: number;
  /** Per-request time limit in milliseconds. Default 30,000. */
  timeoutMs?: number;
  /** The fetch to use (tests inject one). Default the global fetch. */
  fetch?: typeof fetch;
}

async function readLimited(response: Response, cid: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) throw new ContentUnavailableError(cid, `the gateway announces ${declared} bytes, over the ${maxBytes}-byte limit`);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ContentUnavailableError(cid, `the body exceeds the ${maxBytes}-byte limit`);
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}

/**
 * Content from an IPFS HTTP gateway (path style: GET <gateway>/ipfs/<cid>; ours, Kubo's or
 * a public one). A gateway is never trusted: every body is checked against its CID before it
 * is returned (raw blocks by sha256, UnixFS files by importing the bytes again with the same
 * settings as lib/storage and comparing CIDs), and a mismatch throws ContentMismatchError.
 */
export function createGatewayFetcher(gatewayUrl: string, options: GatewayFetcherOptions = {}): ContentFetcher {
  const base = new URL(gatewayUrl.endsWith("/") ? gatewayUrl : `${gatewayUrl}/`);
  const maxBytes = options.maxBytes ?? 128 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? fetch;
  const source = `gateway ${base.origin}`;
  return {
    async get(cid) {
      if (!/^[a-zA-Z0-9]{1,256}$/.test(cid)) throw new ContentUnavailableError(cid, "not a CID");
      const url = new URL(`ipfs/${cid}`, base);
      let response: Response;
      try {
        response = await doFetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: "application/octet-stream, */*" } });
      } catch (cause) {
        throw new ContentUnavailableError(cid, `${source} did not answer (${(cause as Error).message})`, cause);
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new ContentUnavailableError(cid, `${source} answered HTTP ${response.status}${response.status === 404 ? " (not found)" : ""}`);
      }
      const bytes = await readLimited(response, cid, maxBytes);
      const check = await checkBytesMatchCid(cid, bytes);
      if (!check.ok) {
        if (check.unsupported) throw new ContentUnavailableError(cid, `cannot be checked: ${check.problem}`);
        throw new ContentMismatchError(cid, check.problem, source);
      }
      return bytes;
    },
  };
}
