import { sha256, Wallet } from "ethers";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Database } from "@/lib/db/database";
import { DependencyError } from "@/lib/errors";
import { fillTokenTitles } from "@/lib/indexer/fill-token-titles";
import { buildMetadata, metadataBytes, metadataDigest } from "@/lib/provenance/build-metadata";
import { cidFromSha256 } from "@/lib/provenance/raw-block-cid";
import { ContentNotFoundError } from "@/lib/storage/content-store-error";
import { openTestDatabase } from "../auth/auth-test-helpers";
import { sampleRecord } from "../provenance/record-fixture";
import { insertTokenRow } from "./insert-token-row";

const NOW = new Date("2026-12-08T03:00:00.000Z");

let db: Database;
let dispose: () => Promise<void>;
beforeAll(async () => {
  ({ db, dispose } = await openTestDatabase());
});
afterAll(() => dispose());
beforeEach(async () => {
  await db.prisma.token.deleteMany();
});

/** A real token metadata document titled `name`, its bytes and digest. */
function metadataTitled(name: string): { bytes: Uint8Array; digest: string } {
  const record = sampleRecord();
  const entry = (address: string) => ({ address, signature: `0x${"11".repeat(65)}` });
  const metadata = buildMetadata({
    record,
    name,
    signatures: { attestor: entry(Wallet.createRandom().address), contributor: entry(record.contributor.address), trainer: entry(record.model.trainer) },
  });
  return { bytes: metadataBytes(metadata), digest: metadataDigest(metadata) };
}

/** A Token row as the indexer writes it from ArtworkMinted, naming `metadataDigest`. */
async function token(tokenId: number, metadataDigest: string) {
  await insertTokenRow(db.prisma, tokenId, { metadataDigest });
}

/** A content store holding `files` by CID; anything else is not found. */
function storeWith(files: Map<string, Uint8Array>) {
  return async (cid: string) => {
    const bytes = files.get(cid);
    if (bytes === undefined) throw new ContentNotFoundError(cid);
    return bytes;
  };
}

async function titles(): Promise<Array<{ tokenId: string; title: string | null; tried: boolean }>> {
  const rows = await db.prisma.token.findMany({ orderBy: { tokenId: "asc" } });
  return rows.map((row) => ({ tokenId: row.tokenId.toFixed(), title: row.title, tried: row.metadataReadAt !== null }));
}

describe("fillTokenTitles", () => {
  test("default: each token's title is its metadata's name, read by the CID of its digest", async () => {
    const dawn = metadataTitled("Calm golden dawn");
    const storm = metadataTitled("Storm over the bay");
    await token(1, dawn.digest);
    await token(2, storm.digest);
    const read: string[] = [];
    const store = storeWith(new Map([[cidFromSha256(dawn.digest), dawn.bytes], [cidFromSha256(storm.digest), storm.bytes]]));
    const result = await fillTokenTitles({ prisma: db.prisma, readContent: (cid) => (read.push(cid), store(cid)), now: NOW });
    expect(result).toEqual({ titled: 2, failed: 0, deferred: false });
    expect(read).toEqual([cidFromSha256(dawn.digest), cidFromSha256(storm.digest)]);
    expect(await titles()).toEqual([
      { tokenId: "1", title: "Calm golden dawn", tried: true },
      { tokenId: "2", title: "Storm over the bay", tried: true },
    ]);
    // Read once: a second call finds nothing to do.
    expect(await fillTokenTitles({ prisma: db.prisma, readContent: store, now: NOW })).toEqual({ titled: 0, failed: 0, deferred: false });
  });

  test("error: bytes that do not match the digest leave the title empty and are logged; the next token is still read", async () => {
    const real = metadataTitled("The real title");
    const forged = metadataTitled("A forged title");
    const good = metadataTitled("Second work");
    await token(1, real.digest);
    await token(2, good.digest);
    const logged: string[] = [];
    const store = storeWith(new Map([[cidFromSha256(real.digest), forged.bytes], [cidFromSha256(good.digest), good.bytes]]));
    expect(await fillTokenTitles({ prisma: db.prisma, readContent: store, log: (line) => logged.push(line), now: NOW })).toEqual({ titled: 1, failed: 1, deferred: false });
    expect(await titles()).toEqual([
      { tokenId: "1", title: null, tried: true },
      { tokenId: "2", title: "Second work", tried: true },
    ]);
    expect(logged).toEqual([`[indexer] token 1: no title: metadata ${cidFromSha256(real.digest)} does not match its digest ${real.digest}`]);
  });

  test("error: missing metadata leaves the title empty, is logged, and is not tried again", async () => {
    const absent = metadataTitled("Nowhere");
    await token(1, absent.digest);
    const logged: string[] = [];
    expect(await fillTokenTitles({ prisma: db.prisma, readContent: storeWith(new Map()), log: (line) => logged.push(line), now: NOW })).toEqual({ titled: 0, failed: 1, deferred: false });
    expect(logged).toEqual([`[indexer] token 1: no title: metadata ${cidFromSha256(absent.digest)} cannot be read: No content with CID ${cidFromSha256(absent.digest)}`]);
    expect(await titles()).toEqual([{ tokenId: "1", title: null, tried: true }]);
  });

  test("error: a document over one block (256 KiB) is refused before it is hashed or parsed", async () => {
    const huge = new Uint8Array(262_145).fill(0x20);
    const digest = sha256(huge);
    await token(1, digest);
    const logged: string[] = [];
    await fillTokenTitles({ prisma: db.prisma, readContent: storeWith(new Map([[cidFromSha256(digest), huge]])), log: (line) => logged.push(line), now: NOW });
    expect(logged).toEqual([`[indexer] token 1: no title: metadata ${cidFromSha256(digest)} is 262145 bytes, over the 262144-byte limit of one block`]);
    expect(await titles()).toEqual([{ tokenId: "1", title: null, tried: true }]);
  });

  test("error: bytes that match the digest but are not token metadata leave the title empty", async () => {
    const notJson = new TextEncoder().encode("not json");
    const noName = new TextEncoder().encode(JSON.stringify({ description: "no name" }));
    await token(1, sha256(notJson));
    await token(2, sha256(noName));
    const logged: string[] = [];
    const store = storeWith(new Map([[cidFromSha256(sha256(notJson)), notJson], [cidFromSha256(sha256(noName)), noName]]));
    expect(await fillTokenTitles({ prisma: db.prisma, readContent: store, log: (line) => logged.push(line), now: NOW })).toEqual({ titled: 0, failed: 2, deferred: false });
    expect(logged[0]).toBe(`[indexer] token 1: no title: metadata ${cidFromSha256(sha256(notJson))} is not UTF-8 JSON`);
    expect(logged[1]).toMatch(new RegExp(`^\\[indexer\\] token 2: no title: metadata ${cidFromSha256(sha256(noName))} is not token metadata \\(`));
    expect(await titles()).toEqual([
      { tokenId: "1", title: null, tried: true },
      { tokenId: "2", title: null, tried: true },
    ]);
  });

  test("behavior: while the content store is down nothing is marked, and the titles are read once it is back", async () => {
    const dawn = metadataTitled("Calm golden dawn");
    await token(1, dawn.digest);
    const logged: string[] = [];
    const down = async () => {
      throw new DependencyError({ code: "STORAGE_UNAVAILABLE", message: "The IPFS node at http://127.0.0.1:5001 does not answer" });
    };
    expect(await fillTokenTitles({ prisma: db.prisma, readContent: down, log: (line) => logged.push(line), now: NOW })).toEqual({ titled: 0, failed: 0, deferred: true });
    expect(logged).toEqual(["[indexer] token 1: no title yet, the content store is unavailable (The IPFS node at http://127.0.0.1:5001 does not answer); trying again later"]);
    expect(await titles()).toEqual([{ tokenId: "1", title: null, tried: false }]);
    await fillTokenTitles({ prisma: db.prisma, readContent: storeWith(new Map([[cidFromSha256(dawn.digest), dawn.bytes]])), now: NOW });
    expect(await titles()).toEqual([{ tokenId: "1", title: "Calm golden dawn", tried: true }]);
  });
});
