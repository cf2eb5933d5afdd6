import type { Interface, Result } from "ethers";
import type { IndexerContracts } from "./indexer-contracts";
import { artworkInterface, auctionHouseInterface, royaltySplitterInterface } from "@/lib/contracts/contract-interfaces";

/** Which of our contracts emitted a log. */
export type ContractKind = "Artwork" | "AuctionHouse" | "RoyaltySplitter";

/** A log with its event decoded from the emitting contract's ABI. */
export interface DecodedEvent {
  contract: ContractKind;
  /** Event name, e.g. "AuctionBid". */
  name: string;
  args: Result;
}

const INTERFACES: Record<ContractKind, Interface> = {
  Artwork: artworkInterface,
  AuctionHouse: auctionHouseInterface,
  RoyaltySplitter: royaltySplitterInterface,
};

/**
 * Decodes a log of one of our contracts, or returns null when the ABI has no such event
 * or the log does not decode (a log with the same topic from an unrelated contract).
 */
export function decodeLog(contract: ContractKind, log: { topics: readonly string[]; data: string }): DecodedEvent | null {
  try {
    const parsed = INTERFACES[contract].parseLog({ topics: [...log.topics], data: log.data });
    return parsed === null ? null : { contract, name: parsed.name, args: parsed.args };
  } catch {
    return null;
  }
}

/** Which contract a log of the index came from: the Artwork, the AuctionHouse, or else a splitter clone. */
export function contractKindOf(contracts: IndexerContracts, address: string): ContractKind {
  if (address === contracts.artwork) return "Artwork";
  if (address === contracts.auctionHouse) return "AuctionHouse";
  return "RoyaltySplitter";
}

/** Decodes a stored log again (replay after a reorg), by the contract that emitted it. */
export function decodeStoredLog(
  contracts: IndexerContracts,
  log: { address: string; topics: readonly string[]; data: string },
): DecodedEvent | null {
  return decodeLog(contractKindOf(contracts, log.address), log);
}
