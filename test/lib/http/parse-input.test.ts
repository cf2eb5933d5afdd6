import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { sha256 } from "multiformats/hashes/sha2";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { cidSchema } from "@/lib/http/cid-schema";
import { findMalformedPathSegment } from "@/lib/http/find-malformed-path-segment";
import { idSchema } from "@/lib/http/id-schema";
import { parseInput } from "@/lib/http/parse-input";
import { parseStoredCid } from "@/lib/http/parse-stored-cid";
import { uint256Schema } from "@/lib/http/uint256-schema";

/** The 400's details, or "accepted". */
function detailsOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    expect(error).toMatchObject({ name: "HttpError", code: "INPUT_INVALID" });
    return (error as { details: unknown }).details;
  }
  return "accepted";
}

const bodySchema = z.strictObject({ name: z.string(), tags: z.array(z.string()).optional(), meta: z.record(z.string(), z.string()).optional() });

describe("parseInput", () => {
  test("default: the schema's output", () => {
    expect(parseInput(bodySchema, { name: "a", tags: ["b"] })).toEqual({ name: "a", tags: ["b"] });
  });

  test.each([
    [{ name: "a\u0000b" }, { field: "name", reason: "contains a NUL character" }],
    [{ name: "a\ud800" }, { field: "name", reason: "contains a lone UTF-16 surrogate (not valid Unicode text)" }],
    [{ name: "\udc00a" }, { field: "name", reason: "contains a lone UTF-16 surrogate (not valid Unicode text)" }],
    [{ name: "a", tags: ["ok", "b\u0000"] }, { field: "tags.1", reason: "contains a NUL character" }],
    [{ name: "a", meta: { "k\ud83d": "v" } }, { field: "meta.k\ud83d", reason: "has a field name that contains a lone UTF-16 surrogate (not valid Unicode text)" }],
    ["\u0000", { field: "body", reason: "contains a NUL character" }],
  ])("error: %j is a 400 naming the field", (value, details) => {
    expect(detailsOf(() => parseInput(bodySchema, value))).toEqual(details);
  });

  test("behavior: a well-formed surrogate pair (an emoji) is text like any other", () => {
    expect(parseInput(bodySchema, { name: "\ud83c\udfa8" })).toEqual({ name: "🎨" });
  });

  test("behavior: a prefix names a path parameter; missing and unknown fields read in words", () => {
    expect(detailsOf(() => parseInput(idSchema, "a\u0000", "id"))).toEqual({ field: "id", reason: "contains a NUL character" });
    expect(detailsOf(() => parseInput(bodySchema, {}))).toEqual({ field: "name", reason: "is required" });
    expect(detailsOf(() => parseInput(bodySchema, { name: "a", x: 1 }))).toEqual({ field: "x", reason: "is not a field of this request" });
  });

  test("behavior: a body nested 100,000 deep is refused without overflowing the stack", () => {
    const deep = JSON.parse(`${"[".repeat(100_000)}"\\u0000"${"]".repeat(100_000)}`);
    expect(detailsOf(() => parseInput(z.unknown(), deep))).toMatchObject({ reason: "contains a NUL character" });
  });
});

const RAW = CID.createV1(0x55, await sha256.digest(new TextEncoder().encode("hello")));

describe("strict parsers", () => {
  test("default: CIDs the store writes: CIDv1 raw and dag-pb with sha2-256, CIDv0", async () => {
    expect(parseStoredCid(RAW.toString()).equals(RAW)).toBe(true);
    expect(parseStoredCid(CID.createV1(0x70, RAW.multihash).toString()).code).toBe(0x70);
    expect(parseStoredCid("QmWATWQ7fVPP2EFGu71UkfnqhYXDYH566qy47CnJDgvs8u").version).toBe(0);
    expect(cidSchema.parse(RAW.toString())).toBe(RAW.toString());
  });

  test.each([
    ["a libp2p-key codec", CID.createV1(0x72, RAW.multihash).toString(), "codec 0x72 is not supported (only raw and dag-pb content is stored)"],
    ["an identity dag-pb root", CID.createV1(0x70, identity.digest(new Uint8Array([1, 2, 3]))).toString(), "hash identity is not supported (only sha2-256 content is stored)"],
    ["an identity raw CID", CID.createV1(0x55, identity.digest(new TextEncoder().encode("<script>"))).toString(), "hash identity is not supported (only sha2-256 content is stored)"],
    ["a dag-cbor codec", CID.createV1(0x71, RAW.multihash).toString(), "codec 0x71 is not supported (only raw and dag-pb content is stored)"],
    ["not a CID", "not-a-cid", "is not a CID"],
  ])("error: %s is a 400 with the reason", (_name, cid, reason) => {
    expect(detailsOf(() => parseStoredCid(cid))).toMatchObject({ field: "cid", reason });
  });

  test("error: a blake2b-256 hash is a 400", () => {
    // multihash 0xb220 (blake2b-256), 32-byte digest, varint-encoded by hand.
    const blake = CID.createV1(0x55, { code: 0xb220, size: 32, digest: new Uint8Array(32), bytes: new Uint8Array([0xa0, 0xe4, 0x02, 32, ...new Uint8Array(32)]) });
    expect(detailsOf(() => parseStoredCid(blake.toString()))).toEqual({ field: "cid", reason: "hash 0xb220 is not supported (only sha2-256 content is stored)" });
  });

  test("default: uint256 from 0 to 2^256-1, as a string or a safe integer", () => {
    const schema = uint256Schema({ min: 1n, what: "a token id" });
    expect(schema.parse("1")).toBe(1n);
    expect(schema.parse(7)).toBe(7n);
    expect(schema.parse(((1n << 256n) - 1n).toString())).toBe((1n << 256n) - 1n);
  });

  test.each([[(1n << 256n).toString()], ["9".repeat(78)], ["0"], ["01"], [-1], [1.5], ["1e3"], [Number.MAX_SAFE_INTEGER + 1]])("error: uint256 %j is a 400", (value) => {
    expect(detailsOf(() => parseInput(uint256Schema({ min: 1n, what: "a token id" }), value, "tokenId"))).toMatchObject({ field: "tokenId" });
  });

  test("error: ids hold only letters, digits, - and _", () => {
    expect(parseInput(idSchema, "cm1abc_D-9")).toBe("cm1abc_D-9");
    for (const id of ["", "a/b", "a b", "x".repeat(101), "é"]) expect(detailsOf(() => parseInput(idSchema, id, "id"))).toMatchObject({ field: "id" });
  });

  test("behavior: malformed path segments are found: bad percent-encoding, non-UTF-8 bytes, NUL", () => {
    expect(findMalformedPathSegment("/api/records/abc")).toBeUndefined();
    expect(findMalformedPathSegment("/api/records/a%20b")).toBeUndefined();
    expect(findMalformedPathSegment("/ipfs/%E0%A4%A")).toMatchObject({ segment: "%E0%A4%A" });
    expect(findMalformedPathSegment("/api/records/%ZZ")).toMatchObject({ segment: "%ZZ" });
    expect(findMalformedPathSegment("/api/records/%ED%A0%80")).toMatchObject({ segment: "%ED%A0%80" });
    expect(findMalformedPathSegment("/api/records/a%00b")).toEqual({ segment: "a%00b", reason: "contains a NUL character" });
  });
});
