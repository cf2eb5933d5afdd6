import { describe, expect, it } from "vitest";
import { roleId, sortShares } from "@/lib/contracts/mint-request";
import { buildMintRequest, sharesOfRecord, sortRecordSplit } from "@/lib/provenance/build-mint-request";
import { buildRecord } from "@/lib/provenance/build-record";
import { hashRecord } from "@/lib/provenance/hash-record";
import { ProvenanceError } from "@/lib/provenance/provenance-error";
import { sampleRecord } from "./record-fixture";

describe("buildMintRequest", () => {
  it("default: carries the record's fields, its hash and the split as sorted role-tagged shares", () => {
    const record = sampleRecord();
    const request = buildMintRequest({ record, metadataDigest: `0x${"CC".repeat(32)}`, deadline: 100n, nonce: 5n });
    expect(request).toEqual({
      to: record.contributor.address,
      contributor: record.contributor.address,
      contentHash: record.image.sha256,
      recordHash: hashRecord(record),
      modelHash: record.model.sha256,
      trainer: record.model.trainer,
      metadataDigest: `0x${"cc".repeat(32)}`,
      royaltyBps: 1000,
      deadline: 100n,
      nonce: 5n,
      shares: sortShares(record.split.map((e) => ({ account: e.account, role: roleId(e.role), bps: e.bps }))),
    });
    expect(request.shares.map((s) => s.role)).toEqual([roleId("trainer"), roleId("prompter"), roleId("platform")]);
  });

  it("behavior: sortRecordSplit puts a split in the contract's order (account, then role id)", () => {
    const record = sampleRecord();
    const shuffled = [record.split[2]!, record.split[0]!, record.split[1]!];
    expect(sortRecordSplit(shuffled)).toEqual(record.split);
    const sameAccount = [
      { account: record.split[1]!.account, role: "prompter", bps: 5000 },
      { account: record.split[1]!.account, role: "curator", bps: 5000 },
    ];
    expect(sortRecordSplit(sameAccount).map((e) => e.role)).toEqual(["curator", "prompter"]);
    expect(sharesOfRecord(sameAccount).map((s) => s.role)).toEqual([roleId("curator"), roleId("prompter")]);
  });
});

describe("buildRecord", () => {
  it("default: normalises spellings and orders the split", () => {
    const expected = sampleRecord();
    const record = buildRecord({
      image: { ...expected.image, sha256: expected.image.sha256.slice(2).toUpperCase() },
      model: { ...expected.model, trainer: expected.model.trainer.toLowerCase() },
      generation: { ...expected.generation, seed: 7 },
      contributor: expected.contributor,
      split: [...expected.split].reverse(),
      royaltyBps: 1000,
      createdAt: new Date(expected.createdAt),
    });
    expect(record).toEqual(expected);
  });

  it("error: names every field that does not fit", () => {
    const r = sampleRecord();
    let error: unknown;
    try {
      buildRecord({ ...r, image: { ...r.image, size: -1 }, generation: { ...r.generation, seed: -3 }, split: r.split });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProvenanceError);
    expect((error as ProvenanceError).code).toBe("INPUT_INVALID");
    expect(((error as ProvenanceError).details.issues as { path: string }[]).map((i) => i.path)).toEqual(["image.size", "generation.seed"]);
  });
});
