/** Where a string that no field may hold was found, and why. */
export interface IllFormedString {
  /** Path of the value (or of the key itself) from the root, e.g. `["split", 0, "role"]`. */
  path: (string | number)[];
  reason: string;
}

/** Why a string may not be accepted, or undefined when it may. */
function problemOf(value: string): string | undefined {
  if (value.includes("\0")) return "contains a NUL character";
  // String.prototype.isWellFormed is in Node 20 (ES2024); TypeScript's lib here is ES2023.
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed()) return "contains a lone UTF-16 surrogate (not valid Unicode text)";
  return undefined;
}

/** A value to visit, with the way back to the root (a linked list, so deep bodies cost O(depth)). */
interface Visit {
  value: unknown;
  key: string | number | undefined;
  parent: Visit | undefined;
}

function pathOf(visit: Visit, last?: string): (string | number)[] {
  const path: (string | number)[] = last === undefined ? [] : [last];
  for (let at: Visit | undefined = visit; at !== undefined && at.key !== undefined; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Finds the first string in `value` (walked through arrays and plain objects, keys
 * included) that holds a NUL character or a lone UTF-16 surrogate: text that the database,
 * the canonical JSON of records and the signing code cannot all store the same way.
 * Walks with an explicit stack and parent links, so a deeply nested body can neither
 * overflow the call stack nor cost more than its size.
 */
export function findIllFormedString(value: unknown): IllFormedString | undefined {
  const stack: Visit[] = [{ value, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const current = visit.value;
    if (typeof current === "string") {
      const reason = problemOf(current);
      if (reason !== undefined) return { path: pathOf(visit), reason };
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) stack.push({ value: current[i], key: i, parent: visit });
    } else if (current !== null && typeof current === "object") {
      const keys = Object.keys(current);
      for (const key of keys) {
        const reason = problemOf(key);
        if (reason !== undefined) return { path: pathOf(visit, key), reason: `has a field name that ${reason}` };
      }
      for (let i = keys.length - 1; i >= 0; i -= 1) stack.push({ value: (current as Record<string, unknown>)[keys[i]!], key: keys[i]!, parent: visit });
    }
  }
  return undefined;
}
