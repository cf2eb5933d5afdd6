import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { base32upper } from "multiformats/bases/base32";
import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-gateway-"));
process.env.COLOPHON_DATA_DIR = dataDir;

const { GET } = await import("@/app/ipfs/[cid]/route");
const { getRuntime } = await import("@/lib/runtime/get-runtime");

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]);
const JSON_BYTES = new TextEncoder().encode('{"a":1,"b":[true,null]}');
const PLAIN = new TextEncoder().encode("<html><script>alert(1)</script></html>");
/** sha256 of "absent": a well-formed CID the store has never seen. */
const ABSENT_CID = "bafkreic22obqjnjvykmh3pjemv6buenyqsme75qa3hzytxvq2ttdj7xhsi";

function get(cid: string, headers: Record<string, string> = {}): Promise<Response> {
  return GET(new Request(`http://localhost/ipfs/${encodeURIComponent(cid)}`, { headers }), {
    params: Promise.resolve({ cid }),
  });
}

/** Where blockstore-fs keeps a block: `<dir>/<last 2 chars>/<base32upper multihash>.data`. */
function blockFile(cid: string): string {
  const name = base32upper.encode(CID.parse(cid).multihash.bytes);
  return path.join(dataDir, "ipfs", "blocks", name.slice(-2), `${name}.data`);
}

beforeAll(async () => {
  await getRuntime().contentStore();
});

afterAll(async () => {
  await getRuntime().close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("GET /ipfs/:cid", () => {
  test("default: serves a PNG with its type, the CID as ETag and an immutable cache header", async () => {
    const { cid } = await (await getRuntime().contentStore()).add(PNG);
    const response = await get(cid);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("etag")).toBe(`"${cid}"`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  test("behavior: JSON is served as application/json", async () => {
    const { cid } = await (await getRuntime().contentStore()).add(JSON_BYTES);
    const response = await get(cid);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ a: 1, b: [true, null] });
  });

  test("behavior: anything else (even HTML) is application/octet-stream", async () => {
    const { cid } = await (await getRuntime().contentStore()).add(PLAIN);
    const response = await get(cid);
    expect(response.headers.get("content-type")).toBe("application/octet-stream");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PLAIN);
  });

  test("behavior: a matching If-None-Match gets 304 without a body", async () => {
    const { cid } = await (await getRuntime().contentStore()).add(PNG);
    const response = await get(cid, { "if-none-match": `W/"other", "${cid}"` });
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(`"${cid}"`);
    expect(await response.text()).toBe("");
  });

  test("error: an invalid CID is a 400 naming the field", async () => {
    const response = await get("not-a-cid");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("INPUT_INVALID");
    expect(body.error.details).toMatchObject({ field: "cid", reason: "is not a CID" });
  });

  test.each([
    ["an identity CID (bytes chosen by whoever wrote the URL)", CID.createV1(0x55, identity.digest(new TextEncoder().encode("<script>alert(1)</script>"))), "hash identity is not supported (only sha2-256 content is stored)"],
    ["an identity dag-pb root", CID.createV1(0x70, identity.digest(new Uint8Array([0x0a, 0x02, 0x08, 0x01]))), "hash identity is not supported (only sha2-256 content is stored)"],
    ["a libp2p-key codec", CID.createV1(0x72, identity.digest(new Uint8Array(36))), "codec 0x72 is not supported (only raw and dag-pb content is stored)"],
  ])("error: %s is a 400 with the reason, never served", async (_name, cid, reason) => {
    const response = await get(cid.toString());
    expect({ status: response.status, details: (await response.json()).error.details }).toEqual({ status: 400, details: { field: "cid", reason } });
  });

  test("error: an invalid CID with If-None-Match is still a 400", async () => {
    const response = await get("not-a-cid", { "if-none-match": '"not-a-cid"' });
    expect(response.status).toBe(400);
  });

  test("error: a CID the store does not have is a 404", async () => {
    const response = await get(ABSENT_CID);
    expect(response.status).toBe(404);
    const body = await response.json();
    expect(body.error).toMatchObject({ code: "NOT_FOUND", details: { cid: ABSENT_CID } });
  });

  test("error: a block whose bytes do not match its hash is a 502 naming it, and no bytes are served", async () => {
    const bytes = new TextEncoder().encode("soon to be damaged on disk");
    const { cid } = await (await getRuntime().contentStore()).add(bytes);
    const file = blockFile(cid);
    const damaged = fs.readFileSync(file);
    damaged[0] = damaged[0]! ^ 0xff;
    fs.writeFileSync(file, damaged);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await get(cid);
    // A 5xx is logged in full for the operator.
    expect(logged).toHaveBeenCalledWith(expect.stringContaining("[CONTENT_CORRUPT]"), expect.anything());
    logged.mockRestore();
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.error).toEqual({
      code: "CONTENT_CORRUPT",
      message: `Content ${cid} is corrupt: block ${cid} does not match its hash`,
      details: { cid, blockCid: cid, reason: "corrupt", problem: "does not match its hash" },
    });
  });

  test("error: a file with an inner block missing is a 502 naming the missing block", async () => {
    // Two chunks of 256 KiB and a bit: a root node with three raw leaves.
    const big = new Uint8Array(600_000).map((_, i) => (i * 31) % 251);
    const { cid } = await (await getRuntime().contentStore()).add(big);
    const leaf = await (async () => {
      const { importBytes } = await import("ipfs-unixfs-importer");
      const { unixfsImportOptions } = await import("@/lib/storage/unixfs-import-options");
      const leaves: string[] = [];
      await importBytes(big, { put: async (c: CID) => (c.code === 0x55 && leaves.push(c.toString()), c) } as never, unixfsImportOptions);
      return leaves[1]!;
    })();
    fs.rmSync(blockFile(leaf));
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await get(cid);
    logged.mockRestore();
    expect(response.status).toBe(502);
    const body = await response.json();
    expect(body.error.code).toBe("CONTENT_CORRUPT");
    expect(body.error.details).toEqual({ cid, blockCid: leaf, reason: "corrupt", problem: "is missing" });
  });
});
