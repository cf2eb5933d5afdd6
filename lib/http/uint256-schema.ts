import { z } from "zod";

/** 2^256 - 1, the largest uint256. */
export const UINT256_MAX = (1n << 256n) - 1n;

/**
 * A uint256 from a request (a token or auction id): a decimal string without leading zeros
 * or a safe non-negative integer, as a bigint from `min` (default 0) to 2^256-1. A value
 * the contracts cannot hold is a 400 here, never a chain call.
 */
export function uint256Schema({ min = 0n, what = "a whole number" }: { min?: bigint; what?: string } = {}) {
  return z
    .union(
      [z.string().regex(/^(0|[1-9]\d{0,77})$/, `must be ${what}: decimal digits without leading zeros`), z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)],
      { error: `must be ${what}: a decimal string or a whole number` },
    )
    .transform((value) => BigInt(value))
    .refine((value) => value >= min && value <= UINT256_MAX, `must be ${what} from ${min} to 2^256-1`);
}
