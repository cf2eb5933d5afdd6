import { describe, expect, test } from "vitest";
import { HttpError } from "@/lib/http/http-error";
import { parseInput } from "@/lib/http/parse-input";
import { confirmMintInputSchema, draftRecordInputSchema, signRecordInputSchema } from "@/lib/provenance/server/record-request-schemas";
import { CONTRIBUTOR, PLATFORM } from "./fixtures";

const valid = {
  generationId: "gen1",
  contribution: "  I wrote the prompt  ",
  split: [
    { account: CONTRIBUTOR.toLowerCase(), role: "prompter", bps: 9000 },
    { account: PLATFORM, role: "platform", bps: 1000 },
  ],
  royaltyBps: 500,
};

/** The 400's details for a value. */
function refusal(schema: Parameters<typeof parseInput>[0], value: unknown, prefix?: string) {
  try {
    parseInput(schema, value, prefix);
  } catch (error) {
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).code).toBe("INPUT_INVALID");
    return (error as HttpError).details;
  }
  throw new Error("expected a refusal");
}

describe("draftRecordInputSchema", () => {
  test("default: trims the statement, checksums accounts, parents as decimal strings", () => {
    expect(parseInput(draftRecordInputSchema, { ...valid, parents: [3, "12"] })).toEqual({
      ...valid,
      contribution: "I wrote the prompt",
      split: [
        { account: CONTRIBUTOR, role: "prompter", bps: 9000 },
        { account: PLATFORM, role: "platform", bps: 1000 },
      ],
      parents: ["3", "12"],
    });
  });

  test.each([
    [{ ...valid, split: [{ account: CONTRIBUTOR, role: "prompter", bps: 10001 }] }, { field: "split.0.bps", reason: "must be at most 10000 basis points" }],
    [{ ...valid, split: [{ account: CONTRIBUTOR, role: "prompter", bps: 9999 }] }, { field: "split", reason: "shares sum to 9999 basis points (99.99%); they must sum to 10000 (100%)" }],
    [{ ...valid, split: Array.from({ length: 9 }, (_, i) => ({ account: CONTRIBUTOR, role: `r${i}`, bps: 1 })) }, { field: "split", reason: "has at most 8 entries" }],
    [{ ...valid, split: "all to me" }, { field: "split", reason: "must be a list of { account, role, bps }" }],
    [{ ...valid, royaltyBps: 1.5 }, { field: "royaltyBps", reason: "must be a whole number of basis points" }],
    [{ ...valid, royaltyBps: undefined }, { field: "royaltyBps", reason: "is required" }],
    [{ ...valid, parents: ["1", "1"] }, { field: "parents", reason: "names the same work twice" }],
    [{ ...valid, parents: ["0"] }, { field: "parents.0", reason: "must be a token id from 1 to 2^256-1" }],
    [{ ...valid, parents: [(1n << 256n).toString()] }, { field: "parents.0", reason: "must be a token id from 1 to 2^256-1" }],
    [{ ...valid, contribution: "I wrote\u0000 it" }, { field: "contribution", reason: "contains a NUL character" }],
    [{ ...valid, generationId: "gen\ud800" }, { field: "generationId", reason: "contains a lone UTF-16 surrogate (not valid Unicode text)" }],
    [{ ...valid, contribution: "x".repeat(2001) }, { field: "contribution", reason: "is at most 2000 characters" }],
    [{ ...valid, extra: 1 }, { field: "extra", reason: "is not a field of this request" }],
    [[], { field: "body", reason: "Invalid input: expected object, received array" }],
  ])("error: %j is refused naming the field", (value, details) => {
    expect(refusal(draftRecordInputSchema, value)).toEqual(details);
  });
});

describe("signRecordInputSchema and confirmMintInputSchema", () => {
  test("default: a 65-byte signature and a lower-cased transaction hash", () => {
    const signature = `0x${"Ab".repeat(65)}`;
    expect(parseInput(signRecordInputSchema, { signature })).toEqual({ signature });
    expect(parseInput(confirmMintInputSchema, { txHash: `0x${"AB".repeat(32)}` })).toEqual({ txHash: `0x${"ab".repeat(32)}` });
  });

  test("error: a missing signature is required; a prefix names a path parameter", () => {
    expect(refusal(signRecordInputSchema, {})).toEqual({ field: "signature", reason: "is required" });
    expect(refusal(confirmMintInputSchema.shape.txHash, "0x1", "txHash")).toEqual({
      field: "txHash",
      reason: "must be a transaction hash: 0x followed by 64 hex digits",
    });
  });
});
