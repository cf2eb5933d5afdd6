/** One entry of a split, as SplitterShare stores it. */
export interface SplitEntry {
  position: number;
  account: string;
  bps: number;
}

/** Parameters of {@link splitterOwed}. */
export interface SplitterOwedParameters {
  /** The split in contract order. */
  shares: readonly SplitEntry[];
  /** What distributions credited to `account` and it has not withdrawn, in wei. */
  credit: bigint;
  /** ETH the splitter holds that no distribution has divided yet, in wei. */
  undistributed: bigint;
  /** Lowercase address. */
  account: string;
}

/**
 * What RoyaltySplitter.owed(ETH, account) answers: the account's credit plus its share of
 * the income not yet divided, each entry floor(income * bps / 10,000) and the rounding
 * dust to the first entry, exactly as the contract divides it.
 */
export function splitterOwed({ shares, credit, undistributed, account }: SplitterOwedParameters): bigint {
  if (undistributed <= 0n) return credit;
  let owed = credit;
  let given = 0n;
  for (const share of shares) {
    const part = (undistributed * BigInt(share.bps)) / 10_000n;
    given += part;
    if (share.account === account) owed += part;
  }
  const first = [...shares].sort((x, y) => x.position - y.position)[0];
  if (first?.account === account) owed += undistributed - given;
  return owed;
}
