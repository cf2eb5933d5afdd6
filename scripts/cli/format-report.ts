import type { VerificationReport } from "../../lib/provenance/verify/types";

const MARK = { pass: "✓", fail: "✗", "not-checkable": "–" } as const;

const VERDICT = {
  pass: "VERIFIED",
  fail: "NOT VERIFIED",
  incomplete: "INCOMPLETE",
  "altered-copy": "ALTERED COPY",
  "not-found": "NOT FOUND",
} as const;

/** The report as lines for a terminal: one per step with ✓ / ✗ / – and its reason, then the verdict. */
export function formatReport(report: VerificationReport): string {
  const lines: string[] = [];
  const what = report.tokenId ? `token #${report.tokenId}` : `content hash ${report.contentHash}`;
  lines.push(`Colophon provenance check: ${what} on chain ${report.chainId}, Artwork ${report.artwork}`);
  lines.push("");
  for (const step of report.steps) {
    const optional = step.required ? "" : " (optional)";
    lines.push(`  ${MARK[step.status]} ${step.title}${optional}`);
    lines.push(`      ${step.reason}`);
  }
  if (report.similar.length > 0) {
    lines.push("");
    lines.push("  Minted works that look like this image (perceptual-hash distance, 0..64):");
    for (const work of report.similar) lines.push(`      token #${work.tokenId}  distance ${work.distance}  content hash ${work.contentHash}`);
  }
  const record = report.work.record;
  if (record) {
    lines.push("");
    lines.push(`  Model ${record.model.name} ${record.model.version} (trainer ${record.model.trainer}); contributor ${record.contributor.address}`);
    lines.push(`  Prompt: ${JSON.stringify(record.generation.prompt)}, seed ${record.generation.seed}; made ${record.createdAt} on ${record.generation.runtime.executionProvider}`);
    if (report.work.owner) lines.push(`  Owner: ${report.work.owner}`);
    if (report.work.recordCid) lines.push(`  Record: ipfs://${report.work.recordCid}`);
  }
  lines.push("");
  lines.push(`${VERDICT[report.verdict]}: ${report.summary}`);
  return lines.join("\n");
}
