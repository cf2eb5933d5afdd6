import { encodeBytes32String, getAddress, type TypedDataDomain } from "ethers";

/** One entry of a role-tagged split, as the Artwork contract takes it. */
export interface Share {
  account: string;
  /** bytes32 role id: right-padded ASCII, see {@link roleId}. */
  role: string;
  /** Basis points; a split sums to 10,000. */
  bps: number;
}

/** The mint attestation the server signs and the contributor sends (Artwork.MintRequest). */
export interface MintRequest {
  to: string;
  contributor: string;
  contentHash: string;
  recordHash: string;
  modelHash: string;
  trainer: string;
  metadataDigest: string;
  royaltyBps: number;
  deadline: bigint;
  nonce: bigint;
  shares: Share[];
}

/** Roles the product offers; any non-empty bytes32 is accepted on-chain. */
export const ROLES = ["prompter", "trainer", "model-author", "curator", "platform"] as const;

/** bytes32 id of a role name (right-padded ASCII, readable on any explorer). */
export function roleId(name: string): string {
  return encodeBytes32String(name);
}

/** EIP-712 domain of an Artwork deployment. */
export function artworkDomain(chainId: bigint | number, verifyingContract: string): TypedDataDomain {
  return { name: "Colophon Artwork", version: "1", chainId, verifyingContract };
}

/** EIP-712 types of the mint attestation; must match Artwork.MINT_REQUEST_TYPEHASH exactly. */
export const MINT_REQUEST_TYPES = {
  MintRequest: [
    { name: "to", type: "address" },
    { name: "contributor", type: "address" },
    { name: "contentHash", type: "bytes32" },
    { name: "recordHash", type: "bytes32" },
    { name: "modelHash", type: "bytes32" },
    { name: "trainer", type: "address" },
    { name: "metadataDigest", type: "bytes32" },
    { name: "royaltyBps", type: "uint16" },
    { name: "deadline", type: "uint64" },
    { name: "nonce", type: "uint256" },
    { name: "shares", type: "Share[]" },
  ],
  Share: [
    { name: "account", type: "address" },
    { name: "role", type: "bytes32" },
    { name: "bps", type: "uint16" },
  ],
} as const;

/**
 * The canonical order the contract requires: by account, then role, ascending as unsigned
 * integers. Equal split sets then pack to the same bytes and share one splitter.
 */
export function sortShares(shares: readonly Share[]): Share[] {
  const key = (s: Share) => BigInt(getAddress(s.account));
  return [...shares].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
    const ra = BigInt(a.role);
    const rb = BigInt(b.role);
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  });
}
