import { BaseError, type BaseErrorParameters } from "@/lib/errors/base-error";

/** Codes of the provenance flow; their HTTP statuses are in lib/errors/error-codes.ts. */
export type ProvenanceFlowErrorCode =
  | "INPUT_INVALID"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "SIGNATURE_INVALID"
  | "MINT_MISMATCH"
  | "CONTENT_CORRUPT";

/**
 * A failure of the server-side provenance flow (records, attestation, mint confirmation,
 * gateway, verification requests). `details` names the field or the object and the reason.
 */
export class ProvenanceFlowError extends BaseError<ProvenanceFlowErrorCode> {
  override name = "ProvenanceFlowError";

  constructor(parameters: BaseErrorParameters<ProvenanceFlowErrorCode>) {
    super(parameters);
  }
}

/** A 400 naming the field and the reason. */
export function invalidField(field: string, reason: string, extra: Record<string, unknown> = {}): ProvenanceFlowError {
  return new ProvenanceFlowError({
    code: "INPUT_INVALID",
    message: `Invalid ${field}: ${reason}`,
    details: { field, reason, ...extra },
  });
}
