/**
 * Memoises an async opener: the first call starts it, later calls share its promise. A
 * failure is not remembered, so the next call tries again: a database still locked by the
 * start script, or a chain node still starting, is picked up once it is ready.
 */
export function lazy<T>(open: () => Promise<T>): { get(): Promise<T>; peek(): Promise<T> | undefined } {
  let pending: Promise<T> | undefined;
  return {
    get() {
      if (pending === undefined) {
        const attempt = open();
        pending = attempt;
        attempt.catch(() => {
          if (pending === attempt) pending = undefined;
        });
      }
      return pending;
    },
    /** The promise of the open in progress or done, without starting one. */
    peek: () => pending,
  };
}
