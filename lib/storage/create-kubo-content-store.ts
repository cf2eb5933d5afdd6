import { create, type AddOptions, type CatOptions } from "kubo-rpc-client";
import { DependencyError } from "@/lib/errors/dependency-error";
import { concatBytes } from "./concat-bytes";
import type { ContentStore } from "./content-store";
import { ContentNotAFileError, ContentNotFoundError } from "./content-store-error";
import { parseCid } from "./parse-cid";
import { CHUNK_SIZE_BYTES } from "./unixfs-import-options";

export interface CreateKuboContentStoreParameters {
  /** Kubo's RPC API, e.g. http://127.0.0.1:5001 (never its gateway). */
  apiUrl: string;
  /** Longest wait for one request; a CID nobody provides would otherwise be searched for forever. */
  timeoutMs?: number;
}

/** The import settings sent with every add, so Kubo computes the CIDs computeCid does. */
const ADD_OPTIONS = {
  cidVersion: 1,
  rawLeaves: true,
  // Explicit: a node configured with another import profile (1 MiB chunks) would otherwise
  // give the same bytes another CID than the local store. Kubo's 174 links per node cannot
  // be set per request; it only matters for files over 44 MiB.
  chunker: `size-${CHUNK_SIZE_BYTES}`,
  pin: true,
} as const satisfies AddOptions;

/**
 * Content store on a Kubo node (or a cluster's Kubo API) through its RPC API: add pins the
 * content there, get reads it with `cat` (Kubo checks each block's hash itself), has looks
 * only at what the node holds, and ping asks the node who it is.
 */
export function createKuboContentStore({ apiUrl, timeoutMs = 30_000 }: CreateKuboContentStoreParameters): ContentStore {
  const client = create({ url: apiUrl });
  const request = async <T>(what: string, cid: string | undefined, fn: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    try {
      return await fn(AbortSignal.timeout(timeoutMs));
    } catch (error) {
      throw toStoreError(error, { apiUrl, what, cid, timeoutMs });
    }
  };

  return {
    kind: "kubo",

    async add(bytes) {
      const result = await request("add", undefined, (signal) => client.add(bytes, { ...ADD_OPTIONS, signal }));
      return { cid: result.cid.toString(), size: bytes.length };
    },

    async get(cidString) {
      const cid = parseCid(cidString);
      return request("cat", cidString, async (signal) => {
        const chunks: Uint8Array[] = [];
        for await (const chunk of client.cat(cid, { signal })) chunks.push(chunk);
        return concatBytes(chunks);
      });
    },

    async has(cidString) {
      const cid = parseCid(cidString);
      // `offline` keeps Kubo from searching the network: has() asks what the node holds.
      // One byte is enough to know the root block (and the first leaf) are there.
      const options: CatOptions & { offline: boolean } = { offline: true, length: 1 };
      try {
        await request("cat", cidString, async (signal) => {
          for await (const _ of client.cat(cid, { ...options, signal }));
        });
        return true;
      } catch (error) {
        if (error instanceof ContentNotFoundError) return false;
        throw error;
      }
    },

    async ping() {
      try {
        const { id, agentVersion } = await client.id({ signal: AbortSignal.timeout(timeoutMs) });
        return { ok: true, detail: `${agentVersion} at ${apiUrl}, peer ${id.toString()}` };
      } catch (error) {
        return { ok: false, detail: toStoreError(error, { apiUrl, what: "id", timeoutMs }).message };
      }
    },
  };
}

interface RequestContext {
  apiUrl: string;
  what: string;
  cid?: string;
  timeoutMs: number;
}

/** Kubo's answers and transport failures as this project's errors. */
function toStoreError(error: unknown, { apiUrl, what, cid, timeoutMs }: RequestContext): Error {
  const message = error instanceof Error ? error.message : String(error);
  const details = { apiUrl, request: what, ...(cid === undefined ? {} : { cid }) };
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return new DependencyError({
      code: "TIMEOUT",
      message: `Kubo at ${apiUrl} did not answer ${what} within ${timeoutMs} ms`,
      details,
      cause: error,
    });
  }
  // Kubo answers an unknown block with "... not found ..." (e.g. "block was not found
  // locally (offline)") and a directory given to cat with "this dag node is a directory".
  if (cid !== undefined && /not found/i.test(message)) return new ContentNotFoundError(cid, error);
  if (cid !== undefined && /is a directory/i.test(message)) return new ContentNotAFileError(cid, "directory");
  return new DependencyError({
    code: "STORAGE_UNAVAILABLE",
    message: `Kubo at ${apiUrl} failed ${what}: ${message}`,
    details,
    cause: error,
  });
}
