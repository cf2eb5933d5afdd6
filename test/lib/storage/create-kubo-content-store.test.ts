import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { DependencyError } from "@/lib/errors/dependency-error";
import {
  ContentNotAFileError,
  ContentNotFoundError,
  InvalidCidError,
} from "@/lib/storage/content-store-error";
import { createKuboContentStore } from "@/lib/storage/create-kubo-content-store";
import { AGENT_VERSION, PEER_ID, startFakeKubo, type FakeKubo } from "./fake-kubo";

const HELLO = new TextEncoder().encode("hello world\n");
const HELLO_CID = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";
const ABSENT_CID = "bafkreic22obqjnjvykmh3pjemv6buenyqsme75qa3hzytxvq2ttdj7xhsi";

// A unit test of the adapter: no Kubo binary can be had here, so a small HTTP server
// answers the RPC calls the adapter makes, and the tests check those calls exactly.
describe("createKuboContentStore", () => {
  let kubo: FakeKubo;

  beforeEach(async () => {
    kubo = await startFakeKubo();
  });

  afterEach(async () => {
    await kubo.close();
  });

  test("default: add posts the bytes with Kubo's CIDv1 import settings and returns the CID", async () => {
    const store = createKuboContentStore({ apiUrl: kubo.apiUrl });
    expect(store.kind).toBe("kubo");
    expect(await store.add(HELLO)).toEqual({ cid: HELLO_CID, size: 12 });
    expect(kubo.requests).toEqual([
      {
        method: "POST",
        path: "/api/v0/add",
        query: [
          ["stream-channels", "true"],
          ["cid-version", "1"],
          ["raw-leaves", "true"],
          ["chunker", "size-262144"],
          ["pin", "true"],
          ["progress", "false"],
        ],
        contentType: expect.stringMatching(/^multipart\/form-data; boundary=/),
        file: HELLO,
      },
    ]);
  });

  test("default: get reads the content with cat", async () => {
    kubo.blocks.set(HELLO_CID, HELLO);
    const store = createKuboContentStore({ apiUrl: kubo.apiUrl });
    const bytes = await store.get(HELLO_CID);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).toString("utf8")).toBe("hello world\n");
    expect(kubo.requests).toEqual([
      { method: "POST", path: "/api/v0/cat", query: [["arg", HELLO_CID]], contentType: undefined },
    ]);
  });

  test("behavior: has asks only what the node holds (offline), for one byte", async () => {
    kubo.blocks.set(HELLO_CID, HELLO);
    const store = createKuboContentStore({ apiUrl: kubo.apiUrl });
    expect(await store.has(HELLO_CID)).toBe(true);
    expect(await store.has(ABSENT_CID)).toBe(false);
    expect(kubo.requests.map(({ path, query }) => ({ path, query }))).toEqual([
      { path: "/api/v0/cat", query: [["offline", "true"], ["length", "1"], ["arg", HELLO_CID]] },
      { path: "/api/v0/cat", query: [["offline", "true"], ["length", "1"], ["arg", ABSENT_CID]] },
    ]);
  });

  test("default: ping reports the node's version and peer id", async () => {
    const store = createKuboContentStore({ apiUrl: kubo.apiUrl });
    expect(await store.ping()).toEqual({ ok: true, detail: `${AGENT_VERSION} at ${kubo.apiUrl}, peer ${PEER_ID}` });
    expect(kubo.requests.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
      { method: "POST", path: "/api/v0/id", query: [] },
    ]);
  });

  test("error: content the node cannot find in time is DependencyError TIMEOUT", async () => {
    const store = createKuboContentStore({ apiUrl: kubo.apiUrl, timeoutMs: 300 });
    const error = await store.get(ABSENT_CID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DependencyError);
    expect(error).toMatchObject({
      code: "TIMEOUT",
      message: `Kubo at ${kubo.apiUrl} did not answer cat within 300 ms`,
      details: { apiUrl: kubo.apiUrl, request: "cat", cid: ABSENT_CID },
    });
  });

  test("error: a \"not found\" answer from Kubo is ContentNotFoundError", async () => {
    // What a node that cannot search the network (Routing.Type "none", or --offline) answers.
    kubo.unfindable.add(ABSENT_CID);
    const store = createKuboContentStore({ apiUrl: kubo.apiUrl });
    const error = await store.get(ABSENT_CID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentNotFoundError);
    expect(error).toMatchObject({
      code: "NOT_FOUND",
      message: `No content with CID ${ABSENT_CID}`,
      details: { cid: ABSENT_CID, reason: "not-found" },
      cause: expect.objectContaining({
        message: `block was not found locally (offline): ipld: could not find ${ABSENT_CID}`,
      }),
    });
  });

  test("error: a directory's CID is ContentNotAFileError", async () => {
    kubo.directories.add(ABSENT_CID);
    const store = createKuboContentStore({ apiUrl: kubo.apiUrl });
    const error = await store.get(ABSENT_CID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentNotAFileError);
    expect(error).toMatchObject({ code: "INPUT_INVALID", message: `CID ${ABSENT_CID} is a directory, not a file` });
  });

  test("error: a malformed CID is InvalidCidError, and nothing is sent", async () => {
    const store = createKuboContentStore({ apiUrl: kubo.apiUrl });
    await expect(store.get("nope")).rejects.toBeInstanceOf(InvalidCidError);
    await expect(store.has("nope")).rejects.toBeInstanceOf(InvalidCidError);
    expect(kubo.requests).toEqual([]);
  });

  test("error: a node that is not running is DependencyError STORAGE_UNAVAILABLE, and ping says so", async () => {
    await kubo.close();
    const store = createKuboContentStore({ apiUrl: kubo.apiUrl });
    const error = await store.add(HELLO).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DependencyError);
    expect(error).toMatchObject({
      code: "STORAGE_UNAVAILABLE",
      message: `Kubo at ${kubo.apiUrl} failed add: fetch failed`,
      details: { apiUrl: kubo.apiUrl, request: "add" },
    });
    await expect(store.has(HELLO_CID)).rejects.toMatchObject({ code: "STORAGE_UNAVAILABLE" });
    expect(await store.ping()).toEqual({ ok: false, detail: `Kubo at ${kubo.apiUrl} failed id: fetch failed` });
    // Reopen something for afterEach to close.
    kubo = await startFakeKubo();
  });
});

