import { describeAuctionRevert } from "@/lib/market/describe-auction-revert";
import { invalidField } from "@/lib/provenance/server/provenance-flow-error";
import type { PreparedOwnerTransaction } from "./admin-json";
import type { SetPlatformFeeInput } from "./admin-request-schemas";
import type { AdminChain } from "./get-admin-chain";
import { OWNED_CONTRACT_INTERFACES } from "./owned-contracts";
import { simulateOwnerCall } from "./simulate-owner-call";

/** Parameters of {@link prepareSetPlatformFee}. */
export interface PrepareSetPlatformFeeParameters {
  chain: AdminChain;
  /** The AuctionHouse owner (checked by requireContractOwner), who will send it. */
  owner: string;
  input: SetPlatformFeeInput;
}

/**
 * The owner's `AuctionHouse.setPlatformFee(recipient, bps)` transaction, unsigned, after
 * running it from the owner to see that the contract accepts it.
 *
 * @throws {ProvenanceFlowError} INPUT_INVALID (400) on `recipient` for the zero address and
 *   on `bps` above the deployed contract's cap; see simulateOwnerCall for the other refusals.
 */
export async function prepareSetPlatformFee({ chain, owner, input }: PrepareSetPlatformFeeParameters): Promise<PreparedOwnerTransaction> {
  const data = OWNED_CONTRACT_INTERFACES.AuctionHouse.encodeFunctionData("setPlatformFee", [input.recipient, input.bps]);
  const transaction = await simulateOwnerCall({
    chain,
    contract: "AuctionHouse",
    from: owner,
    data,
    refusalOf: (revert) => {
      if (revert.name === "AuctionHouseZeroAddress") {
        return invalidField("recipient", "must not be the zero address; the AuctionHouse contract refuses it", { revert: revert.name });
      }
      if (revert.name === "AuctionHouseFeeTooHigh") {
        return invalidField("bps", describeAuctionRevert(revert.name, revert.args), { revert: revert.name });
      }
      return undefined;
    },
  });
  return {
    transaction,
    summary: `Set the platform fee to ${input.bps / 100}% (${input.bps} basis points), paid to ${input.recipient}`,
  };
}
