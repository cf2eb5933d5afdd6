import { isError } from "ethers";
import { InputError, type BaseError } from "@/lib/errors";
import { decodeRevert, type DecodedRevert } from "@/lib/market/decode-revert";
import { describeAuctionRevert } from "@/lib/market/describe-auction-revert";
import { callChain } from "@/lib/provenance/server/call-chain";
import type { PreparedOwnerTransaction } from "./admin-json";
import type { AdminChain } from "./get-admin-chain";
import { OWNED_CONTRACT_INTERFACES, type OwnedContractName } from "./owned-contracts";
import { notContractOwner, readContractOwner } from "./require-contract-owner";

/** Parameters of {@link simulateOwnerCall}. */
export interface SimulateOwnerCallParameters {
  chain: AdminChain;
  contract: OwnedContractName;
  /** The owner (checked by requireContractOwner): the account that will send it. */
  from: string;
  /** Calldata of the owner-only function. */
  data: string;
  /**
   * The error for a custom error that is about one field of the request (a 400 naming it),
   * or undefined for the others.
   */
  refusalOf?: (revert: DecodedRevert) => BaseError | undefined;
}

/**
 * Runs the owner's transaction as an `eth_call` from the owner at the latest block, so a
 * transaction the contract would refuse is refused here, in words, before the owner's
 * wallet spends gas on it. Returns the transaction it checked, unsigned.
 *
 * @throws the error `refusalOf` gives for the revert (e.g. INPUT_INVALID naming the field);
 *   AuthError FORBIDDEN (NOT_CONTRACT_OWNER) when ownership moved since it was checked;
 *   InputError CONFLICT (409) for any other refusal, described in words;
 *   DependencyError CHAIN_UNAVAILABLE (503) when the chain does not answer.
 */
export async function simulateOwnerCall({ chain, contract, from, data, refusalOf }: SimulateOwnerCallParameters): Promise<PreparedOwnerTransaction["transaction"]> {
  const to = await chain.contracts[contract].getAddress();
  const blockTag = await chain.latestBlock();
  try {
    await callChain(`simulating the transaction to ${contract}`, () => chain.provider.call({ to, from, data, blockTag }));
    return { to, data, chainId: chain.chainId };
  } catch (error) {
    if (!isError(error, "CALL_EXCEPTION")) throw error;
    const revert = decodeRevert(error, OWNED_CONTRACT_INTERFACES[contract]);
    if (revert === null) {
      throw new InputError({
        code: "CONFLICT",
        message: `The ${contract} contract would refuse this transaction without giving a reason`,
        details: { contract },
        cause: error,
      });
    }
    const refusal = refusalOf?.(revert);
    if (refusal !== undefined) throw refusal;
    if (revert.name === "OwnableUnauthorizedAccount") {
      throw notContractOwner(contract, from, await readContractOwner(chain, contract, blockTag));
    }
    throw new InputError({
      code: "CONFLICT",
      message: `The ${contract} contract would refuse this transaction. ${describeAuctionRevert(revert.name, revert.args)}`,
      details: { contract, revert: revert.name },
      cause: error,
    });
  }
}
