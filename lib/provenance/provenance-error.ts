import { BaseError, type BaseErrorParameters } from "../errors/base-error";

/**
 * Codes of the provenance library (record building, hashing, verification plumbing). A
 * verification never throws for a work that does not check out: it reports a failed step.
 * These errors are for bad input (a malformed record, an image that is not a file) and
 * for parts that cannot be reached (a chain RPC, a gateway).
 */
export type ProvenanceErrorCode = "INPUT_INVALID" | "NOT_FOUND" | "CHAIN_UNAVAILABLE" | "STORAGE_UNAVAILABLE";

/** Base error of lib/provenance. */
export class ProvenanceError extends BaseError<ProvenanceErrorCode> {
  override name = "ProvenanceError";

  constructor(parameters: BaseErrorParameters<ProvenanceErrorCode>) {
    super(parameters);
  }
}
