import { describe, expect, it } from "vitest";
import { Wallet, toBeHex, zeroPadValue } from "ethers";
import { expectEvent, expectRevert, findEvents } from "../fixtures";
import {
  EMPTY_AUCTION,
  ONE,
  auctionState,
  balanceOf,
  by,
  deploy,
  deployProtocol,
  endAuction,
  ethers,
  gasCost,
  mined,
  useChainFixture,
} from "./auction-helpers";

/** AuctionReentrantERC721.Target */
const Target = { None: 0, CreateAuction: 1, SetReserve: 2, CancelAuction: 3, ReclaimToken: 4 } as const;
/** RevertingTransferERC721.Mode */
const Transfer = { Normal: 0, Revert: 1, BurnGas: 2 } as const;
/** AuctionOddContributorERC721.Mode */
const Answer = { Honest: 0, Empty: 1, OneByte: 2, ShortWord: 3, DirtyWord: 4 } as const;

const ODD_ROYALTY_BPS = 500n;

const fixture = useChainFixture(async () => {
  const p = await deployProtocol();
  const houseAddress = (await p.house.getAddress()) as string;
  const guardError = p.house.interface.encodeErrorResult("ReentrancyGuardReentrantCall", []);

  // The hostile collection. Alice holds tokens 1 and 2 and lets the house move them.
  const token = await deploy("AuctionReentrantERC721", houseAddress);
  const tokenAddress = (await token.getAddress()) as string;
  await mined(token.mint(p.alice.address, 1n));
  await mined(token.mint(p.alice.address, 2n));
  await mined(by(token, p.alice).setApprovalForAll(houseAddress, true));

  // The token contract is also a seller, so every re-entrant call is one the house would
  // accept from it outside a transfer: it lists its own token 100 (auction `own`, no bids)
  // and holds token 101, approved but not listed.
  await mined(token.mint(tokenAddress, 100n));
  await mined(token.mint(tokenAddress, 101n));
  await mined(token.forward(tokenAddress, token.interface.encodeFunctionData("setApprovalForAll", [houseAddress, true])));
  await mined(token.forward(houseAddress, p.house.interface.encodeFunctionData("createAuction", [tokenAddress, 100n, ONE, 3600n])));
  const own = (await p.house.totalAuctions()) as bigint;

  // ...and it has a token to reclaim: its token 7 of a RevertingTransferERC721 was won by bob
  // but could not be delivered, so the house holds it for the token contract.
  const stuck = await deploy("RevertingTransferERC721", Wallet.createRandom().address, 0);
  const stuckAddress = (await stuck.getAddress()) as string;
  await mined(stuck.mint(tokenAddress, 7n));
  await mined(token.forward(stuckAddress, stuck.interface.encodeFunctionData("approve", [houseAddress, 7n])));
  await mined(token.forward(houseAddress, p.house.interface.encodeFunctionData("createAuction", [stuckAddress, 7n, ONE, 3600n])));
  const stuckAuction = (await p.house.totalAuctions()) as bigint;
  await mined(by(p.house, p.bob).placeBid(stuckAuction, { value: ONE }));
  await endAuction(p, stuckAuction);
  await mined(stuck.setMode(Transfer.Revert));
  const rs = await mined(by(p.house, p.dave).settle(stuckAuction));
  expectEvent(rs.logs, p.house, "TokenReclaimable", [stuckAuction, tokenAddress, stuckAddress, 7n]);
  await mined(stuck.setMode(Transfer.Normal));

  // A collection marked primary whose contributorOf answers oddly; alice lets the house move it.
  const royaltyReceiver = Wallet.createRandom().address;
  const odd = await deploy("AuctionOddContributorERC721", royaltyReceiver, ODD_ROYALTY_BPS);
  const oddAddress = (await odd.getAddress()) as string;
  await mined(p.house.setPrimaryCollection(oddAddress, true));
  await mined(by(odd, p.alice).setApprovalForAll(houseAddress, true));

  return {
    p, houseAddress, guardError, token, tokenAddress, own, stuck, stuckAddress, stuckAuction,
    odd, oddAddress, royaltyReceiver,
  };
});

type Fixture = ReturnType<typeof fixture>;

/** Everything the re-entries could touch: auction count, the attacker's auction and tokens,
 * the stuck token, alice's tokens, the house's ETH and the bidders' credits. */
async function houseState(f: Fixture) {
  const { p, token, stuck, own, houseAddress, tokenAddress } = f;
  return {
    total: (await p.house.totalAuctions()) as bigint,
    own: await auctionState(p, own),
    owners: {
      t1: (await token.ownerOf(1n)) as string,
      t2: (await token.ownerOf(2n)) as string,
      t100: (await token.ownerOf(100n)) as string,
      t101: (await token.ownerOf(101n)) as string,
      stuck7: (await stuck.ownerOf(7n)) as string,
    },
    houseBalance: await balanceOf(houseAddress),
    pending: {
      alice: (await p.house.pendingWithdrawal(p.alice.address)) as bigint,
      bob: (await p.house.pendingWithdrawal(p.bob.address)) as bigint,
      token: (await p.house.pendingWithdrawal(tokenAddress)) as bigint,
    },
  };
}

/** Alice lists `tokenId` of the hostile collection (the hook disarmed) and returns its auction id. */
async function aliceLists(f: Fixture, tokenId: bigint) {
  await mined(f.token.configure(Target.None, ethers.ZeroAddress, 0n, 0n, 0n, false));
  await mined(by(f.p.house, f.p.alice).createAuction(f.tokenAddress, tokenId, ONE, 3600n));
  return (await f.p.house.totalAuctions()) as bigint;
}

/** Arms the hostile token's hook. */
async function arm(
  f: Fixture,
  target: number,
  args: { nft?: string; id?: bigint; reserve?: bigint; duration?: bigint; bubble?: boolean },
) {
  await mined(f.token.configure(
    target,
    args.nft ?? ethers.ZeroAddress,
    args.id ?? 0n,
    args.reserve ?? 0n,
    args.duration ?? 0n,
    args.bubble ?? false,
  ));
}

describe("fixture sanity: the attacker's positions are real", () => {
  it("the token contract sells auction `own` (no bids), holds 101 approved, and may reclaim stuck token 7", async () => {
    const f = fixture();
    const { p, token, tokenAddress, houseAddress, own, stuck } = f;
    expect(await auctionState(p, own)).toEqual({
      nft: tokenAddress, reserve: ONE, tokenId: 100n, seller: tokenAddress,
      endTime: 0n, duration: 3600n, primary: false, bidder: ethers.ZeroAddress, amount: 0n,
    });
    expect(await token.ownerOf(100n)).toBe(houseAddress);
    expect(await token.ownerOf(101n)).toBe(tokenAddress);
    expect(await token.isApprovedForAll(tokenAddress, houseAddress)).toBe(true);
    expect(await stuck.ownerOf(7n)).toBe(houseAddress);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });
});

describe("AuctionHouse guard: createAuction re-entered from a token's transferFrom", () => {
  it("fails with ReentrancyGuardReentrantCall while alice's createAuction escrows her token; swallowed, alice's auction opens alone", async () => {
    const f = fixture();
    const { p, token, tokenAddress, houseAddress, guardError } = f;
    await arm(f, Target.CreateAuction, { nft: tokenAddress, id: 101n, reserve: 2n * ONE, duration: 7200n });
    const before = await houseState(f);
    const r = await mined(by(p.house, p.alice).createAuction(tokenAddress, 1n, ONE, 3600n));
    const id = before.total + 1n;
    expectEvent(r.logs, token, "ReentryAttempted", [Target.CreateAuction, 1n, false, guardError]);
    expectEvent(r.logs, p.house, "AuctionCreated", [id, p.alice.address, tokenAddress, 1n, ONE, 3600n, false]);
    expect(await houseState(f)).toEqual({ ...before, total: id, owners: { ...before.owners, t1: houseAddress } });
    expect(await auctionState(p, id + 1n)).toEqual(EMPTY_AUCTION);

    // The same call from outside a transfer is accepted: only the guard stopped it.
    const rs = await mined(token.strike());
    expectEvent(rs.logs, p.house, "AuctionCreated", [id + 1n, tokenAddress, tokenAddress, 101n, 2n * ONE, 7200n, false]);
    expect(findEvents(rs.logs, token, "ReentryAttempted")).toHaveLength(0);
    expect(await token.ownerOf(101n)).toBe(houseAddress);
  });

  it("bubbled, alice's createAuction reverts with ReentrancyGuardReentrantCall and nothing changes; disarmed, she lists normally", async () => {
    const f = fixture();
    const { p, token, tokenAddress, houseAddress } = f;
    await arm(f, Target.CreateAuction, { nft: tokenAddress, id: 101n, reserve: 2n * ONE, duration: 7200n, bubble: true });
    const before = await houseState(f);
    await expectRevert(by(p.house, p.alice).createAuction(tokenAddress, 1n, ONE, 3600n), p.house, "ReentrancyGuardReentrantCall", []);
    expect(await houseState(f)).toEqual(before);
    expect(before.owners.t1).toBe(p.alice.address);

    const id = await aliceLists(f, 1n);
    expect(id).toBe(before.total + 1n);
    expect(await token.ownerOf(1n)).toBe(houseAddress);
    expect(await token.ownerOf(101n)).toBe(tokenAddress);
  });
});

describe("AuctionHouse guard: setReserve re-entered from a token's transferFrom", () => {
  it("fails with ReentrancyGuardReentrantCall while alice's cancelAuction returns her token; swallowed, the cancel completes and the attacker's reserve is unchanged", async () => {
    const f = fixture();
    const { p, token, tokenAddress, own, guardError } = f;
    const aliceAuction = await aliceLists(f, 1n);
    await arm(f, Target.SetReserve, { id: own, reserve: 5n * ONE });
    const before = await houseState(f);
    const r = await mined(by(p.house, p.alice).cancelAuction(aliceAuction));
    expectEvent(r.logs, token, "ReentryAttempted", [Target.SetReserve, 1n, false, guardError]);
    expectEvent(r.logs, p.house, "AuctionCanceled", [aliceAuction, p.alice.address]);
    expect(findEvents(r.logs, p.house, "AuctionReserveUpdated")).toHaveLength(0);
    expect(await houseState(f)).toEqual({ ...before, owners: { ...before.owners, t1: p.alice.address } });
    expect(await auctionState(p, aliceAuction)).toEqual(EMPTY_AUCTION);

    const rs = await mined(token.strike());
    expectEvent(rs.logs, p.house, "AuctionReserveUpdated", [own, 5n * ONE]);
    expect((await auctionState(p, own)).reserve).toBe(5n * ONE);
    expect((await auctionState(p, own)).seller).toBe(tokenAddress);
  });

  it("bubbled, alice's cancelAuction reverts with ReentrancyGuardReentrantCall: her auction and escrow stay as they were", async () => {
    const f = fixture();
    const { p, token, houseAddress, own } = f;
    const aliceAuction = await aliceLists(f, 1n);
    const aliceBefore = await auctionState(p, aliceAuction);
    await arm(f, Target.SetReserve, { id: own, reserve: 5n * ONE, bubble: true });
    const before = await houseState(f);
    await expectRevert(by(p.house, p.alice).cancelAuction(aliceAuction), p.house, "ReentrancyGuardReentrantCall", []);
    expect(await houseState(f)).toEqual(before);
    expect(await auctionState(p, aliceAuction)).toEqual(aliceBefore);
    expect(await token.ownerOf(1n)).toBe(houseAddress);
  });
});

describe("AuctionHouse guard: cancelAuction re-entered from a token's transferFrom", () => {
  it("fails with ReentrancyGuardReentrantCall while alice's createAuction escrows her token; swallowed, the attacker's auction and escrow stay", async () => {
    const f = fixture();
    const { p, token, tokenAddress, houseAddress, own, guardError } = f;
    await arm(f, Target.CancelAuction, { id: own });
    const before = await houseState(f);
    const r = await mined(by(p.house, p.alice).createAuction(tokenAddress, 2n, ONE, 3600n));
    const id = before.total + 1n;
    expectEvent(r.logs, token, "ReentryAttempted", [Target.CancelAuction, 2n, false, guardError]);
    expectEvent(r.logs, p.house, "AuctionCreated", [id, p.alice.address, tokenAddress, 2n, ONE, 3600n, false]);
    expect(findEvents(r.logs, p.house, "AuctionCanceled")).toHaveLength(0);
    expect(await houseState(f)).toEqual({ ...before, total: id, owners: { ...before.owners, t2: houseAddress } });

    const rs = await mined(token.strike());
    expectEvent(rs.logs, p.house, "AuctionCanceled", [own, tokenAddress]);
    expect(await auctionState(p, own)).toEqual(EMPTY_AUCTION);
    expect(await token.ownerOf(100n)).toBe(tokenAddress);
  });

  it("fails the same way from inside another cancelAuction; bubbled, alice's cancel reverts with ReentrancyGuardReentrantCall and both auctions stay", async () => {
    const f = fixture();
    const { p, token, houseAddress, own, guardError } = f;
    const aliceAuction = await aliceLists(f, 1n);
    const aliceBefore = await auctionState(p, aliceAuction);
    await arm(f, Target.CancelAuction, { id: own, bubble: true });
    const before = await houseState(f);
    await expectRevert(by(p.house, p.alice).cancelAuction(aliceAuction), p.house, "ReentrancyGuardReentrantCall", []);
    expect(await houseState(f)).toEqual(before);
    expect(await auctionState(p, aliceAuction)).toEqual(aliceBefore);

    await arm(f, Target.CancelAuction, { id: own, bubble: false });
    const r = await mined(by(p.house, p.alice).cancelAuction(aliceAuction));
    expectEvent(r.logs, token, "ReentryAttempted", [Target.CancelAuction, 1n, false, guardError]);
    expectEvent(r.logs, p.house, "AuctionCanceled", [aliceAuction, p.alice.address]);
    expect(await token.ownerOf(1n)).toBe(p.alice.address);
    expect(await token.ownerOf(100n)).toBe(houseAddress);
    expect(await auctionState(p, own)).toEqual(before.own);
  });
});

describe("AuctionHouse guard: reclaimToken re-entered from a token's transferFrom", () => {
  it("fails with ReentrancyGuardReentrantCall during settle's delivery; swallowed, bob gets the token, alice the proceeds, and the stuck token stays held", async () => {
    const f = fixture();
    const { p, token, stuck, stuckAddress, tokenAddress, houseAddress, guardError } = f;
    const id = await aliceLists(f, 1n);
    await mined(by(p.house, p.bob).placeBid(id, { value: ONE }));
    await endAuction(p, id);
    await arm(f, Target.ReclaimToken, { nft: stuckAddress, id: 7n });
    const aliceStart = await balanceOf(p.alice);
    const r = await mined(by(p.house, p.dave).settle(id));
    expectEvent(r.logs, token, "ReentryAttempted", [Target.ReclaimToken, 1n, false, guardError]);
    expectEvent(r.logs, p.house, "AuctionSettled", [id, p.bob.address, ONE, 0n, ethers.ZeroAddress, 0n, ONE, true]);
    expect(findEvents(r.logs, p.house, "TokenReclaimed")).toHaveLength(0);
    expect(await token.ownerOf(1n)).toBe(p.bob.address);
    expect(await balanceOf(p.alice)).toBe(aliceStart + ONE);
    expect(await stuck.ownerOf(7n)).toBe(houseAddress);
    expect(await balanceOf(houseAddress)).toBe(0n);

    const rs = await mined(token.strike());
    expectEvent(rs.logs, p.house, "TokenReclaimed", [tokenAddress, stuckAddress, 7n]);
    expect(await stuck.ownerOf(7n)).toBe(tokenAddress);
  });

  it("bubbled during settle, the guard's revert fails the delivery: bob is refunded, alice may reclaim, and reclaimToken re-entered from her reclaim fails too", async () => {
    const f = fixture();
    const { p, token, stuck, stuckAddress, tokenAddress, houseAddress, guardError } = f;
    const id = await aliceLists(f, 1n);
    const bobStart = await balanceOf(p.bob);
    const rb = await mined(by(p.house, p.bob).placeBid(id, { value: ONE }));
    await endAuction(p, id);
    await arm(f, Target.ReclaimToken, { nft: stuckAddress, id: 7n, bubble: true });
    const aliceStart = await balanceOf(p.alice);
    const r = await mined(by(p.house, p.dave).settle(id));
    expect(findEvents(r.logs, token, "ReentryAttempted")).toHaveLength(0);
    expectEvent(r.logs, p.house, "TokenReclaimable", [id, p.alice.address, tokenAddress, 1n]);
    expectEvent(r.logs, p.house, "AuctionSettled", [id, p.bob.address, ONE, 0n, ethers.ZeroAddress, 0n, 0n, false]);
    expect(await token.ownerOf(1n)).toBe(houseAddress);
    expect(await balanceOf(p.bob)).toBe(bobStart - gasCost(rb));
    expect(await balanceOf(p.alice)).toBe(aliceStart);
    expect(await stuck.ownerOf(7n)).toBe(houseAddress);
    expect(await balanceOf(houseAddress)).toBe(0n);

    // Bubbled from alice's own reclaim: it reverts with the guard error and her record stays.
    const before = await houseState(f);
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 1n), p.house, "ReentrancyGuardReentrantCall", []);
    expect(await houseState(f)).toEqual(before);

    // Swallowed: alice takes her token back; the attacker's reclaim inside it fails.
    await arm(f, Target.ReclaimToken, { nft: stuckAddress, id: 7n, bubble: false });
    const rr = await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 1n));
    expectEvent(rr.logs, token, "ReentryAttempted", [Target.ReclaimToken, 1n, false, guardError]);
    expectEvent(rr.logs, p.house, "TokenReclaimed", [p.alice.address, tokenAddress, 1n]);
    expect(await houseState(f)).toEqual({ ...before, owners: { ...before.owners, t1: p.alice.address } });
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 1n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 1n, p.alice.address]);

    const rs = await mined(token.strike());
    expectEvent(rs.logs, p.house, "TokenReclaimed", [tokenAddress, stuckAddress, 7n]);
    expect(await stuck.ownerOf(7n)).toBe(tokenAddress);
  });

  it("bubbled from inside alice's createAuction, her listing reverts with ReentrancyGuardReentrantCall and the stuck token's record survives", async () => {
    const f = fixture();
    const { p, token, stuckAddress, tokenAddress } = f;
    await arm(f, Target.ReclaimToken, { nft: stuckAddress, id: 7n, bubble: true });
    const before = await houseState(f);
    await expectRevert(by(p.house, p.alice).createAuction(tokenAddress, 2n, ONE, 3600n), p.house, "ReentrancyGuardReentrantCall", []);
    expect(await houseState(f)).toEqual(before);
    // The record is intact: the attacker's reclaim outside a transfer succeeds.
    const rs = await mined(token.strike());
    expectEvent(rs.logs, p.house, "TokenReclaimed", [tokenAddress, stuckAddress, 7n]);
  });
});

/** contributorOf answers that are no ABI-encoded address. */
const ODD_ANSWERS = [
  { name: "returns nothing", mode: Answer.Empty, dirt: 0n },
  { name: "returns one byte", mode: Answer.OneByte, dirt: 0n },
  { name: "returns 31 bytes (the seller's word cut short)", mode: Answer.ShortWord, dirt: 0n },
  { name: "returns the seller with bit 160 set", mode: Answer.DirtyWord, dirt: 1n },
  { name: "returns the seller with bit 255 set", mode: Answer.DirtyWord, dirt: 1n << 95n },
  { name: "returns the seller with all 96 upper bits set", mode: Answer.DirtyWord, dirt: (1n << 96n) - 1n },
] as const;

/** The raw bytes contributorOf returns in `mode` when naming `seller`. */
function rawAnswer(seller: string, mode: number, dirt: bigint): string {
  const word = zeroPadValue(seller, 32).toLowerCase();
  if (mode === Answer.Empty) return "0x";
  if (mode === Answer.OneByte) return "0x" + word.slice(-2);
  if (mode === Answer.ShortWord) return word.slice(0, 2 + 62);
  if (mode === Answer.DirtyWord) return toBeHex((dirt << 160n) | BigInt(seller), 32);
  return word;
}

/** Mints `tokenId` of the odd collection to alice and lists it; returns the receipt and id. */
async function aliceListsOdd(f: Fixture, tokenId: bigint) {
  const { p, odd, oddAddress } = f;
  await mined(odd.mint(p.alice.address, tokenId));
  const receipt = await mined(by(p.house, p.alice).createAuction(oddAddress, tokenId, ONE, 3600n));
  return { receipt, auctionId: (await p.house.totalAuctions()) as bigint };
}

describe("AuctionHouse._contributorOf: a marked collection whose contributorOf answers oddly", () => {
  it("really answers oddly: the raw bytes of each mode (the honest answer is the seller's 32-byte word)", async () => {
    const { p, odd, oddAddress } = fixture();
    const data = odd.interface.encodeFunctionData("contributorOf", [1n]);
    await mined(odd.setAnswer(Answer.Honest, p.alice.address, 0n));
    expect(await ethers.provider.call({ to: oddAddress, data })).toBe(zeroPadValue(p.alice.address, 32).toLowerCase());
    const lengths: number[] = [];
    for (const a of ODD_ANSWERS) {
      await mined(odd.setAnswer(a.mode, p.alice.address, a.dirt));
      const raw = await ethers.provider.call({ to: oddAddress, data });
      expect(raw, a.name).toBe(rawAnswer(p.alice.address, a.mode, a.dirt));
      lengths.push((raw.length - 2) / 2);
      if (a.mode === Answer.DirtyWord) {
        // Exactly the seller in the low 160 bits, and the dirt above them.
        expect(BigInt(raw) & ((1n << 160n) - 1n)).toBe(BigInt(p.alice.address));
        expect(BigInt(raw) >> 160n).toBe(a.dirt);
      }
    }
    expect(lengths).toEqual([0, 1, 31, 32, 32, 32]);
  });

  it("control: answering the seller's address in one clean word makes the listing primary; naming someone else does not", async () => {
    const f = fixture();
    const { p, odd, oddAddress } = f;
    await mined(odd.setAnswer(Answer.Honest, p.alice.address, 0n));
    const a = await aliceListsOdd(f, 1n);
    expectEvent(a.receipt.logs, p.house, "AuctionCreated", [a.auctionId, p.alice.address, oddAddress, 1n, ONE, 3600n, true]);
    expect((await auctionState(p, a.auctionId)).primary).toBe(true);
    await mined(odd.setAnswer(Answer.Honest, p.bob.address, 0n));
    const b = await aliceListsOdd(f, 2n);
    expectEvent(b.receipt.logs, p.house, "AuctionCreated", [b.auctionId, p.alice.address, oddAddress, 2n, ONE, 3600n, false]);
  });

  for (const [i, a] of ODD_ANSWERS.entries()) {
    it(`when contributorOf ${a.name}, createAuction succeeds and the auction is not primary`, async () => {
      const f = fixture();
      const { p, odd, oddAddress, houseAddress } = f;
      await mined(odd.setAnswer(a.mode, p.alice.address, a.dirt));
      const tokenId = 10n + BigInt(i);
      const before = (await p.house.totalAuctions()) as bigint;
      const { receipt, auctionId } = await aliceListsOdd(f, tokenId);
      expect(auctionId).toBe(before + 1n);
      expectEvent(receipt.logs, p.house, "AuctionCreated", [auctionId, p.alice.address, oddAddress, tokenId, ONE, 3600n, false]);
      expect(await auctionState(p, auctionId)).toEqual({
        nft: oddAddress, reserve: ONE, tokenId, seller: p.alice.address,
        endTime: 0n, duration: 3600n, primary: false, bidder: ethers.ZeroAddress, amount: 0n,
      });
      expect(await odd.ownerOf(tokenId)).toBe(houseAddress);
      expect(await p.house.isPrimaryCollection(oddAddress)).toBe(true);
    });
  }

  it("settles such a listing as a resale: the 5% royalty to the receiver and the rest to the seller, where the honest answer sends everything to the receiver", async () => {
    const f = fixture();
    const { p, odd, royaltyReceiver, houseAddress } = f;
    const price = 2n * ONE;
    const royalty = (price * ODD_ROYALTY_BPS) / 10_000n;

    await mined(odd.setAnswer(Answer.DirtyWord, p.alice.address, 1n));
    const resale = await aliceListsOdd(f, 20n);
    await mined(odd.setAnswer(Answer.Honest, p.alice.address, 0n));
    const primary = await aliceListsOdd(f, 21n);
    // The answer is read once, at createAuction: switching it later changes neither auction.
    expect((await auctionState(p, resale.auctionId)).primary).toBe(false);
    expect((await auctionState(p, primary.auctionId)).primary).toBe(true);

    await mined(by(p.house, p.bob).placeBid(resale.auctionId, { value: price }));
    await mined(by(p.house, p.carol).placeBid(primary.auctionId, { value: price }));
    await endAuction(p, primary.auctionId);

    let start = { alice: await balanceOf(p.alice), receiver: await balanceOf(royaltyReceiver) };
    const r1 = await mined(by(p.house, p.dave).settle(resale.auctionId));
    expectEvent(r1.logs, p.house, "AuctionSettled", [resale.auctionId, p.bob.address, price, 0n, royaltyReceiver, royalty, price - royalty, true]);
    expect(await balanceOf(p.alice)).toBe(start.alice + price - royalty);
    expect(await balanceOf(royaltyReceiver)).toBe(start.receiver + royalty);
    expect(await odd.ownerOf(20n)).toBe(p.bob.address);

    start = { alice: await balanceOf(p.alice), receiver: await balanceOf(royaltyReceiver) };
    const r2 = await mined(by(p.house, p.dave).settle(primary.auctionId));
    expectEvent(r2.logs, p.house, "AuctionSettled", [primary.auctionId, p.carol.address, price, 0n, royaltyReceiver, price, 0n, true]);
    expect(await balanceOf(p.alice)).toBe(start.alice);
    expect(await balanceOf(royaltyReceiver)).toBe(start.receiver + price);
    expect(await odd.ownerOf(21n)).toBe(p.carol.address);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });
});
