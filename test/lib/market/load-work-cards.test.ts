import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/database";
import { loadWorkCards } from "@/lib/market/load-work-cards";
import { openTestDatabase } from "../auth/auth-test-helpers";

let db: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase());
});
afterAll(() => dispose());

const hash = (n: number) => `0x${n.toString(16).padStart(64, "0")}`;

async function token(tokenId: number, title: string | null) {
  await db.prisma.token.create({
    data: {
      tokenId: String(tokenId),
      contentHash: hash(1000 + tokenId),
      recordHash: hash(2000 + tokenId),
      modelHash: hash(3000),
      metadataDigest: hash(5000 + tokenId),
      contributor: "0x00000000000000000000000000000000000000a1",
      trainer: "0x00000000000000000000000000000000000000b2",
      splitter: "0x00000000000000000000000000000000000000c3",
      royaltyBps: 1000,
      owner: "0x00000000000000000000000000000000000000a1",
      mintedAt: new Date("2026-12-08T03:00:00.000Z"),
      mintBlock: BigInt(tokenId),
      txHash: hash(4000 + tokenId),
      title,
      metadataReadAt: title === null ? null : new Date(),
    },
  });
}

describe("loadWorkCards", () => {
  test("behavior: with no kept generation (the database was rebuilt from the chain), the card shows the title the index read from the metadata", async () => {
    await token(1, "Calm golden dawn");
    await token(2, null);
    const cards = await loadWorkCards(db.prisma, ["1", "2"]);
    expect(cards.get("1")?.title).toBe("Calm golden dawn");
    expect(cards.get("2")?.title).toBeNull();
  });
});
