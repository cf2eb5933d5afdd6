import { beforeAll, beforeEach, expect } from "vitest";
import type { Contract, ContractTransactionReceipt, ContractTransactionResponse, Signer } from "ethers";
import { deployProtocol, ethers, mintWork, type Protocol } from "../fixtures";

/** AuctionHouse constants, mirrored so a changed constant fails a test instead of hiding. */
export const MIN_DURATION = 15n * 60n;
export const MAX_DURATION = 30n * 24n * 3600n;
export const EXTENSION_WINDOW = 15n * 60n;
export const MAX_FEE_BPS = 1_000n;
export const MAX_ROYALTY_BPS = 5_000n;
export const UINT96_MAX = (1n << 96n) - 1n;
export const ONE = ethers.parseEther("1");

/** A chain-state snapshot id; `restore` rewinds to it (and the id is spent). */
export async function snapshot(): Promise<string> {
  return ethers.provider.send("evm_snapshot", []);
}

/** Rewinds the chain to `id`. */
export async function restore(id: string) {
  const ok = await ethers.provider.send("evm_revert", [id]);
  expect(ok).toBe(true);
}

/**
 * Runs `setup` once per file and rewinds the chain to the state right after it before every
 * test, so each test starts from the same contracts and balances. Returns a getter.
 */
export function useChainFixture<T>(setup: () => Promise<T>): () => T {
  let value: T | undefined;
  let id: string | undefined;
  beforeAll(async () => {
    value = await setup();
  });
  beforeEach(async () => {
    if (id !== undefined) await restore(id);
    id = await snapshot();
  });
  return () => value as T;
}

/** Waits for `tx` and returns its receipt, failing the test when the transaction failed. */
export async function mined(tx: Promise<ContractTransactionResponse> | ContractTransactionResponse) {
  const receipt = await (await tx).wait();
  expect(receipt?.status).toBe(1);
  return receipt as ContractTransactionReceipt;
}

/** What the sender paid for gas in `receipt`: gasUsed * effectiveGasPrice, in wei. */
export function gasCost(receipt: ContractTransactionReceipt): bigint {
  return receipt.gasUsed * receipt.gasPrice;
}

/** ETH balance of `who` (a signer, contract or address). */
export async function balanceOf(who: { getAddress(): Promise<string> } | string): Promise<bigint> {
  const address = typeof who === "string" ? who : await who.getAddress();
  return ethers.provider.getBalance(address);
}

/** Address of a signer or contract. */
export async function addr(who: { getAddress(): Promise<string> } | string): Promise<string> {
  return typeof who === "string" ? who : who.getAddress();
}

/** Makes the next mined block carry timestamp `ts`. */
export async function setNextTimestamp(ts: bigint) {
  await ethers.provider.send("evm_setNextBlockTimestamp", [Number(ts)]);
}

/** Mines one empty block at exactly `ts`. */
export async function mineAt(ts: bigint) {
  await setNextTimestamp(ts);
  await ethers.provider.send("evm_mine", []);
}

/** Gas limit for transactions sent at a pinned timestamp: skips estimation so the revert
 * comes from the mined transaction itself, at exactly that timestamp. */
export const FIXED_GAS = { gasLimit: 3_000_000n };

/** Connects `contract` to `signer`, typed loosely like the fixtures' contracts. */
export function by(contract: Contract | any, signer: Signer): any {
  return contract.connect(signer);
}

/** Deploys a test contract by name. */
export async function deploy(name: string, ...args: unknown[]): Promise<any> {
  const factory = await ethers.getContractFactory(name);
  const c = await factory.deploy(...args);
  await c.waitForDeployment();
  return c;
}

/** Mints an Artwork to the contributor, approves the house and opens an auction. */
export async function openArtworkAuction(
  p: Protocol,
  opts: { reserve?: bigint; duration?: bigint; seller?: Signer } = {},
) {
  const { tokenId, splitter } = await mintWork(p);
  const seller = opts.seller ?? p.contributor;
  const house = await p.house.getAddress();
  const nft = await p.artwork.getAddress();
  await mined(by(p.artwork, seller).approve(house, tokenId));
  const reserve = opts.reserve ?? ONE;
  const duration = opts.duration ?? 3600n;
  const receipt = await mined(by(p.house, seller).createAuction(nft, tokenId, reserve, duration));
  const auctionId = (await p.house.totalAuctions()) as bigint;
  return { tokenId, splitter, auctionId, nft, reserve, duration, receipt };
}

/** Mints a TestRoyaltyERC721 token to `seller`, approves the house and opens an auction. */
export async function openForeignAuction(
  p: Protocol,
  token: any,
  tokenId: bigint,
  seller: Signer,
  opts: { reserve?: bigint; duration?: bigint } = {},
) {
  await mined(token.mint(await seller.getAddress(), tokenId));
  await mined(by(token, seller).approve(await p.house.getAddress(), tokenId));
  const reserve = opts.reserve ?? ONE;
  const duration = opts.duration ?? 3600n;
  const receipt = await mined(by(p.house, seller).createAuction(await token.getAddress(), tokenId, reserve, duration));
  const auctionId = (await p.house.totalAuctions()) as bigint;
  return { auctionId, reserve, duration, receipt };
}

/**
 * The resale royalty settle pays for a claimed royalty `claimed` on a sale of `amount` with
 * platform fee `fee`: min(claimed, floor(amount * MAX_ROYALTY_BPS / 10_000), amount - fee).
 */
export function cappedRoyalty(amount: bigint, fee: bigint, claimed: bigint): bigint {
  let royalty = claimed;
  const cap = (amount * MAX_ROYALTY_BPS) / 10_000n;
  if (royalty > cap) royalty = cap;
  if (royalty > amount - fee) royalty = amount - fee;
  return royalty;
}

/** Moves time to the auction's end time (the next block is mined at exactly that second). */
export async function endAuction(p: Protocol, auctionId: bigint) {
  const a = await p.house.auctionOf(auctionId);
  await mineAt(a.endTime as bigint);
}

/** Sets `account`'s ETH balance (for bids near the uint96 cap). */
export async function setBalance(account: string, wei: bigint) {
  await ethers.provider.send("hardhat_setBalance", [account, ethers.toQuantity(wei)]);
}

/** Auction struct as plain values for exact comparison. */
export async function auctionState(p: Protocol, auctionId: bigint) {
  const a = await p.house.auctionOf(auctionId);
  return {
    nft: a.nft as string,
    reserve: a.reserve as bigint,
    tokenId: a.tokenId as bigint,
    seller: a.seller as string,
    endTime: a.endTime as bigint,
    duration: a.duration as bigint,
    primary: a.primary as boolean,
    bidder: a.bidder as string,
    amount: a.amount as bigint,
  };
}

/** The all-zero Auction of a settled, cancelled or unknown id. */
export const EMPTY_AUCTION = {
  nft: ethers.ZeroAddress,
  reserve: 0n,
  tokenId: 0n,
  seller: ethers.ZeroAddress,
  endTime: 0n,
  duration: 0n,
  primary: false,
  bidder: ethers.ZeroAddress,
  amount: 0n,
};

export { deployProtocol, ethers, mintWork, type Protocol };
