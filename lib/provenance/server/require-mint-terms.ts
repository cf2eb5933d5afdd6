import { findMintTermIssues, type MintTermsLike } from "@/lib/provenance/validate-split";
import { invalidField, ProvenanceFlowError } from "./provenance-flow-error";

/** Parameters of {@link requireMintTerms}. */
export interface RequireMintTermsParameters {
  chainId: number;
  /** What the request names, for the message: "generation" (a draft) or "record" (an attestation). */
  subject: "generation" | "record";
  /** The request's id field, named when the model's trainer is what the chain would refuse. */
  idField: string;
  /** Added to a split's reason: what the person should do about it. */
  splitHint?: string;
}

/**
 * Refuses terms that Artwork.mint would refuse on this chain (lib/provenance/validate-split.ts),
 * with the first issue: a trainer the chain refuses is a CONFLICT on the request's id (the
 * model, not the person's input, is at fault); anything else a 400 naming the field, e.g.
 * `split.1.account`. Drafting and attestation share it, so both refuse alike.
 */
export function requireMintTerms(terms: MintTermsLike, { chainId, subject, idField, splitHint }: RequireMintTermsParameters): void {
  const [issue] = findMintTermIssues(terms, { chainId });
  if (issue === undefined) return;
  if (issue.path[0] === "trainer") {
    throw new ProvenanceFlowError({
      code: "CONFLICT",
      message: `This ${subject}'s model cannot be minted on chain ${chainId}: ${issue.reason}`,
      details: { field: idField, reason: `model trainer: ${issue.reason}` },
    });
  }
  throw invalidField(issue.path.join("."), splitHint === undefined ? issue.reason : `${issue.reason}; ${splitHint}`);
}
