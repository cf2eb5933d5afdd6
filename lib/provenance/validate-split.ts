import { encodeBytes32String, getAddress, isAddress, ZeroAddress } from "ethers";
import { devAccountRefusal } from "@/lib/chain/dev-accounts";
import { MAX_SPLIT_ENTRIES, TOTAL_BPS } from "./record-schema";

/** Highest royalty the Artwork contract accepts (Artwork.MAX_ROYALTY_BPS). */
export const MAX_ROYALTY_BPS = 2_500;

/** One split entry as a person or a record gives it: a role name, not its bytes32 id. */
export interface SplitEntryLike {
  account: string;
  role: string;
  bps: number;
}

/** One broken rule: where (relative to the split: `[]`, `[1]`, `[1, "account"]`) and why. */
export interface SplitIssue {
  path: Array<string | number>;
  reason: string;
}

/** Options of {@link findSplitIssues}. */
export interface FindSplitIssuesOptions {
  /**
   * The chain the split will be minted on. When given, Hardhat's public dev accounts are
   * refused on any chain but the local dev chain; when left out, that rule is skipped.
   */
  chainId?: number | bigint;
}

function roleIdOrNull(role: string): string | null {
  try {
    return encodeBytes32String(role);
  } catch {
    return null;
  }
}

/**
 * Every rule Artwork.mint applies to a split (SplitCodec.validateAndPack), checked the same
 * way before the server attests it, so a split the server accepts is one the contract
 * accepts:
 * - 1 to 8 entries (`ArtworkSplitLength`);
 * - each entry: a non-zero account, a role whose bytes32 id is non-zero, a non-zero bps
 *   (`ArtworkShareInvalid`); one above 10,000 could only break the sum, so it is named here;
 * - no (account, role) pair twice: the contract wants them strictly ascending, and the
 *   server sorts them, so only a duplicate can break that (`ArtworkSplitUnsorted`);
 * - shares summing to exactly 10,000 bps (`ArtworkSplitSum`).
 *
 * Beyond the contract, with `chainId`: no public dev account off the local dev chain.
 *
 * The split may be in any order (the server sorts it before minting). Issues come in entry
 * order, then the whole-split ones, so the first is the first thing to fix.
 */
export function findSplitIssues(split: readonly SplitEntryLike[], options: FindSplitIssuesOptions = {}): SplitIssue[] {
  const issues: SplitIssue[] = [];
  if (split.length === 0) return [{ path: [], reason: "needs at least one entry" }];
  if (split.length > MAX_SPLIT_ENTRIES) issues.push({ path: [], reason: `has at most ${MAX_SPLIT_ENTRIES} entries` });
  const seen = new Set<string>();
  let sum = 0;
  split.forEach((entry, index) => {
    const accountOk = isAddress(entry.account);
    if (!accountOk) {
      issues.push({ path: [index, "account"], reason: "must be a 0x-prefixed 20-byte address" });
    } else if (getAddress(entry.account) === ZeroAddress) {
      issues.push({ path: [index, "account"], reason: "is the zero address: nobody could withdraw that share, and the contract refuses it" });
    } else if (options.chainId !== undefined) {
      const refusal = devAccountRefusal(entry.account, options.chainId);
      if (refusal !== null) issues.push({ path: [index, "account"], reason: refusal });
    }
    const role = roleIdOrNull(entry.role);
    if (role === null) issues.push({ path: [index, "role"], reason: "must fit in 31 bytes (the contract stores it as a bytes32)" });
    else if (entry.role.length === 0 || /^\0+$/.test(entry.role)) issues.push({ path: [index, "role"], reason: "must not be empty" });
    if (!Number.isInteger(entry.bps) || entry.bps < 1) {
      issues.push({ path: [index, "bps"], reason: "must be at least 1 basis point (leave the entry out instead)" });
    } else if (entry.bps > TOTAL_BPS) {
      issues.push({ path: [index, "bps"], reason: `must be at most ${TOTAL_BPS} basis points` });
    } else {
      sum += entry.bps;
    }
    if (accountOk && role !== null) {
      const key = `${getAddress(entry.account)}/${role}`;
      if (seen.has(key)) issues.push({ path: [index], reason: `${getAddress(entry.account)} appears twice as ${entry.role}; merge the two entries` });
      seen.add(key);
    }
  });
  const allBpsValid = split.every((entry) => Number.isInteger(entry.bps) && entry.bps >= 1 && entry.bps <= TOTAL_BPS);
  if (allBpsValid && sum !== TOTAL_BPS) {
    issues.push({ path: [], reason: `shares sum to ${sum} basis points (${sum / 100}%); they must sum to ${TOTAL_BPS} (100%)` });
  }
  return issues;
}

/** Parameters of {@link findMintTermIssues}. */
export interface MintTermsLike {
  split: readonly SplitEntryLike[];
  royaltyBps: number;
  /** The model's trainer, as the mint request names it. */
  trainer: string;
}

/**
 * {@link findSplitIssues} plus the other terms Artwork.mint checks that a person chooses or a
 * model fixes: the royalty at most MAX_ROYALTY_BPS (`ArtworkRoyaltyTooHigh`) and a non-zero
 * trainer (`ArtworkEmptyField("trainer")`); with `chainId`, no dev-account trainer off the
 * local chain. Split issues are prefixed `split`.
 */
export function findMintTermIssues(terms: MintTermsLike, options: FindSplitIssuesOptions = {}): SplitIssue[] {
  const issues = findSplitIssues(terms.split, options).map((issue) => ({ ...issue, path: ["split", ...issue.path] }));
  if (!Number.isInteger(terms.royaltyBps) || terms.royaltyBps < 0 || terms.royaltyBps > MAX_ROYALTY_BPS) {
    issues.push({
      path: ["royaltyBps"],
      reason: `must be a whole number from 0 to ${MAX_ROYALTY_BPS} basis points (${MAX_ROYALTY_BPS / 100}%), the contract's cap`,
    });
  }
  if (!isAddress(terms.trainer) || getAddress(terms.trainer) === ZeroAddress) {
    issues.push({ path: ["trainer"], reason: "the model's trainer must be a non-zero address" });
  } else if (options.chainId !== undefined) {
    const refusal = devAccountRefusal(terms.trainer, options.chainId);
    if (refusal !== null) issues.push({ path: ["trainer"], reason: refusal });
  }
  return issues;
}
