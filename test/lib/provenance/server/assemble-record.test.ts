import { sha256 } from "ethers";
import { describe, expect, test } from "vitest";
import { assembleRecord, sourceImageCidsOf } from "@/lib/provenance/server/assemble-record";
import { ProvenanceFlowError } from "@/lib/provenance/server/provenance-flow-error";
import { CARD_CID, CONTRIBUTOR, FILE_CID, generationRow, IMAGE_CID, MODEL_SHA256, PLATFORM, PNG, TRAINER } from "./fixtures";

const input = {
  contribution: "I wrote the prompt",
  split: [
    { account: PLATFORM, role: "platform", bps: 1000 },
    { account: CONTRIBUTOR, role: "prompter", bps: 7000 },
    { account: TRAINER, role: "trainer", bps: 2000 },
  ],
  royaltyBps: 500,
};
const now = new Date("2026-01-02T03:04:05.678Z");

describe("assembleRecord", () => {
  test("default: the record of a kept generation, split in the contract's order", () => {
    expect(assembleRecord({ generation: generationRow(), image: PNG, input, parents: [], now })).toEqual({
      schema: "colophon.record/1",
      image: { sha256: sha256(PNG), cid: IMAGE_CID, mediaType: "image/png", size: PNG.length, width: 3, height: 2 },
      model: { sha256: MODEL_SHA256, cardCid: CARD_CID, fileCid: FILE_CID, trainer: TRAINER, name: "Loom", version: "1.0.0", kind: "cppn" },
      generation: {
        prompt: "calm golden dawn",
        // The seed the model ran with (facts.seed), not the 64-bit request seed.
        seed: "7",
        params: { zoom: 2, centerX: 0, centerY: 0 },
        sourceImageCids: [],
        runtime: { onnxruntime: "1.30.0", executionProvider: "cpu" },
      },
      contributor: { address: CONTRIBUTOR, contribution: "I wrote the prompt" },
      parents: [],
      split: [
        { account: TRAINER, role: "trainer", bps: 2000 },
        { account: CONTRIBUTOR, role: "prompter", bps: 7000 },
        { account: PLATFORM, role: "platform", bps: 1000 },
      ],
      royaltyBps: 500,
      createdAt: "2026-01-02T03:04:05.678Z",
    });
  });

  test("behavior: without facts.params and facts.seed, the stored params (less the request's keys) and seed are used", () => {
    const generation = generationRow({
      facts: { ortVersion: "1.30.0", executionProvider: "cuda" },
      params: { width: 3, height: 2, strength: 0.5, sourceImageCid: IMAGE_CID },
      seed: 9n,
    });
    const record = assembleRecord({ generation, image: PNG, input, parents: [], now });
    expect(record.generation).toEqual({
      prompt: "calm golden dawn",
      seed: "9",
      params: { strength: 0.5 },
      sourceImageCids: [IMAGE_CID],
      runtime: { onnxruntime: "1.30.0", executionProvider: "cuda" },
    });
  });

  test("behavior: parents are carried as given", () => {
    const parents = [{ chainId: 31337, contract: PLATFORM, tokenId: "3", contentHash: `0x${"ab".repeat(32)}` }];
    expect(assembleRecord({ generation: generationRow(), image: PNG, input, parents, now }).parents).toEqual(parents);
  });

  test.each([
    ["an image that does not hash to the recorded sha256", { imageSha256: `0x${"00".repeat(32)}` }, `its image ${IMAGE_CID} does not hash to the recorded sha256`],
    ["facts without the runtime", { facts: { executionProvider: "cpu" } }, "its facts lack the ONNX Runtime version or execution provider"],
    ["facts naming another model", { facts: { ortVersion: "1", executionProvider: "cpu", modelSha256: `0x${"11".repeat(32)}` } }, "its facts name another model than its model row"],
  ])("error: %s is a 409 naming generationId", (_what, overrides, reason) => {
    const run = () => assembleRecord({ generation: generationRow(overrides as never), image: PNG, input, parents: [], now });
    expect(run).toThrow(ProvenanceFlowError);
    try {
      run();
    } catch (error) {
      expect((error as ProvenanceFlowError).code).toBe("CONFLICT");
      expect((error as ProvenanceFlowError).details).toEqual({ field: "generationId", reason });
    }
  });

  test("error: bytes that are not a PNG cannot be recorded", () => {
    const bytes = new TextEncoder().encode("not a png at all, just some text");
    expect(() => assembleRecord({ generation: generationRow({ imageSha256: sha256(bytes) }), image: bytes, input, parents: [], now })).toThrow(
      "Generation gen1 cannot be recorded: its image is not a PNG",
    );
  });

  test("error: a record the schema refuses (an unknown execution provider spelling) is a 409", () => {
    const generation = generationRow({ facts: { ortVersion: "1.30.0", executionProvider: "CPU!" } });
    expect(() => assembleRecord({ generation, image: PNG, input, parents: [], now })).toThrow(/its record does not validate/);
  });
});

describe("sourceImageCidsOf", () => {
  test("default: one CID, a list, both, or none", () => {
    expect(sourceImageCidsOf({ sourceImageCid: "a" })).toEqual(["a"]);
    expect(sourceImageCidsOf({ sourceImageCids: ["b", 3, "c"] })).toEqual(["b", "c"]);
    expect(sourceImageCidsOf({ sourceImageCid: "a", sourceImageCids: ["b"] })).toEqual(["a", "b"]);
    expect(sourceImageCidsOf(null)).toEqual([]);
    expect(sourceImageCidsOf([1, 2])).toEqual([]);
  });
});
