import { describe, expect, it } from "vitest";
import { sha256, Wallet } from "ethers";
import { buildAttributes, buildMetadata, ipfsUri, metadataBytes, metadataCid, metadataDigest } from "@/lib/provenance/build-metadata";
import { hashRecord, recordCidFromHash } from "@/lib/provenance/hash-record";
import { sampleRecord } from "./record-fixture";

const entry = (address: string) => ({ address, signature: `0x${"11".repeat(65)}` });

describe("buildMetadata", () => {
  const record = sampleRecord();
  const wallet = Wallet.createRandom();
  const signatures = { attestor: entry(wallet.address), contributor: entry(record.contributor.address), trainer: entry(record.model.trainer) };

  it("default: points at the image, the record (by hash and CID) and the model card, with the three signatures", () => {
    const metadata = buildMetadata({ record, signatures });
    expect(metadata.name).toBe("calm golden dawn");
    expect(metadata.image).toBe(ipfsUri(record.image.cid));
    expect(metadata.colophon).toEqual({
      version: 1,
      record: `ipfs://${recordCidFromHash(hashRecord(record))}`,
      recordHash: hashRecord(record),
      signatures,
      modelCard: `ipfs://${record.model.cardCid}`,
    });
    expect(metadata.attributes).toEqual([
      { trait_type: "Model", value: "Loom 1.0.0" },
      { trait_type: "Trainer", value: record.model.trainer },
      { trait_type: "Contributor", value: record.contributor.address },
      { trait_type: "Role: trainer", value: `${record.split[0]!.account} (20%)` },
      { trait_type: "Role: prompter", value: `${record.split[1]!.account} (70%)` },
      { trait_type: "Role: platform", value: `${record.split[2]!.account} (10%)` },
      { trait_type: "Royalty", value: 10, display_type: "boost_percentage" },
    ]);
  });

  it("behavior: the digest is sha256 of the canonical bytes and names the token URI's CID", () => {
    const metadata = buildMetadata({ record, signatures });
    expect(metadataDigest(metadata)).toBe(sha256(metadataBytes(metadata)));
    expect(metadataCid(metadata)).toMatch(/^bafkrei[a-z2-7]{52}$/);
    expect(new TextDecoder().decode(metadataBytes(metadata))).toMatch(/^\{"attributes":\[/);
  });

  it("behavior: shares print exact percentages", () => {
    const odd = { ...record, split: [{ ...record.split[0]!, bps: 1234 }, { ...record.split[1]!, bps: 8705 }, { ...record.split[2]!, bps: 61 }] };
    expect(buildAttributes(odd).slice(3, 6).map((a) => a.value)).toEqual([
      `${record.split[0]!.account} (12.34%)`,
      `${record.split[1]!.account} (87.05%)`,
      `${record.split[2]!.account} (0.61%)`,
    ]);
  });

  it("error: an unchecksummed signer address or a document over one block is refused", () => {
    expect(() => buildMetadata({ record, signatures: { ...signatures, attestor: entry(wallet.address.toLowerCase()) } })).toThrow(/checksummed/);
    const metadata = buildMetadata({ record, signatures, description: "x".repeat(5000) });
    expect(() => metadataBytes({ ...metadata, external: "y".repeat(262_144) } as never)).toThrow(/at most 262144 fit in one block/);
  });
});
