import type { Database } from "@/lib/db/database";

/** The fields of a test Token row that a test chooses; the rest are fixed. */
export interface TokenRowFields {
  /** The metadata's digest; by default a placeholder unique to the token. */
  metadataDigest?: string;
  /** The title the index read from the metadata, if any. */
  title?: string | null;
  /** When the index read the metadata, if it has. */
  metadataReadAt?: Date | null;
}

/** A 32-byte hex value made of `n`, for the row's hashes. */
const hash = (n: number) => `0x${n.toString(16).padStart(64, "0")}`;

/**
 * Writes a Token row as the indexer writes it from ArtworkMinted: token `tokenId`, minted
 * at 2026-12-08T03:00Z in block `tokenId`, with hashes unique to it and fixed contributor,
 * trainer, splitter and owner.
 */
export async function insertTokenRow(prisma: Database["prisma"], tokenId: number, { metadataDigest = hash(5000 + tokenId), ...fields }: TokenRowFields = {}): Promise<void> {
  await prisma.token.create({
    data: {
      tokenId: String(tokenId),
      contentHash: hash(1000 + tokenId),
      recordHash: hash(2000 + tokenId),
      modelHash: hash(3000),
      metadataDigest,
      contributor: "0x00000000000000000000000000000000000000a1",
      trainer: "0x00000000000000000000000000000000000000b2",
      splitter: "0x00000000000000000000000000000000000000c3",
      royaltyBps: 1000,
      owner: "0x00000000000000000000000000000000000000a1",
      mintedAt: new Date("2026-12-08T03:00:00.000Z"),
      mintBlock: BigInt(tokenId),
      txHash: hash(4000 + tokenId),
      ...fields,
    },
  });
}
