import hre from "hardhat";
import { expect } from "vitest";
import {
  Contract,
  Interface,
  type BaseContract,
  type ContractTransactionResponse,
  type Log,
  type Signer,
  Wallet,
  sha256,
  toUtf8Bytes,
} from "ethers";
import {
  MINT_REQUEST_TYPES,
  artworkDomain,
  roleId,
  sortShares,
  type MintRequest,
  type Share,
} from "@/lib/contracts/mint-request";

export const { ethers } = hre;

/** Deploys splitter implementation, Artwork and AuctionHouse; authorises `attestor`. */
export async function deployProtocol(opts: { feeBps?: number } = {}) {
  const signers = await ethers.getSigners();
  const [owner, contributor, trainer, platform, alice, bob, carol, dave] = signers;
  const attestor = Wallet.createRandom();
  const splitterImpl = await (await ethers.getContractFactory("RoyaltySplitter")).deploy();
  const artwork = await (
    await ethers.getContractFactory("Artwork")
  ).deploy("Colophon", "CLPH", owner.address, await splitterImpl.getAddress());
  await (await artwork.setAttestor(attestor.address, true)).wait();
  const house = await (
    await ethers.getContractFactory("AuctionHouse")
  ).deploy(owner.address, platform.address, opts.feeBps ?? 0);
  await (await house.setPrimaryCollection(await artwork.getAddress(), true)).wait();
  const { chainId } = await ethers.provider.getNetwork();
  return {
    owner, contributor, trainer, platform, alice, bob, carol, dave, signers,
    attestor, splitterImpl, artwork, house, chainId,
  };
}

export type Protocol = Awaited<ReturnType<typeof deployProtocol>>;

let counter = 0n;
/** A fresh 32-byte hash with a readable origin. */
export function hashOf(label: string): string {
  return sha256(toUtf8Bytes(label));
}

/** A valid mint request for `contributor` with a 3-way prompter/trainer/platform split. */
export async function mintRequest(p: Protocol, overrides: Partial<MintRequest> = {}): Promise<MintRequest> {
  counter += 1n;
  const latest = await ethers.provider.getBlock("latest");
  const shares: Share[] = sortShares([
    { account: p.contributor.address, role: roleId("prompter"), bps: 7000 },
    { account: p.trainer.address, role: roleId("trainer"), bps: 2000 },
    { account: p.platform.address, role: roleId("platform"), bps: 1000 },
  ]);
  return {
    to: p.contributor.address,
    contributor: p.contributor.address,
    contentHash: hashOf(`image-${counter}-${Math.random()}`),
    recordHash: hashOf(`record-${counter}`),
    modelHash: hashOf("model"),
    trainer: p.trainer.address,
    metadataDigest: hashOf(`metadata-${counter}`),
    royaltyBps: 1000,
    deadline: BigInt(latest!.timestamp + 3600),
    nonce: counter,
    shares,
    ...overrides,
  };
}

/** The attestor's EIP-712 signature over `req`. */
export async function attest(p: Protocol, req: MintRequest, signer: Wallet | Signer = p.attestor): Promise<string> {
  const domain = artworkDomain(p.chainId, await p.artwork.getAddress());
  return signer.signTypedData(domain, MINT_REQUEST_TYPES as never, req);
}

/** Mints a work as the contributor and returns the token id. */
export async function mintWork(p: Protocol, overrides: Partial<MintRequest> = {}) {
  const req = await mintRequest(p, overrides);
  const sig = await attest(p, req);
  const sender = (p.signers.find((s) => s.address === req.contributor) ?? p.contributor) as Signer;
  const tx = await (p.artwork.connect(sender) as Contract).mint(req, sig);
  const receipt = await tx.wait();
  const minted = findEvent(receipt!.logs, p.artwork, "ArtworkMinted");
  return { tokenId: minted.args.tokenId as bigint, splitter: minted.args.splitter as string, req, receipt: receipt! };
}

/**
 * Asserts that `action` reverts with custom error `name` of `contract` and exactly `args`.
 * Never passes on a bare revert: the revert data must decode to that error.
 */
export async function expectRevert(
  action: Promise<unknown>,
  contract: BaseContract | Interface,
  name: string,
  args: readonly unknown[] = [],
) {
  // Duck-typed: hardhat-ethers may bring its own copy of ethers, so instanceof can miss.
  const iface = "parseError" in contract ? (contract as Interface) : (contract as BaseContract).interface;
  let error: unknown;
  try {
    const result = await action;
    if (result && typeof (result as ContractTransactionResponse).wait === "function") {
      await (result as ContractTransactionResponse).wait();
    }
  } catch (e) {
    error = e;
  }
  expect(error, `expected revert ${name}`).toBeDefined();
  const data = findRevertData(error);
  expect(data, `no revert data in ${String(error)}`).toBeTypeOf("string");
  const parsed = iface.parseError(data!);
  expect(parsed?.name).toBe(name);
  expect(normalise([...parsed!.args])).toEqual(normalise([...args]));
}

export function findRevertData(e: unknown): string | undefined {
  for (let cur: any = e, depth = 0; cur && depth < 6; cur = cur.error ?? cur.cause ?? cur.info?.error, depth++) {
    if (typeof cur.data === "string" && cur.data.startsWith("0x")) return cur.data;
    if (typeof cur.data?.data === "string") return cur.data.data;
  }
  return undefined;
}

/** Finds the single event `name` emitted by `contract` in `logs`. */
export function findEvent(logs: readonly Log[], contract: BaseContract, name: string) {
  const found = findEvents(logs, contract, name);
  expect(found.length, `events ${name}`).toBe(1);
  return found[0];
}

/** All events `name` emitted by `contract` in `logs`, in order. */
export function findEvents(logs: readonly Log[], contract: BaseContract, name: string) {
  const target = (contract as Contract).target as string;
  return logs
    .filter((l) => l.address.toLowerCase() === target.toLowerCase())
    .map((l) => contract.interface.parseLog(l))
    .filter((l): l is NonNullable<typeof l> => l !== null && l.name === name);
}

/** Asserts exactly one `name` event from `contract` in the receipt, with exactly `args`. */
export function expectEvent(logs: readonly Log[], contract: BaseContract, name: string, args: readonly unknown[]) {
  const ev = findEvent(logs, contract, name);
  expect(normalise([...ev.args])).toEqual(normalise([...args]));
}

/** Makes ethers Results, bigints and addresses comparable with plain values. */
export function normalise(v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") return BigInt(v).toString();
  if (typeof v === "string") return /^0x[0-9a-fA-F]{40}$/.test(v) ? v.toLowerCase() : v;
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof (v as { toArray?: unknown }).toArray === "function") return normalise((v as any).toArray());
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]));
  return v;
}

/** Advances the chain clock by `seconds` and mines a block. */
export async function increaseTime(seconds: number | bigint) {
  await ethers.provider.send("evm_increaseTime", [Number(seconds)]);
  await ethers.provider.send("evm_mine", []);
}

/** Timestamp of the latest block. */
export async function now(): Promise<bigint> {
  return BigInt((await ethers.provider.getBlock("latest"))!.timestamp);
}
