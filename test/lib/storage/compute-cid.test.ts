import { exporter } from "ipfs-unixfs-exporter";
import { importBytes } from "ipfs-unixfs-importer";
import { CID } from "multiformats/cid";
import { describe, expect, test } from "vitest";
import { computeCid } from "@/lib/storage/compute-cid";
import { unixfsImportOptions } from "@/lib/storage/unixfs-import-options";

/** Deterministic, non-repeating-per-chunk bytes, so every chunk has its own CID. */
function patterned(length: number): Uint8Array {
  return new Uint8Array(length).map((_, i) => (i * 7 + (i >> 18)) % 251);
}

/** Imports into memory and returns the root's links (block sizes and codecs) for inspection. */
async function rootLinks(bytes: Uint8Array) {
  const blocks = new Map<string, Uint8Array>();
  const { cid } = await importBytes(
    bytes,
    {
      async put(key: CID, value: Uint8Array) {
        blocks.set(key.toString(), value);
        return key;
      },
    } as never,
    unixfsImportOptions,
  );
  const store = {
    async *get(key: CID) {
      yield blocks.get(key.toString())!;
    },
  };
  const entry = await exporter(cid, store);
  if (entry.type !== "file") throw new Error(`expected a UnixFS file root, got ${entry.type}`);
  return {
    cid,
    links: entry.node.Links.map((link) => ({ codec: link.Hash.code, tsize: link.Tsize })),
  };
}

describe("computeCid", () => {
  test("default: gives Kubo's CID for `ipfs add --cid-version 1 --raw-leaves` of hello world", async () => {
    expect(await computeCid(new TextEncoder().encode("hello world\n"))).toEqual({
      cid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
      size: 12,
    });
  });

  test("behavior: empty content is the raw block of zero bytes", async () => {
    expect(await computeCid(new Uint8Array())).toEqual({
      cid: "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
      size: 0,
    });
  });

  test("behavior: content of exactly one chunk (256 KiB) is still a single raw block", async () => {
    const { cid } = await computeCid(patterned(262_144));
    expect(CID.parse(cid).code).toBe(0x55);
  });

  test("behavior: larger content is a dag-pb root over raw leaves of 256 KiB", async () => {
    const bytes = patterned(4 * 262_144 + 1);
    const { cid, links } = await rootLinks(bytes);
    expect(cid.code).toBe(0x70);
    expect(links).toEqual([
      { codec: 0x55, tsize: 262_144 },
      { codec: 0x55, tsize: 262_144 },
      { codec: 0x55, tsize: 262_144 },
      { codec: 0x55, tsize: 262_144 },
      { codec: 0x55, tsize: 1 },
    ]);
    // Pinned so that an upgrade of the importer that changed its output would be noticed.
    expect(await computeCid(bytes)).toEqual({
      cid: "bafybeiedgfptq2nmv253gqzsmv32bfqc5vbzd3w6q7u5ngt6e722uslrba",
      size: 1_048_577,
    });
  });

  test("behavior: past 174 chunks the balanced layout adds a level, as Kubo's does", async () => {
    const { links } = await rootLinks(patterned(175 * 262_144));
    // Two dag-pb children: a full node of 174 leaves, and a node holding the one leaf left
    // over (a balanced DAG keeps every leaf at the same depth, as go-unixfs's does).
    expect(links.map((link) => link.codec)).toEqual([0x70, 0x70]);
    expect(links[0]!.tsize).toBeGreaterThan(174 * 262_144);
    expect(links[1]!.tsize).toBeGreaterThan(262_144);
    expect(links[1]!.tsize).toBeLessThan(2 * 262_144);
  });

  test("behavior: computes without storing and equals itself for equal bytes", async () => {
    const bytes = patterned(300_000);
    expect(await computeCid(bytes)).toEqual(await computeCid(bytes.slice()));
  });
});
