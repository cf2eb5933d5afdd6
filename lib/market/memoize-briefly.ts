/**
 * A tiny in-process cache for reads of the index that many people make at once (the
 * gallery, the auction list, an auction everyone watching it polls): for `ttlMs` after a
 * read starts, the same key gets the same promise, so concurrent requests share one trip to
 * the database (PGlite has a single connection) and a burst costs one read. A failed read
 * is forgotten at once. The index itself moves at most once per indexer poll, so an answer
 * is at most `ttlMs` older than the database.
 */
export function memoizeBriefly<T>(ttlMs: number, maxEntries = 256): (key: string, read: () => Promise<T>) => Promise<T> {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return (key, read) => {
    const now = Date.now();
    const hit = entries.get(key);
    if (hit !== undefined && now - hit.at < ttlMs) return hit.value;
    const value = read();
    entries.delete(key);
    entries.set(key, { at: now, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    // Oldest first in a Map: drop from the front.
    while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return value;
  };
}
