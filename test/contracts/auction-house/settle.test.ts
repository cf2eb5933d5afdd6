import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Wallet } from "ethers";
import { expectEvent, expectRevert, findEvents, increaseTime, now } from "../fixtures";
import {
  EMPTY_AUCTION,
  EXTENSION_WINDOW,
  FIXED_GAS,
  MAX_ROYALTY_BPS,
  ONE,
  auctionState,
  balanceOf,
  by,
  cappedRoyalty,
  deploy,
  deployProtocol,
  endAuction,
  ethers,
  gasCost,
  mined,
  mintWork,
  mineAt,
  openArtworkAuction,
  openForeignAuction,
  restore,
  setBalance,
  setNextTimestamp,
  snapshot,
  useChainFixture,
  type Protocol,
} from "./auction-helpers";

const fixture = useChainFixture(async () => {
  const p = await deployProtocol();
  const royaltyReceiver = Wallet.createRandom().address;
  const foreign = await deploy("TestRoyaltyERC721", royaltyReceiver, 500);
  return { p, foreign, royaltyReceiver, houseAddress: await p.house.getAddress() };
});

/** Opens an Artwork first sale, has alice then bob bid, and moves past the end. */
async function endedPrimary(p: Protocol, amounts: [bigint, bigint] = [ONE, ONE + ONE / 10n]) {
  const opened = await openArtworkAuction(p, { reserve: amounts[0] });
  await mined(by(p.house, p.alice).placeBid(opened.auctionId, { value: amounts[0] }));
  await mined(by(p.house, p.bob).placeBid(opened.auctionId, { value: amounts[1] }));
  await endAuction(p, opened.auctionId);
  return opened;
}

describe("AuctionHouse.settle: primary sale (seller is the contributor)", () => {
  it("sends the token to the winner and the whole price to the token's splitter; the seller gets nothing directly", async () => {
    const { p, houseAddress } = fixture();
    const { auctionId, tokenId, splitter } = await endedPrimary(p);
    const price = ONE + ONE / 10n;
    const before = { splitter: await balanceOf(splitter), contributor: await balanceOf(p.contributor), platform: await balanceOf(p.platform) };
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, 0n, splitter, price, 0n, true]);
    expect(findEvents(r.logs, p.house, "RefundDeferred")).toHaveLength(0);
    expect(await p.artwork.ownerOf(tokenId)).toBe(p.bob.address);
    expect(await balanceOf(splitter)).toBe(before.splitter + price);
    expect(await balanceOf(p.contributor)).toBe(before.contributor);
    expect(await balanceOf(p.platform)).toBe(before.platform);
    expect(await balanceOf(houseAddress)).toBe(0n);
    expect(await auctionState(p, auctionId)).toEqual(EMPTY_AUCTION);
    const s = await ethers.getContractAt("RoyaltySplitter", splitter);
    expect(await s.owed(ethers.ZeroAddress, p.contributor.address)).toBe(price * 7000n / 10000n);
    expect(await s.owed(ethers.ZeroAddress, p.trainer.address)).toBe(price * 2000n / 10000n);
    expect(await s.owed(ethers.ZeroAddress, p.platform.address)).toBe(price * 1000n / 10000n);
  });

  it("with a platform fee pays the fee to the fee recipient and the rest to the splitter", async () => {
    const { p } = fixture();
    await mined(p.house.setPlatformFee(p.platform.address, 250));
    const price = 1_234_567_890_123_456_789n;
    const { auctionId, splitter } = await endedPrimary(p, [ONE, price]);
    const fee = price * 250n / 10_000n;
    const before = { splitter: await balanceOf(splitter), platform: await balanceOf(p.platform) };
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, splitter, price - fee, 0n, true]);
    expect(fee).toBe(30_864_197_253_086_419n);
    expect(await balanceOf(p.platform)).toBe(before.platform + fee);
    expect(await balanceOf(splitter)).toBe(before.splitter + price - fee);
  });

  it("pays the split even when the work's resale royalty is 0%", async () => {
    const { p } = fixture();
    const { tokenId, splitter } = await mintWork(p, { royaltyBps: 0 });
    await mined(by(p.artwork, p.contributor).approve(await p.house.getAddress(), tokenId));
    await mined(by(p.house, p.contributor).createAuction(await p.artwork.getAddress(), tokenId, ONE, 3600n));
    await mined(by(p.house, p.alice).placeBid(1n, { value: ONE }));
    await endAuction(p, 1n);
    const before = await balanceOf(splitter);
    const r = await mined(by(p.house, p.dave).settle(1n));
    expectEvent(r.logs, p.house, "AuctionSettled", [1n, p.alice.address, ONE, 0n, splitter, ONE, 0n, true]);
    expect(await balanceOf(splitter)).toBe(before + ONE);
  });
});

describe("AuctionHouse.settle: resale", () => {
  /** Bob wins the first sale, then resells to carol for `price`. */
  async function resale(p: Protocol, price: bigint) {
    const first = await endedPrimary(p);
    await mined(by(p.house, p.dave).settle(first.auctionId));
    const houseAddress = await p.house.getAddress();
    await mined(by(p.artwork, p.bob).approve(houseAddress, first.tokenId));
    const cr = await mined(by(p.house, p.bob).createAuction(await p.artwork.getAddress(), first.tokenId, ONE, 3600n));
    const auctionId = 2n;
    expectEvent(cr.logs, p.house, "AuctionCreated", [auctionId, p.bob.address, await p.artwork.getAddress(), first.tokenId, ONE, 3600n, false]);
    await mined(by(p.house, p.carol).placeBid(auctionId, { value: price }));
    await endAuction(p, auctionId);
    return { auctionId, tokenId: first.tokenId, splitter: first.splitter };
  }

  it("after a primary sale the buyer resells: 10% royalty to the splitter, the rest to the buyer-seller", async () => {
    const { p, houseAddress } = fixture();
    const price = 3n * ONE + 7n;
    const { auctionId, tokenId, splitter } = await resale(p, price);
    const royalty = price * 1000n / 10_000n;
    const before = { splitter: await balanceOf(splitter), bob: await balanceOf(p.bob), contributor: await balanceOf(p.contributor) };
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.carol.address, price, 0n, splitter, royalty, price - royalty, true]);
    expect(await p.artwork.ownerOf(tokenId)).toBe(p.carol.address);
    expect(await balanceOf(splitter)).toBe(before.splitter + royalty);
    expect(await balanceOf(p.bob)).toBe(before.bob + price - royalty);
    expect(await balanceOf(p.contributor)).toBe(before.contributor);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("with a platform fee computes fee and royalty each on the full price, exactly as in the event", async () => {
    const { p } = fixture();
    await mined(p.house.setPlatformFee(p.platform.address, 999));
    const price = 2_718_281_828_459_045_235n;
    const { auctionId, splitter } = await resale(p, price);
    const fee = price * 999n / 10_000n;
    const royalty = price * 1000n / 10_000n;
    const sellerProceeds = price - fee - royalty;
    const before = { splitter: await balanceOf(splitter), bob: await balanceOf(p.bob), platform: await balanceOf(p.platform) };
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.carol.address, price, fee, splitter, royalty, sellerProceeds, true]);
    const ev = findEvents(r.logs, p.house, "AuctionSettled")[0].args;
    expect(ev.fee + ev.royalty + ev.sellerProceeds).toBe(ev.amount);
    expect(await balanceOf(p.platform)).toBe(before.platform + fee);
    expect(await balanceOf(splitter)).toBe(before.splitter + royalty);
    expect(await balanceOf(p.bob)).toBe(before.bob + sellerProceeds);
  });

  it("treats the contributor buying the work back and selling it again as a primary sale (decided at createAuction)", async () => {
    const { p, houseAddress } = fixture();
    const first = await endedPrimary(p);
    await mined(by(p.house, p.dave).settle(first.auctionId));
    await mined(by(p.artwork, p.bob).transferFrom(p.bob.address, p.contributor.address, first.tokenId));
    await mined(by(p.artwork, p.contributor).approve(houseAddress, first.tokenId));
    const cr = await mined(by(p.house, p.contributor).createAuction(await p.artwork.getAddress(), first.tokenId, ONE, 3600n));
    expectEvent(cr.logs, p.house, "AuctionCreated", [2n, p.contributor.address, await p.artwork.getAddress(), first.tokenId, ONE, 3600n, true]);
    await mined(by(p.house, p.carol).placeBid(2n, { value: ONE }));
    await endAuction(p, 2n);
    const r = await mined(by(p.house, p.dave).settle(2n));
    expectEvent(r.logs, p.house, "AuctionSettled", [2n, p.carol.address, ONE, 0n, first.splitter, ONE, 0n, true]);
  });

  it("pays the ERC-2981 royalty of a plain OpenZeppelin ERC721+ERC2981 token and the rest to the seller", async () => {
    const { p, foreign, royaltyReceiver } = fixture();
    const { auctionId } = await openForeignAuction(p, foreign, 5n, p.alice);
    const price = 4n * ONE + 3n;
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: price }));
    await endAuction(p, auctionId);
    const royalty = price * 500n / 10_000n;
    const aliceBefore = await balanceOf(p.alice);
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, 0n, royaltyReceiver, royalty, price - royalty, true]);
    expect(await foreign.ownerOf(5n)).toBe(p.bob.address);
    expect(await balanceOf(royaltyReceiver)).toBe(royalty);
    expect(await balanceOf(p.alice)).toBe(aliceBefore + price - royalty);
  });

  it("pays everything after the fee to the seller of a token without a royalty (receiver zero)", async () => {
    const { p, foreign } = fixture();
    await mined(foreign.deleteDefaultRoyalty());
    await mined(p.house.setPlatformFee(p.platform.address, 1000));
    const { auctionId } = await openForeignAuction(p, foreign, 6n, p.alice);
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    const before = { alice: await balanceOf(p.alice), platform: await balanceOf(p.platform) };
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, ONE, ONE / 10n, ethers.ZeroAddress, 0n, ONE - ONE / 10n, true]);
    expect(await balanceOf(p.alice)).toBe(before.alice + ONE - ONE / 10n);
    expect(await balanceOf(p.platform)).toBe(before.platform + ONE / 10n);
  });

  it("cuts a 100% royalty to 50% of the price; the 5% fee is paid in full and the seller keeps the rest", async () => {
    const { p, foreign, royaltyReceiver, houseAddress } = fixture();
    await mined(foreign.setDefaultRoyalty(royaltyReceiver, 10_000));
    await mined(p.house.setPlatformFee(p.platform.address, 500));
    const { auctionId } = await openForeignAuction(p, foreign, 7n, p.alice);
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    const fee = ONE * 500n / 10_000n;
    const royalty = ONE / 2n;
    const proceeds = ONE - fee - royalty;
    expect(proceeds).toBe(450_000_000_000_000_000n);
    const before = { alice: await balanceOf(p.alice), platform: await balanceOf(p.platform) };
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, ONE, fee, royaltyReceiver, royalty, proceeds, true]);
    expect(await balanceOf(royaltyReceiver)).toBe(royalty);
    expect(await balanceOf(p.platform)).toBe(before.platform + fee);
    expect(await balanceOf(p.alice)).toBe(before.alice + proceeds);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });
});

describe("AuctionHouse.settle: the 50% resale royalty cap", () => {
  /** Alice sells foreign token `tokenId` with a `royaltyBps` royalty; bob wins with `price`. */
  async function settleForeign(royaltyBps: number, feeBps: number, price: bigint, tokenId: bigint) {
    const { p, foreign, royaltyReceiver, houseAddress } = fixture();
    await mined(foreign.setDefaultRoyalty(royaltyReceiver, royaltyBps));
    await mined(p.house.setPlatformFee(p.platform.address, feeBps));
    const { auctionId } = await openForeignAuction(p, foreign, tokenId, p.alice, { reserve: 1n });
    const bobStart = await balanceOf(p.bob);
    const rb = await mined(by(p.house, p.bob).placeBid(auctionId, { value: price }));
    await endAuction(p, auctionId);
    const before = { alice: await balanceOf(p.alice), platform: await balanceOf(p.platform), receiver: await balanceOf(royaltyReceiver) };
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expect(await foreign.ownerOf(tokenId)).toBe(p.bob.address);
    expect(await balanceOf(p.bob)).toBe(bobStart - price - gasCost(rb));
    expect(await balanceOf(houseAddress)).toBe(0n);
    expect(await p.house.pendingWithdrawal(royaltyReceiver)).toBe(0n);
    return {
      p, r, auctionId, royaltyReceiver,
      gain: {
        alice: (await balanceOf(p.alice)) - before.alice,
        platform: (await balanceOf(p.platform)) - before.platform,
        receiver: (await balanceOf(royaltyReceiver)) - before.receiver,
      },
    };
  }

  it("pays a claim of exactly 50% in full: at the cap nothing is cut (odd price, floor rounding)", async () => {
    const price = 3n * ONE + 1n;
    const { p, r, auctionId, royaltyReceiver, gain } = await settleForeign(5_000, 0, price, 40n);
    const royalty = 1_500_000_000_000_000_000n;
    expect(price * 5_000n / 10_000n).toBe(royalty);
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, 0n, royaltyReceiver, royalty, price - royalty, true]);
    expect(gain).toEqual({ alice: 1_500_000_000_000_000_001n, platform: 0n, receiver: royalty });
  });

  it("cuts a 50.01% claim to 50% without a platform fee; the seller gets the other half and the odd wei", async () => {
    const price = 2n * ONE + 1n;
    const claimed = price * 5_001n / 10_000n;
    const { p, r, auctionId, royaltyReceiver, gain } = await settleForeign(5_001, 0, price, 41n);
    expect(claimed).toBe(1_000_200_000_000_000_000n);
    const royalty = ONE;
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, 0n, royaltyReceiver, royalty, ONE + 1n, true]);
    expect(gain).toEqual({ alice: ONE + 1n, platform: 0n, receiver: royalty });
  });

  it("cuts a 100% claim to 50% without a platform fee", async () => {
    const price = 5n * ONE;
    const { p, r, auctionId, royaltyReceiver, gain } = await settleForeign(10_000, 0, price, 42n);
    const half = 5n * ONE / 2n;
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, 0n, royaltyReceiver, half, half, true]);
    expect(gain).toEqual({ alice: half, platform: 0n, receiver: half });
  });

  it("cuts a 100% claim to 50% of the full price with the maximum 10% fee: fee and royalty both on the price, the seller keeps 40%", async () => {
    const price = 1_234_567_890_123_456_789n;
    const fee = 123_456_789_012_345_678n;
    const royalty = 617_283_945_061_728_394n;
    const proceeds = 493_827_156_049_382_717n;
    expect(price * 1_000n / 10_000n).toBe(fee);
    expect(price * 5_000n / 10_000n).toBe(royalty);
    expect(fee + royalty + proceeds).toBe(price);
    const { p, r, auctionId, royaltyReceiver, gain } = await settleForeign(10_000, 1_000, price, 43n);
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, royaltyReceiver, royalty, proceeds, true]);
    expect(gain).toEqual({ alice: proceeds, platform: fee, receiver: royalty });
  });

  it("cuts a 60% claim to 50% with a 2.5% fee", async () => {
    const price = 8n * ONE;
    const fee = price * 250n / 10_000n;
    const royalty = 4n * ONE;
    const { p, r, auctionId, royaltyReceiver, gain } = await settleForeign(6_000, 250, price, 44n);
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, royaltyReceiver, royalty, price - fee - royalty, true]);
    expect(gain).toEqual({ alice: 3_800_000_000_000_000_000n, platform: 200_000_000_000_000_000n, receiver: royalty });
  });

  it("leaves a claim just under the cap untouched (49.99% with the maximum fee)", async () => {
    const price = 10n * ONE;
    const fee = ONE;
    const royalty = price * 4_999n / 10_000n;
    const { p, r, auctionId, royaltyReceiver, gain } = await settleForeign(4_999, 1_000, price, 45n);
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, royaltyReceiver, royalty, price - fee - royalty, true]);
    expect(gain).toEqual({ alice: 4_001_000_000_000_000_000n, platform: fee, receiver: 4_999_000_000_000_000_000n });
  });

  it("rounds the cap down on a 1 wei sale: a 100% claim pays nothing and the seller gets the wei", async () => {
    const { p, r, auctionId, royaltyReceiver, gain } = await settleForeign(10_000, 1_000, 1n, 46n);
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, 1n, 0n, royaltyReceiver, 0n, 1n, true]);
    expect(gain).toEqual({ alice: 1n, platform: 0n, receiver: 0n });
  });

  it("does not cap a primary sale: the split still receives everything after the fee", async () => {
    const { p } = fixture();
    await mined(p.house.setPlatformFee(p.platform.address, 1_000));
    const { auctionId, splitter } = await endedPrimary(p);
    const price = ONE + ONE / 10n;
    const fee = price / 10n;
    const before = await balanceOf(splitter);
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, splitter, price - fee, 0n, true]);
    expect(price - fee).toBeGreaterThan(price * MAX_ROYALTY_BPS / 10_000n);
    expect(await balanceOf(splitter)).toBe(before + price - fee);
  });
});

describe("AuctionHouse.settle: who and when", () => {
  it("can be called by the winner, who pays only gas", async () => {
    const { p } = fixture();
    const { auctionId, tokenId } = await endedPrimary(p);
    const before = await balanceOf(p.bob);
    const r = await mined(by(p.house, p.bob).settle(auctionId));
    expect(await balanceOf(p.bob)).toBe(before - gasCost(r));
    expect(await p.artwork.ownerOf(tokenId)).toBe(p.bob.address);
  });

  it("can be called by the seller", async () => {
    const { p } = fixture();
    const { auctionId, tokenId } = await endedPrimary(p);
    await mined(by(p.house, p.contributor).settle(auctionId));
    expect(await p.artwork.ownerOf(tokenId)).toBe(p.bob.address);
  });

  it("settles at exactly the end time and rejects one second earlier with AuctionHouseNotEnded", async () => {
    const { p } = fixture();
    const { auctionId } = await openArtworkAuction(p);
    const t = (await now()) + 10n;
    await setNextTimestamp(t);
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    const end = t + 3600n;
    await setNextTimestamp(end - 1n);
    await expectRevert(by(p.house, p.dave).settle(auctionId, FIXED_GAS), p.house, "AuctionHouseNotEnded", [auctionId, end]);
    await setNextTimestamp(end);
    const r = await mined(by(p.house, p.dave).settle(auctionId, FIXED_GAS));
    expect(findEvents(r.logs, p.house, "AuctionSettled")).toHaveLength(1);
  });

  it("rejects settling right after the first bid with AuctionHouseNotEnded", async () => {
    const { p } = fixture();
    const { auctionId } = await openArtworkAuction(p);
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    const end = (await auctionState(p, auctionId)).endTime;
    await expectRevert(by(p.house, p.dave).settle(auctionId), p.house, "AuctionHouseNotEnded", [auctionId, end]);
  });

  it("uses the extended end time: the original end is too early after a late bid", async () => {
    const { p } = fixture();
    const { auctionId } = await openArtworkAuction(p);
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    const end = (await auctionState(p, auctionId)).endTime;
    await setNextTimestamp(end - 10n);
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE, ...FIXED_GAS }));
    const newEnd = end - 10n + EXTENSION_WINDOW;
    await setNextTimestamp(end);
    await expectRevert(by(p.house, p.dave).settle(auctionId, FIXED_GAS), p.house, "AuctionHouseNotEnded", [auctionId, newEnd]);
    await mineAt(newEnd);
    await mined(by(p.house, p.dave).settle(auctionId));
  });

  it("rejects settling an auction without bids with AuctionHouseNotStarted, however late", async () => {
    const { p } = fixture();
    const { auctionId } = await openArtworkAuction(p);
    await expectRevert(by(p.house, p.dave).settle(auctionId), p.house, "AuctionHouseNotStarted", [auctionId]);
    await increaseTime(365n * 24n * 3600n);
    await expectRevert(by(p.house, p.dave).settle(auctionId), p.house, "AuctionHouseNotStarted", [auctionId]);
  });

  it("rejects an unknown id with AuctionHouseNoAuction", async () => {
    const { p } = fixture();
    await expectRevert(by(p.house, p.dave).settle(5n), p.house, "AuctionHouseNoAuction", [5n]);
  });

  it("rejects settling twice with AuctionHouseNoAuction and pays nobody twice", async () => {
    const { p, houseAddress } = fixture();
    const { auctionId, splitter } = await endedPrimary(p);
    await mined(by(p.house, p.dave).settle(auctionId));
    const splitterBalance = await balanceOf(splitter);
    await expectRevert(by(p.house, p.dave).settle(auctionId), p.house, "AuctionHouseNoAuction", [auctionId]);
    expect(await balanceOf(splitter)).toBe(splitterBalance);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("rejects settling a cancelled auction with AuctionHouseNoAuction", async () => {
    const { p } = fixture();
    const { auctionId } = await openArtworkAuction(p);
    await mined(by(p.house, p.contributor).cancelAuction(auctionId));
    await expectRevert(by(p.house, p.dave).settle(auctionId), p.house, "AuctionHouseNoAuction", [auctionId]);
  });

  it("makes minimumBid revert with AuctionHouseNoAuction once settled", async () => {
    const { p } = fixture();
    const { auctionId } = await endedPrimary(p);
    await mined(by(p.house, p.dave).settle(auctionId));
    await expectRevert(p.house.minimumBid(auctionId), p.house, "AuctionHouseNoAuction", [auctionId]);
  });
});

describe("AuctionHouse.settle: payees that cannot receive", () => {
  it("credits a seller contract that refuses ETH and still delivers the token", async () => {
    const { p, foreign, royaltyReceiver, houseAddress } = fixture();
    const seller = await deploy("RevertingBidder", houseAddress);
    const sellerAddress = await seller.getAddress();
    const foreignAddress = await foreign.getAddress();
    await mined(foreign.mint(sellerAddress, 9n));
    await mined(seller.forward(foreignAddress, foreign.interface.encodeFunctionData("approve", [houseAddress, 9n])));
    await mined(seller.forward(houseAddress, p.house.interface.encodeFunctionData("createAuction", [foreignAddress, 9n, ONE, 3600n])));
    await mined(by(p.house, p.bob).placeBid(1n, { value: 2n * ONE }));
    await endAuction(p, 1n);
    const royalty = 2n * ONE * 500n / 10_000n;
    const r = await mined(by(p.house, p.dave).settle(1n));
    expectEvent(r.logs, p.house, "AuctionSettled", [1n, p.bob.address, 2n * ONE, 0n, royaltyReceiver, royalty, 2n * ONE - royalty, true]);
    expectEvent(r.logs, p.house, "RefundDeferred", [sellerAddress, 2n * ONE - royalty]);
    expect(await foreign.ownerOf(9n)).toBe(p.bob.address);
    expect(await p.house.pendingWithdrawal(sellerAddress)).toBe(2n * ONE - royalty);
    expect(await balanceOf(houseAddress)).toBe(2n * ONE - royalty);
    await mined(seller.setRefusing(false));
    const w = await mined(by(p.house, p.dave).withdrawFor(sellerAddress));
    expectEvent(w.logs, p.house, "Withdrawn", [sellerAddress, 2n * ONE - royalty]);
    expect(await balanceOf(sellerAddress)).toBe(2n * ONE - royalty);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("credits a royalty receiver that refuses ETH and still pays the seller", async () => {
    const { p, houseAddress } = fixture();
    const receiver = await deploy("RevertingBidder", houseAddress);
    const receiverAddress = await receiver.getAddress();
    const token = await deploy("TestRoyaltyERC721", receiverAddress, 1000);
    const { auctionId } = await openForeignAuction(p, token, 1n, p.alice);
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    const aliceBefore = await balanceOf(p.alice);
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, ONE, 0n, receiverAddress, ONE / 10n, ONE - ONE / 10n, true]);
    expectEvent(r.logs, p.house, "RefundDeferred", [receiverAddress, ONE / 10n]);
    expect(await balanceOf(p.alice)).toBe(aliceBefore + ONE - ONE / 10n);
    expect(await p.house.pendingWithdrawal(receiverAddress)).toBe(ONE / 10n);
  });

  it("credits a fee recipient that refuses ETH and still pays the split", async () => {
    const { p, houseAddress } = fixture();
    const recipient = await deploy("RevertingBidder", houseAddress);
    const recipientAddress = await recipient.getAddress();
    await mined(p.house.setPlatformFee(recipientAddress, 1000));
    const { auctionId, splitter } = await endedPrimary(p);
    const price = ONE + ONE / 10n;
    const fee = price / 10n;
    const before = await balanceOf(splitter);
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, splitter, price - fee, 0n, true]);
    expectEvent(r.logs, p.house, "RefundDeferred", [recipientAddress, fee]);
    expect(await balanceOf(splitter)).toBe(before + price - fee);
    expect(await p.house.pendingWithdrawal(recipientAddress)).toBe(fee);
  });
});

describe("AuctionHouse.settle: payout arithmetic", () => {
  it("property: fee = floor(a*f/1e4), royalty = min(floor(a*r/1e4), floor(a*5000/1e4), a - fee), seller gets the rest, all paid to the wei", async () => {
    const { p, foreign, royaltyReceiver, houseAddress } = fixture();
    const seller = p.alice;
    await setBalance(p.bob.address, 10n ** 26n);
    let id = await snapshot();
    let tokenId = 100n;
    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: 1n, max: 10n ** 25n }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 10_000 }),
        async (amount, feeBps, royaltyBps) => {
          await restore(id);
          id = await snapshot();
          tokenId += 1n;
          await mined(p.house.setPlatformFee(p.platform.address, feeBps));
          await mined(foreign.setDefaultRoyalty(royaltyReceiver, royaltyBps));
          const { auctionId } = await openForeignAuction(p, foreign, tokenId, seller, { reserve: 1n });
          await mined(by(p.house, p.bob).placeBid(auctionId, { value: amount }));
          await endAuction(p, auctionId);
          const before = { seller: await balanceOf(seller), platform: await balanceOf(p.platform), receiver: await balanceOf(royaltyReceiver) };
          const r = await mined(by(p.house, p.dave).settle(auctionId));
          const fee = (amount * BigInt(feeBps)) / 10_000n;
          const royalty = cappedRoyalty(amount, fee, (amount * BigInt(royaltyBps)) / 10_000n);
          expect(royalty).toBeLessThanOrEqual((amount * MAX_ROYALTY_BPS) / 10_000n);
          const proceeds = amount - fee - royalty;
          expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, amount, fee, royaltyReceiver, royalty, proceeds, true]);
          expect(await balanceOf(seller)).toBe(before.seller + proceeds);
          expect(await balanceOf(p.platform)).toBe(before.platform + fee);
          expect(await balanceOf(royaltyReceiver)).toBe(before.receiver + royalty);
          expect(await balanceOf(houseAddress)).toBe(0n);
          expect(await foreign.ownerOf(tokenId)).toBe(p.bob.address);
        },
      ),
      { numRuns: 20 },
    );
    await restore(id);
  });
});
