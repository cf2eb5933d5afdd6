import { checkBytesMatchCid } from "./check-bytes-match-cid";
import { isContentMismatch } from "./content-errors";
import type { ContentFetcher } from "./types";

/** Bytes checked against their CID, or why there are none. */
export type Fetched =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; status: "fail" | "not-checkable"; reason: string };

/**
 * Gets content by CID and checks it against the CID here too, whatever the fetcher does:
 * wrong bytes are a failure (someone served something else under that CID), missing bytes
 * make the step not checkable.
 */
export async function fetchChecked(content: ContentFetcher, cid: string, what: string, options: { checkCid?: boolean } = {}): Promise<Fetched> {
  let bytes: Uint8Array;
  try {
    bytes = await content.get(cid);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isContentMismatch(error)) return { ok: false, status: "fail", reason: `the content source served wrong bytes for the ${what} (${cid}): ${message}` };
    return { ok: false, status: "not-checkable", reason: `the ${what} (${cid}) could not be fetched: ${message}` };
  }
  // A caller that compares the bytes with an on-chain hash itself says so, for a sharper reason.
  if (options.checkCid === false) return { ok: true, bytes };
  const check = await checkBytesMatchCid(cid, bytes);
  if (!check.ok) {
    if (check.unsupported) return { ok: false, status: "not-checkable", reason: `the ${what} (${cid}) cannot be checked: ${check.problem}` };
    return { ok: false, status: "fail", reason: `the bytes served for the ${what} (${cid}) ${check.problem}` };
  }
  return { ok: true, bytes };
}
