import { getAddress } from "ethers";
import { AuthError } from "@/lib/auth/auth-error";
import { callChain } from "@/lib/provenance/server/call-chain";
import type { AdminChain } from "./get-admin-chain";
import type { OwnedContractName } from "./owned-contracts";

/** Parameters of {@link requireContractOwner}. */
export interface RequireContractOwnerParameters {
  chain: AdminChain;
  contract: OwnedContractName;
  /** The signed-in address (requireSignedIn). */
  address: string;
}

/** The on-chain `owner()` of `contract`, read at the latest block (never cached). */
export async function readContractOwner(chain: AdminChain, contract: OwnedContractName, blockTag?: number): Promise<string> {
  const block = blockTag ?? (await chain.latestBlock());
  const owner = await callChain(`reading the owner of ${contract}`, () =>
    chain.contracts[contract].getFunction("owner")({ blockTag: block }),
  );
  return getAddress(String(owner));
}

/**
 * FORBIDDEN (403, reason NOT_CONTRACT_OWNER): `address` is not the owner of `contract`. The
 * message names both, as requireAddress words its refusal.
 */
export function notContractOwner(contract: OwnedContractName, address: string, owner: string): AuthError {
  return new AuthError({
    code: "FORBIDDEN",
    reason: "NOT_CONTRACT_OWNER",
    message: `You are signed in as ${address}, but only the owner of the ${contract} contract, ${owner}, may change its settings; sign in with that account`,
    details: { contract, address, owner },
  });
}

/**
 * The signed-in `address` must be the on-chain owner of `contract`, read fresh for this
 * request (ownership can move at any block). Returns the owner.
 *
 * @throws {AuthError} FORBIDDEN (403, reason NOT_CONTRACT_OWNER) naming both addresses.
 * @throws {DependencyError} CHAIN_UNAVAILABLE (503) when the chain does not answer.
 */
export async function requireContractOwner({ chain, contract, address }: RequireContractOwnerParameters): Promise<string> {
  const owner = await readContractOwner(chain, contract);
  if (owner.toLowerCase() !== address.toLowerCase()) throw notContractOwner(contract, getAddress(address), owner);
  return owner;
}
