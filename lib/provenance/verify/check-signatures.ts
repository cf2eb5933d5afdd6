import { recoverRecordSigner, type RecordDigestFields } from "../eip712";
import type { TokenMetadata } from "../metadata-schema";
import { fail, notCheckable, pass, type Outcome } from "./step";
import type { ChainReader, OnChainProvenance } from "./types";

/** The record digest fields as the chain fixes them: signatures are checked against these, not a document. */
export function digestFieldsOf(provenance: OnChainProvenance): RecordDigestFields {
  return {
    recordHash: provenance.recordHash,
    contentHash: provenance.contentHash,
    modelHash: provenance.modelHash,
    contributor: provenance.contributor,
  };
}

const NEEDS_METADATA = "needs the token metadata (which carries the signatures), and it could not be read or trusted";

/**
 * The attestor's signature: it must verify over the Record digest of the on-chain fields,
 * recover to the attestor the metadata names, and that attestor must be authorised on the
 * Artwork contract now (a revoked attestor's works stop verifying).
 */
export async function checkAttestorSignature(metadata: TokenMetadata | null, provenance: OnChainProvenance, chain: ChainReader): Promise<Outcome> {
  if (!metadata) return notCheckable(NEEDS_METADATA);
  const { address, signature } = metadata.colophon.signatures.attestor;
  const signer = recoverRecordSigner(digestFieldsOf(provenance), signature);
  const details = { named: address, recovered: signer, artwork: chain.artworkAddress };
  if (signer === null) return fail("the attestor signature is malformed: it recovers no address", details);
  if (signer !== address) {
    return fail(`the attestor signature does not sign this token's record digest: it recovers to ${signer}, not the named attestor ${address}`, details);
  }
  if (!(await chain.isAttestor(signer))) {
    return fail(`${signer} signed the record but is not an authorised attestor of Artwork ${chain.artworkAddress}`, details);
  }
  return pass(`signed by ${signer}, an authorised attestor of Artwork ${chain.artworkAddress}`, details);
}

/** The contributor's consent: the signature must recover to the on-chain contributor. */
export function checkContributorSignature(metadata: TokenMetadata | null, provenance: OnChainProvenance): Outcome {
  if (!metadata) return notCheckable(NEEDS_METADATA);
  const { address, signature } = metadata.colophon.signatures.contributor;
  const signer = recoverRecordSigner(digestFieldsOf(provenance), signature);
  const details = { named: address, recovered: signer, contributor: provenance.contributor };
  if (signer === null) return fail("the contributor signature is malformed: it recovers no address", details);
  if (signer !== provenance.contributor) {
    return fail(`the contributor signature recovers to ${signer}, not the on-chain contributor ${provenance.contributor}`, details);
  }
  if (address !== provenance.contributor) {
    return fail(`the metadata names ${address} as the signing contributor, but the on-chain contributor is ${provenance.contributor}`, details);
  }
  return pass(`co-signed by the contributor ${signer}`, details);
}
