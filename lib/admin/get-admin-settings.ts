import { EventLog, getAddress } from "ethers";
import { callChain } from "@/lib/provenance/server/call-chain";
import type { AdminSettings } from "./admin-json";
import type { AdminChain } from "./get-admin-chain";
import type { OwnedContractName } from "./owned-contracts";

/** Parameters of {@link getAdminSettings}. */
export interface GetAdminSettingsParameters {
  chain: AdminChain;
  /** This server's attestor address (listed first even if the contract never heard of it). */
  serverAttestor: string;
}

/**
 * Who owns the Artwork and AuctionHouse contracts and what they are set to, read from the
 * chain at one block: the attestors (this server's key, then every key the contract's
 * AttestorUpdated events have named, each with isAttestor now) and the platform fee.
 *
 * @throws {DependencyError} CHAIN_UNAVAILABLE (503) when the chain does not answer.
 */
export async function getAdminSettings({ chain, serverAttestor }: GetAdminSettingsParameters): Promise<AdminSettings> {
  const blockTag = await chain.latestBlock();
  const { Artwork: artwork, AuctionHouse: house } = chain.contracts;
  const view = (contract: OwnedContractName, name: string, ...args: unknown[]) =>
    callChain(`reading ${name} of the ${contract} contract`, () => chain.contracts[contract].getFunction(name)(...args, { blockTag }));

  const [artworkOwner, houseOwner, feeBps, feeRecipient, maxFeeBps, updates] = await Promise.all([
    view("Artwork", "owner"),
    view("AuctionHouse", "owner"),
    view("AuctionHouse", "feeBps"),
    view("AuctionHouse", "feeRecipient"),
    view("AuctionHouse", "MAX_FEE_BPS"),
    callChain("reading the attestor history of the Artwork contract", () =>
      artwork.queryFilter("AttestorUpdated", chain.deployBlock, blockTag),
    ),
  ]);

  const server = getAddress(serverAttestor);
  const named = updates.flatMap((log) => (log instanceof EventLog ? [getAddress(String(log.args.getValue("attestor")))] : []));
  const addresses = [...new Set([server, ...named])];
  const allowed = await Promise.all(addresses.map((address) => view("Artwork", "isAttestor", address)));

  return {
    chainId: chain.chainId,
    artwork: {
      address: await artwork.getAddress(),
      owner: getAddress(String(artworkOwner)),
      attestors: addresses.map((address, i) => ({ address, allowed: allowed[i] === true, server: address === server })),
    },
    auctionHouse: {
      address: await house.getAddress(),
      owner: getAddress(String(houseOwner)),
      feeBps: Number(feeBps),
      feeRecipient: getAddress(String(feeRecipient)),
      maxFeeBps: Number(maxFeeBps),
    },
  };
}
