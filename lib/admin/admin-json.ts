/** An attestor key and whether the Artwork contract accepts its attestations. */
export interface AttestorStatus {
  /** Checksummed address of the key. */
  address: string;
  /** isAttestor(address) on the Artwork contract. */
  allowed: boolean;
  /** Whether it is this server's own attestor key (the one that signs its generations). */
  server: boolean;
}

/** Body of GET /api/admin/settings: who owns the contracts and what they are set to. */
export interface AdminSettings {
  chainId: number;
  artwork: {
    address: string;
    owner: string;
    /** This server's key first, then every key the contract's AttestorUpdated events name. */
    attestors: AttestorStatus[];
  };
  auctionHouse: {
    address: string;
    owner: string;
    /** Platform fee, in basis points of the winning bid. */
    feeBps: number;
    feeRecipient: string;
    /** The contract's cap on the fee, in basis points. */
    maxFeeBps: number;
  };
}

/** Body of the POST routes of /api/admin: a transaction for the owner's wallet to send. */
export interface PreparedOwnerTransaction {
  /** Unsigned: the owner's wallet signs and sends it (the server never holds that key). */
  transaction: { to: string; data: string; chainId: number };
  /** What it does, in words, e.g. "Allow 0x… to attest mints". */
  summary: string;
}
