import { shortAddress } from "./format-amount";

/** Parameters of {@link listingOwnerProblem}. */
export interface ListingOwnerProblemParameters {
  tokenId: bigint;
  /** ownerOf(tokenId), or null when the token does not exist. */
  owner: string | null;
  /** The connected account that wants to list it. */
  account: string;
  auctionHouse: string;
}

/**
 * Why `account` cannot list the token, in words, before any transaction is asked for; or
 * undefined when it owns it. The contract refuses the same cases; this spares the person a
 * wallet prompt that can only fail.
 */
export function listingOwnerProblem({ tokenId, owner, account, auctionHouse }: ListingOwnerProblemParameters): string | undefined {
  if (owner === null) return `There is no work #${tokenId}`;
  const holder = owner.toLowerCase();
  if (holder === account.toLowerCase()) return undefined;
  if (holder === auctionHouse.toLowerCase()) return `Work #${tokenId} is already at auction`;
  return `You do not own work #${tokenId}: its owner is ${shortAddress(owner)}. Only the owner can list it`;
}
