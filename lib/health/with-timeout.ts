import { DependencyError } from "@/lib/errors";

/**
 * Runs `work` and gives up after `ms` milliseconds with a `TIMEOUT` error that names
 * `what`. The signal passed to `work` is aborted at the deadline, so work that honours it
 * (fetch) stops; work that cannot be cancelled (a hung database handle) is abandoned, and
 * the caller gets its answer on time either way.
 */
export async function withTimeout<T>(
  what: string,
  ms: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new DependencyError({
        code: "TIMEOUT",
        message: `${what} did not answer within ${ms} ms`,
        details: { timeoutMs: ms },
      });
      controller.abort(error);
      reject(error);
    }, ms);
  });
  try {
    // Promise.resolve().then() turns a synchronous throw in `work` into a rejection.
    return await Promise.race([Promise.resolve().then(() => work(controller.signal)), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
