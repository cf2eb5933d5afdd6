import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sha256 } from "ethers";
import { computeCid } from "@/lib/storage/compute-cid";
import { canonicalRecordBytes, cidFromSha256, hashRecord, MAX_RAW_BLOCK_BYTES, recordCidFromHash, sha256OfRawCid } from "@/lib/provenance/hash-record";
import { ProvenanceError } from "@/lib/provenance/provenance-error";
import { sampleRecord } from "./record-fixture";

/** The same object with its keys inserted in reverse order, recursively. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  return value;
}

describe("hashRecord", () => {
  it("default: hashes the RFC 8785 bytes (sorted keys, no whitespace)", () => {
    const record = sampleRecord();
    const text = new TextDecoder().decode(canonicalRecordBytes(record));
    expect(text.startsWith('{"contributor":{"address":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","contribution":"Wrote the prompt."},"createdAt":')).toBe(true);
    expect(text).not.toMatch(/\s"|":\s/);
    expect(hashRecord(record)).toBe(sha256(canonicalRecordBytes(record)));
    expect(hashRecord(record)).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it("behavior: key order never changes the hash (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean())), (params) => {
        const record = { ...sampleRecord(), generation: { ...sampleRecord().generation, params } };
        expect(hashRecord(reverseKeys(record) as typeof record)).toBe(hashRecord(record));
      }),
      { numRuns: 200 },
    );
  });

  it("behavior: the record's CID from its hash alone is the CID the content store (and Kubo) gives its bytes", async () => {
    const record = sampleRecord();
    const { cid } = await computeCid(canonicalRecordBytes(record));
    expect(recordCidFromHash(hashRecord(record))).toBe(cid);
    expect(sha256OfRawCid(cid)).toBe(hashRecord(record));
    expect(cidFromSha256(`0x${"00".repeat(32)}`)).toBe(`bafkrei${"a".repeat(52)}`);
  });

  it("behavior: sha256OfRawCid is null for CIDs that do not name a raw sha2-256 block", async () => {
    const { cid } = await computeCid(new Uint8Array(MAX_RAW_BLOCK_BYTES + 1));
    expect(cid.startsWith("bafybei")).toBe(true);
    expect(sha256OfRawCid(cid)).toBeNull();
    expect(sha256OfRawCid("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG")).toBeNull();
    expect(sha256OfRawCid("not a cid")).toBeNull();
  });

  it("error: a record larger than one block (256 KiB) is refused, so its CID stays derivable", () => {
    const record = { ...sampleRecord(), generation: { ...sampleRecord().generation, params: { blob: "x".repeat(MAX_RAW_BLOCK_BYTES) } } };
    expect(() => hashRecord(record)).toThrow(ProvenanceError);
    expect(() => hashRecord(record)).toThrow(/at most 262144 fit in one block/);
  });
});
