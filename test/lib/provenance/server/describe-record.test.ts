import { describe, expect, test } from "vitest";
import { assembleRecord } from "@/lib/provenance/server/assemble-record";
import { describeRecord, formatBps } from "@/lib/provenance/server/describe-record";
import { CARD_CID, CONTRIBUTOR, generationRow, IMAGE_CID, MODEL_SHA256, PLATFORM, PNG, TRAINER } from "./fixtures";

const record = assembleRecord({
  generation: generationRow(),
  image: PNG,
  input: {
    contribution: 'I wrote "dawn"',
    split: [
      { account: CONTRIBUTOR, role: "prompter", bps: 7050 },
      { account: TRAINER, role: "trainer", bps: 1950 },
      { account: PLATFORM, role: "platform", bps: 1000 },
    ],
    royaltyBps: 750,
  },
  parents: [{ chainId: 31337, contract: PLATFORM, tokenId: "4", contentHash: `0x${"cd".repeat(32)}` }],
  now: new Date("2026-01-02T03:04:05.000Z"),
});

describe("describeRecord", () => {
  test("default: one sentence per fact, accounts named as the reader knows them", () => {
    expect(describeRecord(record, { accountNames: { [CONTRIBUTOR.toLowerCase()]: "you", [PLATFORM.toLowerCase()]: "the platform" } })).toEqual([
      `The image is a 3×2 PNG of ${PNG.length} bytes with sha256 ${record.image.sha256}, stored as ipfs://${IMAGE_CID}.`,
      `It was made by the model "Loom" version 1.0.0 (cppn, file sha256 ${MODEL_SHA256}), whose model card ipfs://${CARD_CID} was signed by its trainer ${TRAINER}.`,
      'It was generated from the prompt "calm golden dawn" with seed 7 and parameters zoom = 2, centerX = 0, centerY = 0, on ONNX Runtime 1.30.0 with the cpu execution provider.',
      "No source image was used.",
      `The human contributor is you (${CONTRIBUTOR}), who states: "I wrote \\"dawn\\"".`,
      `It remixes work #4 (chain 31337, contract ${PLATFORM}, content sha256 0x${"cd".repeat(32)}).`,
      `First sales and royalties are split: 19.5% to ${TRAINER} as trainer; 70.5% to you (${CONTRIBUTOR}) as prompter; 10% to the platform (${PLATFORM}) as platform.`,
      "Resales pay a royalty of 7.5% of the price to that split.",
      "The record was assembled at 2026-01-02T03:04:05.000Z.",
    ]);
  });

  test("behavior: an empty prompt and several source images are said so", () => {
    const lines = describeRecord({ ...record, generation: { ...record.generation, prompt: "", params: {}, sourceImageCids: ["a", "b"] }, parents: [] });
    expect(lines[2]).toBe("It was generated from the prompt (empty) with seed 7, on ONNX Runtime 1.30.0 with the cpu execution provider.");
    expect(lines[3]).toBe("Source images: ipfs://a, ipfs://b.");
    expect(lines[5]).toBe("It names no parent work.");
  });
});

describe("formatBps", () => {
  test.each([
    [10_000, "100%"],
    [7000, "70%"],
    [1250, "12.5%"],
    [1, "0.01%"],
    [0, "0%"],
  ])("default: %d bps is %s", (bps, text) => {
    expect(formatBps(bps)).toBe(text);
  });
});
