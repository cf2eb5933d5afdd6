import type { ProvenanceRecord } from "../record-schema";
import { fail, notCheckable, pass, short, type Outcome } from "./step";
import type { ChainReader, VerificationReport } from "./types";

/** Verifies a parent token in full (the caller's verifyWork, one generation deeper). */
export type VerifyParent = (tokenId: bigint) => Promise<VerificationReport>;

/**
 * The record's parents (remix lineage): each must be on this chain and contract, minted
 * before this work, with the content hash the record names; while `walk` is set each is
 * verified in full (which walks its own parents, one level less). A parent that fails makes
 * this step fail; one that cannot be checked (another chain, missing content) makes it not
 * checkable.
 */
export async function checkParents(parameters: {
  record: ProvenanceRecord;
  tokenId: bigint;
  chainId: bigint;
  chain: ChainReader;
  /** Verify parents in full; false at the depth limit (then only their on-chain facts are checked). */
  walk: boolean;
  verifyParent: VerifyParent;
  depthLeft: number;
}): Promise<{ outcome: Outcome; reports: VerificationReport[] }> {
  const { record, tokenId, chainId, chain } = parameters;
  if (record.parents.length === 0) return { outcome: pass("no parents: an original work"), reports: [] };
  const reports: VerificationReport[] = [];
  const results: { tokenId: string; status: string; reason: string }[] = [];
  let firstFail: string | null = null;
  let firstUnknown: string | null = null;
  for (const parent of record.parents) {
    const label = `parent #${parent.tokenId}`;
    const note = (status: "pass" | "fail" | "not-checkable", reason: string) => {
      results.push({ tokenId: parent.tokenId, status, reason });
      if (status === "fail") firstFail ??= `${label}: ${reason}`;
      if (status === "not-checkable") firstUnknown ??= `${label}: ${reason}`;
    };
    if (BigInt(parent.chainId) !== chainId || parent.contract !== chain.artworkAddress) {
      note("not-checkable", `it lives on chain ${parent.chainId} at ${parent.contract}, not on this verifier's chain ${chainId} at ${chain.artworkAddress}`);
      continue;
    }
    const parentId = BigInt(parent.tokenId);
    if (parentId >= tokenId) {
      note("fail", `it was minted after this work (token #${tokenId})`);
      continue;
    }
    const onChain = await chain.provenanceOf(parentId);
    if (!onChain) {
      note("fail", "no such token");
      continue;
    }
    if (onChain.contentHash !== parent.contentHash) {
      note("fail", `the record names content hash ${short(parent.contentHash)}, the chain has ${short(onChain.contentHash)}`);
      continue;
    }
    if (!parameters.walk) {
      note("pass", "exists with the named content hash (depth limit reached: not walked further)");
      continue;
    }
    const report = await parameters.verifyParent(parentId);
    reports.push(report);
    if (report.verdict === "pass") note("pass", "verifies");
    else {
      const step = report.steps.find((s) => s.status === "fail") ?? report.steps.find((s) => s.required && s.status === "not-checkable");
      const why = step ? `${step.id}: ${step.reason}` : report.summary;
      note(report.verdict === "fail" ? "fail" : "not-checkable", `does not verify (${why})`);
    }
  }
  const details = { parents: results, depthLeft: parameters.depthLeft };
  if (firstFail) return { outcome: fail(firstFail, details), reports };
  if (firstUnknown) return { outcome: notCheckable(firstUnknown, details), reports };
  const count = record.parents.length;
  return {
    outcome: pass(
      parameters.walk ? `${count} parent work${count === 1 ? "" : "s"} verif${count === 1 ? "ies" : "y"}` : `${count} parent work${count === 1 ? "" : "s"} exist with the named content hashes (depth limit reached)`,
      details,
    ),
    reports,
  };
}
