import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FsBlockstore } from "blockstore-fs";
import { importer } from "ipfs-unixfs-importer";
import { base32upper } from "multiformats/bases/base32";
import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { ContentStore } from "@/lib/storage/content-store";
import {
  ContentCorruptError,
  ContentNotAFileError,
  ContentNotFoundError,
  InvalidCidError,
} from "@/lib/storage/content-store-error";
import { createLocalContentStore } from "@/lib/storage/create-local-content-store";

const HELLO = new TextEncoder().encode("hello world\n");
const HELLO_CID = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";
/** sha256 of "absent": a well-formed CID this store has never seen. */
const ABSENT_CID = "bafkreic22obqjnjvykmh3pjemv6buenyqsme75qa3hzytxvq2ttdj7xhsi";

/** Where blockstore-fs keeps a block: `<dir>/<last 2 chars>/<base32upper multihash>.data`. */
function blockFile(blocksDir: string, cid: string): string {
  const name = base32upper.encode(CID.parse(cid).multihash.bytes);
  return path.join(blocksDir, name.slice(-2), `${name}.data`);
}

function patterned(length: number): Uint8Array {
  return new Uint8Array(length).map((_, i) => (i * 7 + (i >> 18)) % 251);
}

function countBlocks(blocksDir: string): number {
  return fs.readdirSync(blocksDir, { recursive: true }).filter((file) => String(file).endsWith(".data")).length;
}

/** Imports a big file through a plain blockstore to learn its leaves' CIDs. */
async function leavesOf(bytes: Uint8Array): Promise<string[]> {
  const leaves: string[] = [];
  const recorder = {
    async put(cid: CID) {
      if (cid.code === 0x55) leaves.push(cid.toString());
      return cid;
    },
  };
  for await (const _ of importer([{ content: bytes }], recorder as never, { rawLeaves: true, cidVersion: 1 }));
  return leaves;
}

describe("createLocalContentStore", () => {
  let root: string;
  let blocksDir: string;
  let store: ContentStore;

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-store-"));
    blocksDir = path.join(root, "ipfs", "blocks");
    store = await createLocalContentStore({ blocksDir });
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  test("default: stores hello world under Kubo's CID, as one block file, and reads it back", async () => {
    expect(store.kind).toBe("local");
    expect(await store.add(HELLO)).toEqual({ cid: HELLO_CID, size: 12 });
    expect(fs.readFileSync(blockFile(blocksDir, HELLO_CID))).toEqual(Buffer.from(HELLO));
    const bytes = await store.get(HELLO_CID);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).toString("utf8")).toBe("hello world\n");
  });

  test("behavior: adding the same bytes again gives the same CID and no new blocks", async () => {
    await store.add(HELLO);
    expect(await store.add(HELLO.slice())).toEqual({ cid: HELLO_CID, size: 12 });
    expect(countBlocks(blocksDir)).toBe(1);
  });

  test("behavior: content of several chunks round-trips exactly", async () => {
    const bytes = patterned(4 * 262_144 + 1);
    const { cid, size } = await store.add(bytes);
    expect({ cid, size }).toEqual({ cid: "bafybeiedgfptq2nmv253gqzsmv32bfqc5vbzd3w6q7u5ngt6e722uslrba", size: 1_048_577 });
    // Five raw leaves and the root.
    expect(countBlocks(blocksDir)).toBe(6);
    expect(Buffer.from(await store.get(cid)).equals(Buffer.from(bytes))).toBe(true);
  });

  test("behavior: has() is true for stored content and false for other CIDs", async () => {
    await store.add(HELLO);
    expect(await store.has(HELLO_CID)).toBe(true);
    expect(await store.has(ABSENT_CID)).toBe(false);
  });

  test("behavior: an identity CID carries its bytes and is served without the disk", async () => {
    const cid = CID.createV1(0x55, identity.digest(new TextEncoder().encode("inline")));
    expect(Buffer.from(await store.get(cid.toString())).toString("utf8")).toBe("inline");
    expect(countBlocks(blocksDir)).toBe(0);
  });

  test("error: content the store never had is ContentNotFoundError", async () => {
    const error = await store.get(ABSENT_CID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentNotFoundError);
    expect(error).toMatchObject({
      code: "NOT_FOUND",
      message: `No content with CID ${ABSENT_CID}`,
      details: { cid: ABSENT_CID, reason: "not-found" },
    });
  });

  test("error: a block file changed on disk is ContentCorruptError, not served", async () => {
    await store.add(HELLO);
    fs.writeFileSync(blockFile(blocksDir, HELLO_CID), "hello world!");
    const error = await store.get(HELLO_CID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentCorruptError);
    expect(error).toMatchObject({
      code: "STORAGE_UNAVAILABLE",
      message: `Content ${HELLO_CID} is corrupt: block ${HELLO_CID} does not match its hash`,
      details: { cid: HELLO_CID, blockCid: HELLO_CID, reason: "corrupt", problem: "does not match its hash" },
    });
  });

  test("error: one flipped bit in an inner block of a large file is ContentCorruptError naming that block", async () => {
    const bytes = patterned(3 * 262_144);
    const { cid } = await store.add(bytes);
    const [, second] = await leavesOf(bytes);
    const file = blockFile(blocksDir, second!);
    const damaged = fs.readFileSync(file);
    damaged[1000] ^= 0x01;
    fs.writeFileSync(file, damaged);
    await expect(store.get(cid)).rejects.toMatchObject({
      name: "ContentCorruptError",
      message: `Content ${cid} is corrupt: block ${second} does not match its hash`,
    });
  });

  test("error: an inner block missing from disk is ContentCorruptError, the root being there", async () => {
    const bytes = patterned(3 * 262_144);
    const { cid } = await store.add(bytes);
    const [, , third] = await leavesOf(bytes);
    fs.rmSync(blockFile(blocksDir, third!));
    expect(await store.has(cid)).toBe(true);
    await expect(store.get(cid)).rejects.toMatchObject({
      name: "ContentCorruptError",
      message: `Content ${cid} is corrupt: block ${third} is missing`,
      details: { cid, blockCid: third, reason: "corrupt", problem: "is missing" },
    });
  });

  test("error: a directory's CID is ContentNotAFileError", async () => {
    const blockstore = new FsBlockstore(blocksDir);
    await blockstore.open();
    let directory: CID | undefined;
    for await (const entry of importer([{ path: "folder/hello.txt", content: HELLO }], blockstore)) {
      if (entry.path === "folder") directory = entry.cid;
    }
    const error = await store.get(directory!.toString()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentNotAFileError);
    expect(error).toMatchObject({
      code: "INPUT_INVALID",
      message: `CID ${directory} is a directory, not a file`,
      details: { field: "cid", value: directory!.toString(), reason: "not-a-file", type: "directory" },
    });
  });

  test("error: get and has refuse a malformed CID with InvalidCidError", async () => {
    await expect(store.get("bafy-not-a-cid")).rejects.toBeInstanceOf(InvalidCidError);
    await expect(store.has("bafy-not-a-cid")).rejects.toMatchObject({ code: "INPUT_INVALID" });
  });

  test("default: ping reports the blocks directory", async () => {
    expect(await store.ping()).toEqual({ ok: true, detail: `blocks in ${blocksDir}` });
  });

  test("error: ping reports a blocks directory that has gone, without throwing", async () => {
    fs.rmSync(root, { recursive: true, force: true });
    expect(await store.ping()).toEqual({
      ok: false,
      detail: `cannot use ${blocksDir}: ENOENT: no such file or directory, access '${blocksDir}'`,
    });
  });
});
