import type { ProvenanceRecord } from "@/lib/provenance/record-schema";

/** Basis points as a percentage in words: 7000 → "70%", 1250 → "12.5%". */
export function formatBps(bps: number): string {
  return `${Number((bps / 100).toFixed(2))}%`;
}

/** Parameters of {@link describeRecord}. */
export interface DescribeRecordParameters {
  /** Names for accounts the reader knows (e.g. "you", "the platform"). */
  accountNames?: Readonly<Record<string, string>>;
}

/**
 * The record in plain words, one sentence per fact, in the order a person reads a colophon:
 * what the image is, which model made it and who trained it, how it was generated, who
 * contributed what, what it remixes, how income is split, and when. Shown before signing,
 * so the contributor knows exactly what their signature covers (the record's hash, which
 * fixes every one of these facts).
 */
export function describeRecord(record: ProvenanceRecord, { accountNames = {} }: DescribeRecordParameters = {}): string[] {
  const name = (account: string) => {
    const known = accountNames[account.toLowerCase()] ?? accountNames[account];
    return known === undefined ? account : `${known} (${account})`;
  };
  const { image, model, generation, contributor, parents, split } = record;
  const params = Object.entries(generation.params);
  const lines = [
    `The image is a ${image.width}×${image.height} PNG of ${image.size.toLocaleString("en")} bytes with sha256 ${image.sha256}, stored as ipfs://${image.cid}.`,
    `It was made by the model "${model.name}" version ${model.version} (${model.kind}, file sha256 ${model.sha256}), whose model card ipfs://${model.cardCid} was signed by its trainer ${name(model.trainer)}.`,
    `It was generated from the prompt ${generation.prompt === "" ? "(empty)" : JSON.stringify(generation.prompt)} with seed ${generation.seed}` +
      (params.length === 0 ? "" : ` and parameters ${params.map(([key, value]) => `${key} = ${JSON.stringify(value)}`).join(", ")}`) +
      `, on ONNX Runtime ${generation.runtime.onnxruntime} with the ${generation.runtime.executionProvider} execution provider.`,
    generation.sourceImageCids.length === 0
      ? "No source image was used."
      : `Source image${generation.sourceImageCids.length === 1 ? "" : "s"}: ${generation.sourceImageCids.map((cid) => `ipfs://${cid}`).join(", ")}.`,
    `The human contributor is ${name(contributor.address)}, who states: ${JSON.stringify(contributor.contribution)}.`,
    parents.length === 0
      ? "It names no parent work."
      : `It remixes ${parents.map((p) => `work #${p.tokenId} (chain ${p.chainId}, contract ${p.contract}, content sha256 ${p.contentHash})`).join("; ")}.`,
    `First sales and royalties are split: ${split.map((entry) => `${formatBps(entry.bps)} to ${name(entry.account)} as ${entry.role}`).join("; ")}.`,
    `Resales pay a royalty of ${formatBps(record.royaltyBps)} of the price to that split.`,
    `The record was assembled at ${record.createdAt}.`,
  ];
  return lines;
}
