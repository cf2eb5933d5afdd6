import type { ProvenanceRecord } from "@/lib/provenance/record-schema";

/** A valid record with made-up but well-formed values (no chain, no inference). */
export function sampleRecord(): ProvenanceRecord {
  return {
    schema: "colophon.record/1",
    image: {
      sha256: `0x${"a1".repeat(32)}`,
      cid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
      mediaType: "image/png",
      size: 12_345,
      width: 512,
      height: 512,
    },
    model: {
      sha256: `0x${"b2".repeat(32)}`,
      cardCid: "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
      fileCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
      trainer: "0x3eEf037d81837C4D72fce00a552CFF570Dd5a63a",
      name: "Loom",
      version: "1.0.0",
      kind: "cppn",
    },
    generation: {
      prompt: "calm golden dawn",
      seed: "7",
      params: { zoom: 1, centerX: 0, centerY: 0 },
      sourceImageCids: [],
      runtime: { onnxruntime: "1.30.0", executionProvider: "cpu" },
    },
    contributor: { address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", contribution: "Wrote the prompt." },
    parents: [],
    split: [
      { account: "0x3eEf037d81837C4D72fce00a552CFF570Dd5a63a", role: "trainer", bps: 2000 },
      { account: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", role: "prompter", bps: 7000 },
      { account: "0x90F79bf6EB2c4f870365E785982E1f101E93b906", role: "platform", bps: 1000 },
    ],
    royaltyBps: 1000,
    createdAt: "2025-01-02T03:04:05.678Z",
  };
}
