import type { Interface, Result } from "ethers";

/** A contract's custom error, decoded from revert data. */
export interface DecodedRevert {
  name: string;
  args: Result;
}

/**
 * The revert data inside an error from ethers or a wallet, wherever they put it: on the
 * error (`data`), under `error`, `cause`, `info.error` or `data.data` (wallets wrap the
 * node's answer once or twice).
 */
export function findRevertData(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const current = queue.shift() as Record<string, unknown> | null | undefined;
    if (current === null || current === undefined || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const data = current.data;
    if (typeof data === "string" && /^0x[0-9a-fA-F]{8}/.test(data)) return data;
    if (data !== null && typeof data === "object") queue.push(data);
    for (const key of ["error", "cause", "info", "originalError"]) queue.push(current[key]);
  }
  return undefined;
}

/**
 * The custom error a transaction or call reverted with, decoded with `iface`
 * (Interface.parseError), or null when the error carries no revert data the ABI knows.
 */
export function decodeRevert(error: unknown, iface: Interface): DecodedRevert | null {
  const data = findRevertData(error);
  if (data === undefined) return null;
  try {
    const parsed = iface.parseError(data);
    return parsed === null ? null : { name: parsed.name, args: parsed.args };
  } catch {
    return null;
  }
}
