import { describe, expect, test } from "vitest";
import { mintRequestFromJson, mintRequestSchema, mintRequestToJson } from "@/lib/provenance/server/mint-request-json";
import { CONTRIBUTOR, MODEL_SHA256, TRAINER } from "./fixtures";

const request = {
  to: CONTRIBUTOR,
  contributor: CONTRIBUTOR,
  contentHash: `0x${"11".repeat(32)}`,
  recordHash: `0x${"22".repeat(32)}`,
  modelHash: MODEL_SHA256,
  trainer: TRAINER,
  metadataDigest: `0x${"33".repeat(32)}`,
  royaltyBps: 500,
  deadline: 1_900_000_000n,
  nonce: (1n << 255n) + 7n,
  shares: [{ account: CONTRIBUTOR, role: `0x${"44".repeat(32)}`, bps: 10_000 }],
};

describe("mintRequestToJson / mintRequestFromJson", () => {
  test("default: bigints travel as exact decimal strings and come back equal", () => {
    const json = mintRequestToJson(request);
    expect(json.deadline).toBe("1900000000");
    expect(json.nonce).toBe(((1n << 255n) + 7n).toString());
    expect(mintRequestSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);
    expect(mintRequestFromJson(json)).toEqual(request);
  });

  test("error: a number where a decimal string belongs is refused", () => {
    expect(mintRequestSchema.safeParse({ ...mintRequestToJson(request), nonce: 5 }).success).toBe(false);
  });
});
