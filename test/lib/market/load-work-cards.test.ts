import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/database";
import { loadWorkCards } from "@/lib/market/load-work-cards";
import { openTestDatabase } from "../auth/auth-test-helpers";
import { insertTokenRow } from "../indexer/insert-token-row";

let db: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase());
});
afterAll(() => dispose());

/** A minted token whose metadata the index has read (`title`) or not (null). */
async function token(tokenId: number, title: string | null) {
  await insertTokenRow(db.prisma, tokenId, { title, metadataReadAt: title === null ? null : new Date() });
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
