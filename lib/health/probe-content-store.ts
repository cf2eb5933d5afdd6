import { describeError } from "./describe-error";
import { withTimeout } from "./with-timeout";

/** What the content-store probe needs (a subset of lib/storage's ContentStore). */
export interface ContentStoreProbeTarget {
  /** "local" (blockstore in the data directory) or "kubo" (a Kubo node's RPC API). */
  kind: string;
  /** Checks the store answers; `detail` says what was checked or what failed. */
  ping(): Promise<{ ok: boolean; detail: string }>;
}

/** Health of the content store. */
export interface ContentStoreHealth {
  ok: boolean;
  kind?: string;
  /** What the store's ping checked (a directory, a node's version). */
  detail?: string;
  error?: string;
}

/** Opens (or reuses) the content store and pings it, within `timeoutMs`. */
export async function probeContentStore(
  open: () => Promise<ContentStoreProbeTarget>,
  timeoutMs: number,
): Promise<ContentStoreHealth> {
  let kind: string | undefined;
  try {
    return await withTimeout("the content store", timeoutMs, async () => {
      const store = await open();
      kind = store.kind;
      const { ok, detail } = await store.ping();
      return ok ? { ok, kind, detail } : { ok, kind, error: detail };
    });
  } catch (error) {
    return { ok: false, ...(kind === undefined ? {} : { kind }), error: describeError(error) };
  }
}
