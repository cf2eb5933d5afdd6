/** A later bid must beat the current one by this much, in basis points (AuctionHouse.MIN_INCREMENT_BPS). */
export const MIN_INCREMENT_BPS = 1_000n;

/**
 * The lowest bid the AuctionHouse accepts next (its `minimumBid`): the reserve before the
 * first bid, then the current bid plus 10%, and at least one wei more.
 */
export function minimumBid({ reserve, highestBid }: { reserve: bigint; highestBid: bigint | null }): bigint {
  if (highestBid === null) return reserve;
  const step = (highestBid * MIN_INCREMENT_BPS) / 10_000n;
  return highestBid + (step === 0n ? 1n : step);
}
