import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCid } from "@/lib/storage/compute-cid";
import { ContentMismatchError, ContentUnavailableError } from "@/lib/provenance/verify/content-errors";
import { createGatewayFetcher } from "@/lib/provenance/verify/create-gateway-fetcher";

/** What the test gateway serves, by path after /prefix/ipfs/. */
const served = new Map<string, Uint8Array>();
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const cid = /^\/prefix\/ipfs\/([A-Za-z0-9]+)$/.exec(request.url ?? "")?.[1];
    const bytes = cid ? served.get(cid) : undefined;
    if (!bytes) return void response.writeHead(404).end();
    response.writeHead(200).end(Buffer.from(bytes));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prefix`;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

async function serve(bytes: Uint8Array, under?: string): Promise<string> {
  const { cid } = await computeCid(bytes);
  served.set(under ?? cid, bytes);
  return cid;
}

async function caught(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("createGatewayFetcher", () => {
  it("default: returns a raw block whose sha256 matches its CID (gateway URL with a path)", async () => {
    const bytes = new TextEncoder().encode('{"hello":"world"}');
    const cid = await serve(bytes);
    expect(cid.startsWith("bafkrei")).toBe(true);
    expect(await createGatewayFetcher(base).get(cid)).toEqual(bytes);
    expect(await createGatewayFetcher(`${base}/`).get(cid)).toEqual(bytes);
  });

  it("behavior: checks a multi-block UnixFS file by importing it again with the store's settings", async () => {
    const bytes = new Uint8Array(randomBytes(700_000));
    const cid = await serve(bytes);
    expect(cid.startsWith("bafybei")).toBe(true);
    const got = await createGatewayFetcher(base).get(cid);
    // Buffer.equals: a deep toEqual over 700 KB blocks the event loop for seconds.
    expect(Buffer.from(got).equals(bytes)).toBe(true);
  });

  it("error: wrong bytes for a raw CID or a UnixFS CID throw ContentMismatchError", async () => {
    const cid = await computeCid(new TextEncoder().encode("the real record")).then((r) => r.cid);
    served.set(cid, new TextEncoder().encode("a forged record"));
    const raw = await caught(() => createGatewayFetcher(base).get(cid));
    expect(raw).toBeInstanceOf(ContentMismatchError);
    expect((raw as Error).message).toMatch(new RegExp(`^gateway http://127\\.0\\.0\\.1:\\d+ returned bytes for ${cid} that hash to sha256 0x[0-9a-f]{64}, not the CID's 0x[0-9a-f]{64}$`));
    const big = new Uint8Array(randomBytes(300_000));
    const bigCid = (await computeCid(big)).cid;
    const forged = big.slice();
    forged[299_999] ^= 1;
    served.set(bigCid, forged);
    const dag = await caught(() => createGatewayFetcher(base).get(bigCid));
    expect(dag).toBeInstanceOf(ContentMismatchError);
    expect((dag as Error).message).toMatch(/that import as UnixFS to bafybei[a-z2-7]+, not bafybei/);
  });

  it("error: missing, oversized, unreachable and uncheckable content is ContentUnavailableError", async () => {
    const absent = (await computeCid(new TextEncoder().encode("never served"))).cid;
    expect(await caught(() => createGatewayFetcher(base).get(absent))).toMatchObject({ name: "ContentUnavailableError", problem: expect.stringMatching(/answered HTTP 404 \(not found\)$/) });
    const cid = await serve(new Uint8Array(2048));
    expect(await caught(() => createGatewayFetcher(base, { maxBytes: 1024 }).get(cid))).toMatchObject({ problem: "the body exceeds the 1024-byte limit" });
    expect(await caught(() => createGatewayFetcher("http://127.0.0.1:1").get(cid))).toBeInstanceOf(ContentUnavailableError);
    served.set("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", new Uint8Array(1));
    expect(await caught(() => createGatewayFetcher(base).get("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"))).toMatchObject({
      problem: "cannot be checked: a CIDv0 cannot be re-derived with CIDv1 import settings",
    });
    expect(await caught(() => createGatewayFetcher(base).get("../../etc/passwd"))).toMatchObject({ problem: "not a CID" });
  });
});
