import hre from "hardhat";
import { describe, expect, it } from "vitest";
import { TypedDataEncoder, Wallet } from "ethers";
import {
  hashRecordTypedData,
  MINT_REQUEST_TYPES,
  MODEL_CARD_TYPES,
  RECORD_DOMAIN,
  recordDigestFields,
  recordTypedData,
  recordTypedDataV4,
  recoverRecordSigner,
  signRecord,
} from "@/lib/provenance/eip712";
import { hashRecord } from "@/lib/provenance/hash-record";
import { sampleRecord } from "./record-fixture";

describe("record EIP-712", () => {
  it("default: a Wallet signature over recordTypedData recovers to the wallet", async () => {
    const wallet = Wallet.createRandom();
    const record = sampleRecord();
    const td = recordTypedData(record);
    const signature = await wallet.signTypedData(td.domain, td.types, td.message);
    expect(recoverRecordSigner(record, signature)).toBe(wallet.address);
    expect(await signRecord(record, wallet)).toBe(signature);
    expect(td.message).toEqual({
      recordHash: hashRecord(record),
      contentHash: record.image.sha256,
      modelHash: record.model.sha256,
      contributor: record.contributor.address,
    });
  });

  it("behavior: the type string and the chain-independent domain are fixed", () => {
    expect(TypedDataEncoder.from(recordTypedData(sampleRecord()).types).encodeType("Record")).toBe(
      "Record(bytes32 recordHash,bytes32 contentHash,bytes32 modelHash,address contributor)",
    );
    expect(RECORD_DOMAIN).toEqual({ name: "Colophon Provenance", version: "1" });
    expect(Object.keys(MINT_REQUEST_TYPES)).toEqual(["MintRequest", "Share"]);
    expect(MODEL_CARD_TYPES.ModelCard[0]).toEqual({ name: "modelSha256", type: "bytes32" });
  });

  it("behavior: the eth_signTypedData_v4 payload signed by a node account recovers to it (browser wallets take the same payload)", async () => {
    const [, contributor] = await hre.ethers.getSigners();
    const record = { ...sampleRecord(), contributor: { ...sampleRecord().contributor, address: contributor!.address } };
    const payload = recordTypedDataV4(record);
    expect(JSON.parse(payload)).toMatchObject({
      primaryType: "Record",
      domain: { name: "Colophon Provenance", version: "1" },
      types: { EIP712Domain: [{ name: "name", type: "string" }, { name: "version", type: "string" }] },
    });
    const signature = (await hre.network.provider.send("eth_signTypedData_v4", [contributor!.address, payload])) as string;
    expect(recoverRecordSigner(record, signature)).toBe(contributor!.address);
    expect(recoverRecordSigner(recordDigestFields(record), signature)).toBe(contributor!.address);
  });

  it("error: another record, or a malformed signature, does not recover to the signer", async () => {
    const wallet = Wallet.createRandom();
    const record = sampleRecord();
    const signature = await signRecord(record, wallet);
    expect(recoverRecordSigner({ ...record, royaltyBps: 999 }, signature)).not.toBe(wallet.address);
    expect(recoverRecordSigner(record, "0x1234")).toBeNull();
    expect(hashRecordTypedData(record)).not.toBe(hashRecordTypedData({ ...record, royaltyBps: 999 }));
  });
});
