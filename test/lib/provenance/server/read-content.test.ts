import { describe, expect, test } from "vitest";
import { ContentMismatchError, ContentUnavailableError } from "@/lib/provenance/verify/content-errors";
import { createStoreContentFetcher } from "@/lib/provenance/server/create-store-content-fetcher";
import { readContent, sniffContentType } from "@/lib/provenance/server/read-content";
import type { ContentStore } from "@/lib/storage/content-store";
import { ContentCorruptError, ContentNotFoundError } from "@/lib/storage/content-store-error";
import { PNG } from "./fixtures";

const CID = "bafkreidvjlguuroeqsqiloxgt7mdunoff4z5dsfswwhrpfbjpkfshu3u7e";

/** A store whose get answers with `get`. */
function storeWith(get: (cid: string) => Promise<Uint8Array>): ContentStore {
  return { kind: "local", get, add: async () => ({ cid: CID, size: 0 }), has: async () => true, ping: async () => ({ ok: true, detail: "" }) };
}

describe("sniffContentType", () => {
  const text = (value: string) => new TextEncoder().encode(value);
  test.each([
    [PNG, "image/png"],
    [text('{"a":1}'), "application/json"],
    [text(' \n[1,2]'), "application/json"],
    [text("{not json"), "application/octet-stream"],
    [text("42"), "application/octet-stream"],
    [text("<svg onload=alert(1)>"), "application/octet-stream"],
    [new Uint8Array([0x7b, 0xff, 0x7d]), "application/octet-stream"],
    [new Uint8Array(), "application/octet-stream"],
  ] as const)("default: %#", (bytes, type) => {
    expect(sniffContentType(bytes)).toBe(type);
  });
});

describe("readContent", () => {
  test("default: the bytes and their type", async () => {
    expect(await readContent({ contentStore: storeWith(async () => PNG), cid: CID })).toEqual({ cid: CID, bytes: PNG, contentType: "image/png" });
  });

  test("error: a corrupt block becomes CONTENT_CORRUPT (502) naming the block", async () => {
    const store = storeWith(async () => {
      throw new ContentCorruptError(CID, "bafkreiblock", "does not match its hash");
    });
    await expect(readContent({ contentStore: store, cid: CID })).rejects.toMatchObject({
      code: "CONTENT_CORRUPT",
      details: { cid: CID, blockCid: "bafkreiblock", reason: "corrupt", problem: "does not match its hash" },
    });
  });

  test("error: an invalid CID is refused before the store is asked", async () => {
    let asked = false;
    const store = storeWith(async () => {
      asked = true;
      return PNG;
    });
    await expect(readContent({ contentStore: store, cid: "Qm-nope" })).rejects.toMatchObject({ code: "INPUT_INVALID", details: { field: "cid" } });
    expect(asked).toBe(false);
  });
});

describe("createStoreContentFetcher", () => {
  test("default: hands the store's (already checked) bytes on", async () => {
    expect(await createStoreContentFetcher(storeWith(async () => PNG)).get(CID)).toBe(PNG);
  });

  test("error: a corrupt block is a mismatch; missing content is unavailable", async () => {
    const corrupt = createStoreContentFetcher(
      storeWith(async () => {
        throw new ContentCorruptError(CID, "bafkreiblock", "is missing");
      }),
    );
    await expect(corrupt.get(CID)).rejects.toBeInstanceOf(ContentMismatchError);
    const missing = createStoreContentFetcher(
      storeWith(async () => {
        throw new ContentNotFoundError(CID);
      }),
    );
    await expect(missing.get(CID)).rejects.toBeInstanceOf(ContentUnavailableError);
    await expect(missing.get(CID)).rejects.toMatchObject({ problem: "not-found" });
  });
});
