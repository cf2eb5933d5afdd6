import { isError } from "ethers";
import { DependencyError } from "@/lib/errors/dependency-error";

/**
 * Runs a chain read or send. A contract revert (decoded by name from the ABI, or a plain
 * CALL_EXCEPTION) is rethrown for the caller to explain; anything else (a node that does not
 * answer, a dropped connection) becomes CHAIN_UNAVAILABLE (503) saying what was being done.
 */
export async function callChain<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (isError(error, "CALL_EXCEPTION")) throw error;
    throw new DependencyError({
      code: "CHAIN_UNAVAILABLE",
      message: `The chain did not answer while ${what}; try again shortly`,
      details: { what },
      cause: error,
    });
  }
}

/** The custom error name of a revert, when ethers decoded one. */
export function revertName(error: unknown): string | undefined {
  return (error as { revert?: { name?: string } } | null)?.revert?.name ?? undefined;
}
