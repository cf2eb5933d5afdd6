import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { openContentStore } from "@/lib/storage/open-content-store";
import { AGENT_VERSION, startFakeKubo, type FakeKubo } from "./fake-kubo";

const HELLO = new TextEncoder().encode("hello world\n");
const HELLO_CID = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";

describe("openContentStore", () => {
  let dataDir: string | undefined;
  let kubo: FakeKubo | undefined;

  afterEach(async () => {
    if (dataDir !== undefined) fs.rmSync(dataDir, { recursive: true, force: true });
    dataDir = undefined;
    await kubo?.close();
    kubo = undefined;
  });

  test("default: with a data directory, a local store keeping blocks in <dataDir>/ipfs/blocks", async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-data-"));
    const store = await openContentStore({ dataDir });
    const blocksDir = path.join(dataDir, "ipfs", "blocks");
    expect(store.kind).toBe("local");
    expect(fs.statSync(blocksDir).isDirectory()).toBe(true);
    expect(await store.add(HELLO)).toEqual({ cid: HELLO_CID, size: 12 });
    expect(await store.ping()).toEqual({ ok: true, detail: `blocks in ${blocksDir}` });
  });

  test("behavior: a relative data directory is resolved against the working directory", async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-data-"));
    const store = await openContentStore({ dataDir: path.relative(process.cwd(), dataDir) });
    expect(await store.ping()).toEqual({ ok: true, detail: `blocks in ${path.join(dataDir, "ipfs", "blocks")}` });
  });

  test("behavior: the blocks survive a new store on the same directory", async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-data-"));
    await (await openContentStore({ dataDir })).add(HELLO);
    const reopened = await openContentStore({ dataDir });
    expect(Buffer.from(await reopened.get(HELLO_CID)).toString("utf8")).toBe("hello world\n");
  });

  test("default: with a Kubo RPC URL, a Kubo store talking to that node", async () => {
    kubo = await startFakeKubo();
    const store = await openContentStore({ kuboApiUrl: kubo.apiUrl });
    expect(store.kind).toBe("kubo");
    expect(await store.add(HELLO)).toEqual({ cid: HELLO_CID, size: 12 });
    expect((await store.ping()).detail).toMatch(new RegExp(`^${AGENT_VERSION} at ${kubo.apiUrl}, peer `));
    expect(kubo.requests.map((request) => request.path)).toEqual(["/api/v0/add", "/api/v0/id"]);
  });
});
