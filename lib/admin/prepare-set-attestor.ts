import { invalidField } from "@/lib/provenance/server/provenance-flow-error";
import type { PreparedOwnerTransaction } from "./admin-json";
import type { SetAttestorInput } from "./admin-request-schemas";
import type { AdminChain } from "./get-admin-chain";
import { OWNED_CONTRACT_INTERFACES } from "./owned-contracts";
import { simulateOwnerCall } from "./simulate-owner-call";

/** Parameters of {@link prepareSetAttestor}. */
export interface PrepareSetAttestorParameters {
  chain: AdminChain;
  /** The Artwork owner (checked by requireContractOwner), who will send it. */
  owner: string;
  input: SetAttestorInput;
}

/**
 * The owner's `Artwork.setAttestor(attestor, allowed)` transaction, unsigned, after running
 * it from the owner to see that the contract accepts it.
 *
 * @throws {ProvenanceFlowError} INPUT_INVALID (400) on `attestor` for the zero address;
 *   see simulateOwnerCall for the other refusals.
 */
export async function prepareSetAttestor({ chain, owner, input }: PrepareSetAttestorParameters): Promise<PreparedOwnerTransaction> {
  const data = OWNED_CONTRACT_INTERFACES.Artwork.encodeFunctionData("setAttestor", [input.attestor, input.allowed]);
  const transaction = await simulateOwnerCall({
    chain,
    contract: "Artwork",
    from: owner,
    data,
    refusalOf: (revert) =>
      revert.name === "ArtworkEmptyField"
        ? invalidField("attestor", "must not be the zero address; the Artwork contract refuses it", { revert: revert.name })
        : undefined,
  });
  return {
    transaction,
    summary: input.allowed ? `Allow ${input.attestor} to attest mints` : `Revoke ${input.attestor}: it may no longer attest mints`,
  };
}
