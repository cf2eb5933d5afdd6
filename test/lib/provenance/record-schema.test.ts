import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { exportRecordJsonSchema, provenanceRecordSchema } from "@/lib/provenance/record-schema";
import { sampleRecord } from "./record-fixture";

const issuePaths = (value: unknown) => {
  const parsed = provenanceRecordSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
};

describe("provenanceRecordSchema", () => {
  it("default: accepts a well-formed record unchanged", () => {
    expect(provenanceRecordSchema.parse(sampleRecord())).toEqual(sampleRecord());
  });

  it("error: refuses spellings that would hash differently", () => {
    const r = sampleRecord();
    expect(issuePaths({ ...r, image: { ...r.image, sha256: r.image.sha256.toUpperCase().replace("0X", "0x") } })).toEqual(["image.sha256"]);
    expect(issuePaths({ ...r, image: { ...r.image, sha256: r.image.sha256.slice(2) } })).toEqual(["image.sha256"]);
    expect(issuePaths({ ...r, contributor: { ...r.contributor, address: r.contributor.address.toLowerCase() } })).toEqual(["contributor.address"]);
    expect(issuePaths({ ...r, generation: { ...r.generation, seed: "07" } })).toEqual(["generation.seed"]);
    expect(issuePaths({ ...r, generation: { ...r.generation, seed: "18446744073709551616" } })).toEqual(["generation.seed"]);
    expect(issuePaths({ ...r, image: { ...r.image, cid: "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG" } })).toEqual(["image.cid", "image.cid"]);
    expect(issuePaths({ ...r, createdAt: "2025-01-02T03:04:05+01:00" })).toEqual(["createdAt"]);
  });

  it("error: refuses unknown keys at every level, and bad sizes", () => {
    const r = sampleRecord();
    expect(issuePaths({ ...r, extra: 1 })).toEqual([""]);
    expect(issuePaths({ ...r, model: { ...r.model, license: "MIT" } })).toEqual(["model"]);
    expect(issuePaths({ ...r, contributor: { ...r.contributor, contribution: "x".repeat(2001) } })).toEqual(["contributor.contribution"]);
    expect(issuePaths({ ...r, split: [] })).toEqual(["split"]);
    expect(issuePaths({ ...r, split: r.split.map((e) => ({ ...e, role: "Prompter" })) })).toEqual(["split.0.role", "split.1.role", "split.2.role"]);
    expect(issuePaths({ ...r, parents: [{ chainId: 1, contract: r.model.trainer, tokenId: "01", contentHash: r.image.sha256 }] })).toEqual(["parents.0.tokenId"]);
    expect(issuePaths({ ...r, generation: { ...r.generation, params: { zoom: Number.NaN } } })).toEqual(["generation.params.zoom"]);
  });

  it("behavior: schemas/record.schema.json is the exported JSON Schema (npx colophon schema > schemas/record.schema.json)", async () => {
    const file = JSON.parse(await readFile("schemas/record.schema.json", "utf8"));
    expect(file).toEqual(exportRecordJsonSchema());
    expect(file.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(file.properties.schema.const).toBe("colophon.record/1");
    expect(file.additionalProperties).toBe(false);
    expect(file.required).toEqual(["schema", "image", "model", "generation", "contributor", "parents", "split", "royaltyBps", "createdAt"]);
  });
});
