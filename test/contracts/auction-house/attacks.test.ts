import { describe, expect, it } from "vitest";
import { Wallet } from "ethers";
import { expectEvent, expectRevert, findEvents } from "../fixtures";
import {
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
  openArtworkAuction,
  openForeignAuction,
  useChainFixture,
  type Protocol,
} from "./auction-helpers";

/** ReentrantBidder.Target */
const Target = { None: 0, PlaceBid: 1, Settle: 2, Withdraw: 3, WithdrawFor: 4 } as const;
/** HostileRoyaltyERC721.Mode */
const Royalty = { Honest: 0, Revert: 1, ShortData: 2, Empty: 3, GarbageAddress: 4, BurnGas: 5, Excessive: 6, HugeReturn: 7 } as const;
/** RevertingTransferERC721.Mode */
const Transfer = { Normal: 0, Revert: 1, BurnGas: 2 } as const;

const fixture = useChainFixture(async () => {
  const p = await deployProtocol();
  const houseAddress = await p.house.getAddress();
  const a1 = await openArtworkAuction(p, { duration: 3600n });
  const a2 = await openArtworkAuction(p, { duration: 7200n });
  const guardError = p.house.interface.encodeErrorResult("ReentrancyGuardReentrantCall", []);
  return { p, houseAddress, a1, a2, guardError };
});

/** Balances of honest accounts, to compare after an attack. */
async function balances(p: Protocol) {
  return { alice: await balanceOf(p.alice), bob: await balanceOf(p.bob), carol: await balanceOf(p.carol) };
}

describe("attack: a bidder that reverts on receive", () => {
  it("cannot block a higher bid: its refund is credited and the honest bidder pays exactly their bid", async () => {
    const { p, houseAddress, a1 } = fixture();
    const attacker = await deploy("RevertingBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    await mined(attacker.bid(a1.auctionId, { value: ONE }));
    const bobStart = await balanceOf(p.bob);
    const r = await mined(by(p.house, p.bob).placeBid(a1.auctionId, { value: ONE + ONE / 10n }));
    const end = (await auctionState(p, a1.auctionId)).endTime;
    expectEvent(r.logs, p.house, "AuctionBid", [a1.auctionId, p.bob.address, ONE + ONE / 10n, end, false]);
    expectEvent(r.logs, p.house, "RefundDeferred", [attackerAddress, ONE]);
    expect(await balanceOf(p.bob)).toBe(bobStart - ONE - ONE / 10n - gasCost(r));
    expect(await p.house.pendingWithdrawal(attackerAddress)).toBe(ONE);
    expect(await balanceOf(houseAddress)).toBe(2n * ONE + ONE / 10n);
    expect(await balanceOf(attackerAddress)).toBe(0n);
  });

  it("cannot block settlement when it loses: the winner gets the token and the attacker's credit stays withdrawable", async () => {
    const { p, houseAddress, a1 } = fixture();
    const attacker = await deploy("RevertingBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    const start = await balances(p);
    const ra = await mined(by(p.house, p.alice).placeBid(a1.auctionId, { value: ONE }));
    await mined(attacker.bid(a1.auctionId, { value: 2n * ONE }));
    const rb = await mined(by(p.house, p.bob).placeBid(a1.auctionId, { value: 3n * ONE }));
    await endAuction(p, a1.auctionId);
    const splitterBefore = await balanceOf(a1.splitter);
    const rs = await mined(by(p.house, p.carol).settle(a1.auctionId));
    expectEvent(rs.logs, p.house, "AuctionSettled", [a1.auctionId, p.bob.address, 3n * ONE, 0n, a1.splitter, 3n * ONE, 0n, true]);
    expect(await p.artwork.ownerOf(a1.tokenId)).toBe(p.bob.address);
    expect(await balanceOf(a1.splitter)).toBe(splitterBefore + 3n * ONE);
    expect(await balanceOf(p.alice)).toBe(start.alice - gasCost(ra));
    expect(await balanceOf(p.bob)).toBe(start.bob - 3n * ONE - gasCost(rb));
    expect(await balanceOf(p.carol)).toBe(start.carol - gasCost(rs));
    expect(await balanceOf(houseAddress)).toBe(2n * ONE);
    await expectRevert(attacker.withdraw(), p.house, "AuctionHouseWithdrawFailed", [attackerAddress, 2n * ONE]);
    await mined(attacker.setRefusing(false));
    const rw = await mined(attacker.withdraw());
    expectEvent(rw.logs, p.house, "Withdrawn", [attackerAddress, 2n * ONE]);
    expect(await balanceOf(attackerAddress)).toBe(2n * ONE);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("wins normally: the token is delivered with transferFrom, no receive hook is needed", async () => {
    const { p, houseAddress, a1 } = fixture();
    const attacker = await deploy("RevertingBidder", houseAddress);
    await mined(attacker.bid(a1.auctionId, { value: ONE }));
    await endAuction(p, a1.auctionId);
    const r = await mined(by(p.house, p.carol).settle(a1.auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [a1.auctionId, await attacker.getAddress(), ONE, 0n, a1.splitter, ONE, 0n, true]);
    expect(await p.artwork.ownerOf(a1.tokenId)).toBe(await attacker.getAddress());
  });
});

describe("attack: a bidder that burns all gas on receive", () => {
  it("cannot block a higher bid: it burns at most the 30,000 gas cap and its refund is credited", async () => {
    const { p, houseAddress, a1, a2 } = fixture();
    const attacker = await deploy("GasBurningBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    // Baseline: the same outbid against an EOA on the other auction.
    await mined(by(p.house, p.alice).placeBid(a2.auctionId, { value: ONE }));
    const baseline = await mined(by(p.house, p.bob).placeBid(a2.auctionId, { value: 2n * ONE }));
    await mined(attacker.bid(a1.auctionId, { value: ONE }));
    const bobStart = await balanceOf(p.bob);
    const r = await mined(by(p.house, p.bob).placeBid(a1.auctionId, { value: 2n * ONE }));
    expectEvent(r.logs, p.house, "RefundDeferred", [attackerAddress, ONE]);
    expect(await balanceOf(p.bob)).toBe(bobStart - 2n * ONE - gasCost(r));
    expect(await p.house.pendingWithdrawal(attackerAddress)).toBe(ONE);
    // Extra cost over the EOA case: the capped push plus one credit write and one event.
    const extra = r.gasUsed - baseline.gasUsed;
    expect(extra).toBeGreaterThan(30_000n);
    expect(extra).toBeLessThan(30_000n + 30_000n);
    expect(r.gasUsed).toBeLessThan(150_000n);
  });

  it("cannot pull its credit while burning (AuctionHouseWithdrawFailed, credit kept) and can once it stops", async () => {
    const { p, houseAddress, a1 } = fixture();
    const attacker = await deploy("GasBurningBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    await mined(attacker.bid(a1.auctionId, { value: ONE }));
    await mined(by(p.house, p.bob).placeBid(a1.auctionId, { value: 2n * ONE }));
    await expectRevert(attacker.withdraw({ gasLimit: 500_000n }), p.house, "AuctionHouseWithdrawFailed", [attackerAddress, ONE]);
    await expectRevert(by(p.house, p.dave).withdrawFor(attackerAddress, { gasLimit: 500_000n }), p.house, "AuctionHouseWithdrawFailed", [attackerAddress, ONE]);
    expect(await p.house.pendingWithdrawal(attackerAddress)).toBe(ONE);
    await mined(attacker.setBurning(false));
    const rw = await mined(by(p.house, p.dave).withdrawFor(attackerAddress));
    expectEvent(rw.logs, p.house, "Withdrawn", [attackerAddress, ONE]);
    expect(await balanceOf(attackerAddress)).toBe(ONE);
  });

  it("cannot block settlement after losing: the honest winner and seller are paid exactly", async () => {
    const { p, houseAddress, a1 } = fixture();
    const attacker = await deploy("GasBurningBidder", houseAddress);
    await mined(attacker.bid(a1.auctionId, { value: ONE }));
    const bobStart = await balanceOf(p.bob);
    const rb = await mined(by(p.house, p.bob).placeBid(a1.auctionId, { value: 2n * ONE }));
    await endAuction(p, a1.auctionId);
    const splitterBefore = await balanceOf(a1.splitter);
    const rs = await mined(by(p.house, p.bob).settle(a1.auctionId));
    expectEvent(rs.logs, p.house, "AuctionSettled", [a1.auctionId, p.bob.address, 2n * ONE, 0n, a1.splitter, 2n * ONE, 0n, true]);
    expect(await balanceOf(p.bob)).toBe(bobStart - 2n * ONE - gasCost(rb) - gasCost(rs));
    expect(await balanceOf(a1.splitter)).toBe(splitterBefore + 2n * ONE);
    expect(await balanceOf(houseAddress)).toBe(ONE);
  });
});

describe("attack: a bidder that re-enters the house on receive", () => {
  it("re-entering placeBid (on another auction) is stopped by the guard; swallowing the failure just accepts the refund", async () => {
    const { p, houseAddress, a1, a2, guardError } = fixture();
    const attacker = await deploy("ReentrantBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    await mined(attacker.configure(Target.PlaceBid, a2.auctionId, false));
    await mined(attacker.bid(a1.auctionId, { value: ONE }));
    const bobStart = await balanceOf(p.bob);
    const r = await mined(by(p.house, p.bob).placeBid(a1.auctionId, { value: 2n * ONE }));
    expectEvent(r.logs, attacker, "ReentryAttempted", [Target.PlaceBid, ONE, false, guardError]);
    expect(findEvents(r.logs, p.house, "RefundDeferred")).toHaveLength(0);
    expect(findEvents(r.logs, p.house, "AuctionBid")).toHaveLength(1);
    expect(await balanceOf(attackerAddress)).toBe(ONE);
    expect(await balanceOf(p.bob)).toBe(bobStart - 2n * ONE - gasCost(r));
    expect((await auctionState(p, a1.auctionId)).bidder).toBe(p.bob.address);
    expect((await auctionState(p, a2.auctionId)).bidder).toBe(ethers.ZeroAddress);
    expect(await balanceOf(houseAddress)).toBe(2n * ONE);
  });

  it("re-entering placeBid and bubbling the failure only gets the attacker's own refund credited", async () => {
    const { p, houseAddress, a1, a2 } = fixture();
    const attacker = await deploy("ReentrantBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    await mined(attacker.configure(Target.PlaceBid, a2.auctionId, true));
    await mined(attacker.bid(a1.auctionId, { value: ONE }));
    const bobStart = await balanceOf(p.bob);
    const r = await mined(by(p.house, p.bob).placeBid(a1.auctionId, { value: 2n * ONE }));
    expectEvent(r.logs, p.house, "RefundDeferred", [attackerAddress, ONE]);
    expect(findEvents(r.logs, attacker, "ReentryAttempted")).toHaveLength(0);
    expect(await balanceOf(p.bob)).toBe(bobStart - 2n * ONE - gasCost(r));
    expect(await p.house.pendingWithdrawal(attackerAddress)).toBe(ONE);
    expect((await auctionState(p, a2.auctionId)).bidder).toBe(ethers.ZeroAddress);
    // Still attacking on withdraw: the pull fails and the credit stays.
    await expectRevert(attacker.withdraw(), p.house, "AuctionHouseWithdrawFailed", [attackerAddress, ONE]);
    expect(await p.house.pendingWithdrawal(attackerAddress)).toBe(ONE);
    await mined(attacker.configure(Target.None, 0n, false));
    await mined(attacker.withdraw());
    expect(await balanceOf(attackerAddress)).toBe(ONE);
    expect(await balanceOf(houseAddress)).toBe(2n * ONE);
  });

  it("re-entering settle of an ended auction is stopped; that auction stays intact and settles normally afterwards", async () => {
    const { p, houseAddress, a1, a2, guardError } = fixture();
    const attacker = await deploy("ReentrantBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    const carolStart = await balanceOf(p.carol);
    const rc = await mined(by(p.house, p.carol).placeBid(a1.auctionId, { value: ONE }));
    await mined(attacker.bid(a2.auctionId, { value: ONE }));
    await endAuction(p, a1.auctionId);
    const ended = await auctionState(p, a1.auctionId);
    await mined(attacker.configure(Target.Settle, a1.auctionId, false));
    const r = await mined(by(p.house, p.bob).placeBid(a2.auctionId, { value: 2n * ONE }));
    expectEvent(r.logs, attacker, "ReentryAttempted", [Target.Settle, ONE, false, guardError]);
    expect(findEvents(r.logs, p.house, "AuctionSettled")).toHaveLength(0);
    expect(await auctionState(p, a1.auctionId)).toEqual(ended);
    expect(await p.artwork.ownerOf(a1.tokenId)).toBe(houseAddress);
    expect(await balanceOf(attackerAddress)).toBe(ONE);
    const splitterBefore = await balanceOf(a1.splitter);
    const rs = await mined(by(p.house, p.dave).settle(a1.auctionId));
    expectEvent(rs.logs, p.house, "AuctionSettled", [a1.auctionId, p.carol.address, ONE, 0n, a1.splitter, ONE, 0n, true]);
    expect(await p.artwork.ownerOf(a1.tokenId)).toBe(p.carol.address);
    expect(await balanceOf(a1.splitter)).toBe(splitterBefore + ONE);
    expect(await balanceOf(p.carol)).toBe(carolStart - ONE - gasCost(rc));
  });

  it("re-entering settle and bubbling gets only the attacker's refund credited; the ended auction is untouched", async () => {
    const { p, houseAddress, a1, a2 } = fixture();
    const attacker = await deploy("ReentrantBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    await mined(by(p.house, p.carol).placeBid(a1.auctionId, { value: ONE }));
    await mined(attacker.bid(a2.auctionId, { value: ONE }));
    await endAuction(p, a1.auctionId);
    const ended = await auctionState(p, a1.auctionId);
    await mined(attacker.configure(Target.Settle, a1.auctionId, true));
    const r = await mined(by(p.house, p.bob).placeBid(a2.auctionId, { value: 2n * ONE }));
    expectEvent(r.logs, p.house, "RefundDeferred", [attackerAddress, ONE]);
    expect(await auctionState(p, a1.auctionId)).toEqual(ended);
    expect(await p.house.pendingWithdrawal(attackerAddress)).toBe(ONE);
  });

  it("re-entering withdraw from inside its own withdrawal is stopped: the credit is paid once, or not at all", async () => {
    const { p, houseAddress, a1, guardError } = fixture();
    const attacker = await deploy("ReentrantBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    await mined(attacker.configure(Target.Withdraw, 0n, true));
    await mined(attacker.bid(a1.auctionId, { value: ONE }));
    const r = await mined(by(p.house, p.bob).placeBid(a1.auctionId, { value: 2n * ONE }));
    expectEvent(r.logs, p.house, "RefundDeferred", [attackerAddress, ONE]);
    // Bubbling: the pull fails, the credit stays.
    await expectRevert(attacker.withdraw(), p.house, "AuctionHouseWithdrawFailed", [attackerAddress, ONE]);
    expect(await p.house.pendingWithdrawal(attackerAddress)).toBe(ONE);
    // Swallowing: one payment of exactly the credit, the nested withdraw fails.
    await mined(attacker.configure(Target.Withdraw, 0n, false));
    const houseBefore = await balanceOf(houseAddress);
    const rw = await mined(attacker.withdraw());
    expectEvent(rw.logs, p.house, "Withdrawn", [attackerAddress, ONE]);
    expectEvent(rw.logs, attacker, "ReentryAttempted", [Target.Withdraw, ONE, false, guardError]);
    expect(await balanceOf(attackerAddress)).toBe(ONE);
    expect(await balanceOf(houseAddress)).toBe(houseBefore - ONE);
    expect(await balanceOf(houseAddress)).toBe(2n * ONE);
    expect(await p.house.pendingWithdrawal(attackerAddress)).toBe(0n);
  });

  it("re-entering withdrawFor from inside a withdrawFor is stopped: the credit is paid once", async () => {
    const { p, houseAddress, a1, guardError } = fixture();
    const attacker = await deploy("ReentrantBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    await mined(attacker.configure(Target.WithdrawFor, 0n, true));
    await mined(attacker.bid(a1.auctionId, { value: ONE }));
    await mined(by(p.house, p.bob).placeBid(a1.auctionId, { value: 2n * ONE }));
    expect(await p.house.pendingWithdrawal(attackerAddress)).toBe(ONE);
    await mined(attacker.configure(Target.WithdrawFor, 0n, false));
    const daveStart = await balanceOf(p.dave);
    const rw = await mined(by(p.house, p.dave).withdrawFor(attackerAddress));
    expectEvent(rw.logs, p.house, "Withdrawn", [attackerAddress, ONE]);
    expectEvent(rw.logs, attacker, "ReentryAttempted", [Target.WithdrawFor, ONE, false, guardError]);
    expect(await balanceOf(attackerAddress)).toBe(ONE);
    expect(await balanceOf(p.dave)).toBe(daveStart - gasCost(rw));
    expect(await balanceOf(houseAddress)).toBe(2n * ONE);
  });

  it("a re-entrant seller cannot re-enter from its proceeds at settle; the winner still gets the token", async () => {
    const { p, houseAddress, a2, guardError } = fixture();
    const attacker = await deploy("ReentrantBidder", houseAddress);
    const attackerAddress = await attacker.getAddress();
    const receiver = Wallet.createRandom().address;
    const token = await deploy("TestRoyaltyERC721", receiver, 1000);
    const tokenAddress = await token.getAddress();
    await mined(token.mint(attackerAddress, 1n));
    await mined(attacker.forward(tokenAddress, token.interface.encodeFunctionData("approve", [houseAddress, 1n])));
    await mined(attacker.forward(houseAddress, p.house.interface.encodeFunctionData("createAuction", [tokenAddress, 1n, ONE, 3600n])));
    const auctionId = 3n;
    const bobStart = await balanceOf(p.bob);
    const rb = await mined(by(p.house, p.bob).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    await mined(attacker.configure(Target.PlaceBid, a2.auctionId, false));
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, ONE, 0n, receiver, ONE / 10n, ONE - ONE / 10n, true]);
    expectEvent(rs.logs, attacker, "ReentryAttempted", [Target.PlaceBid, ONE - ONE / 10n, false, guardError]);
    expect(await token.ownerOf(1n)).toBe(p.bob.address);
    expect(await balanceOf(receiver)).toBe(ONE / 10n);
    expect(await balanceOf(attackerAddress)).toBe(ONE - ONE / 10n);
    expect(await balanceOf(p.bob)).toBe(bobStart - ONE - gasCost(rb));
    expect((await auctionState(p, a2.auctionId)).bidder).toBe(ethers.ZeroAddress);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });
});

describe("attack: a token whose transfer fails at settlement", () => {
  /** A RevertingTransferERC721 auction by alice that bob wins with 2 ETH after carol bid 1 ETH. */
  async function setup(p: Protocol) {
    const token = await deploy("RevertingTransferERC721", Wallet.createRandom().address, 500);
    const { auctionId } = await openForeignAuction(p, token, 11n, p.alice);
    const start = await balances(p);
    const rc = await mined(by(p.house, p.carol).placeBid(auctionId, { value: ONE }));
    const rb = await mined(by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE }));
    await endAuction(p, auctionId);
    return { token, auctionId, start, rc, rb };
  }

  it("refunds the winner in full when transferFrom reverts (tokenTransferred=false) and pays no fee, royalty or seller", async () => {
    const { p, houseAddress } = fixture();
    await mined(p.house.setPlatformFee(p.platform.address, 1000));
    const { token, auctionId, start, rc, rb } = await setup(p);
    await mined(token.setMode(Transfer.Revert));
    const platformBefore = await balanceOf(p.platform);
    const aliceBefore = await balanceOf(p.alice);
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, 2n * ONE, 0n, ethers.ZeroAddress, 0n, 0n, false]);
    expect(findEvents(rs.logs, p.house, "RefundDeferred")).toHaveLength(0);
    expect(await balanceOf(p.bob)).toBe(start.bob - gasCost(rb));
    expect(await balanceOf(p.carol)).toBe(start.carol - gasCost(rc));
    expect(await balanceOf(p.alice)).toBe(aliceBefore);
    expect(await balanceOf(p.platform)).toBe(platformBefore);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("refunds the winner in full when transferFrom burns all the gas it is given", async () => {
    const { p, houseAddress } = fixture();
    const { token, auctionId, start, rb } = await setup(p);
    await mined(token.setMode(Transfer.BurnGas));
    const rs = await mined(by(p.house, p.dave).settle(auctionId, { gasLimit: 3_000_000n }));
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, 2n * ONE, 0n, ethers.ZeroAddress, 0n, 0n, false]);
    expect(await balanceOf(p.bob)).toBe(start.bob - gasCost(rb));
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("credits the refund when the winner is a contract that refuses ETH", async () => {
    const { p, houseAddress } = fixture();
    const token = await deploy("RevertingTransferERC721", Wallet.createRandom().address, 0);
    const { auctionId } = await openForeignAuction(p, token, 12n, p.alice);
    const winner = await deploy("RevertingBidder", houseAddress);
    const winnerAddress = await winner.getAddress();
    await mined(winner.bid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    await mined(token.setMode(Transfer.Revert));
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, winnerAddress, ONE, 0n, ethers.ZeroAddress, 0n, 0n, false]);
    expectEvent(rs.logs, p.house, "RefundDeferred", [winnerAddress, ONE]);
    await mined(winner.setRefusing(false));
    await mined(winner.withdraw());
    expect(await balanceOf(winnerAddress)).toBe(ONE);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("makes the token reclaimable after a failed delivery: reclaim fails with the token's error while it is stuck, then only the seller takes it back, once", async () => {
    const { p, houseAddress } = fixture();
    const { token, auctionId, start, rb } = await setup(p);
    const tokenAddress = await token.getAddress();
    await mined(token.setMode(Transfer.Revert));
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    const houseLogs = findEvents(rs.logs, p.house, "TokenReclaimable").concat(findEvents(rs.logs, p.house, "AuctionSettled"));
    expect(houseLogs.map((l) => l.name)).toEqual(["TokenReclaimable", "AuctionSettled"]);
    expectEvent(rs.logs, p.house, "TokenReclaimable", [auctionId, p.alice.address, tokenAddress, 11n]);
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, 2n * ONE, 0n, ethers.ZeroAddress, 0n, 0n, false]);
    expect(await balanceOf(p.bob)).toBe(start.bob - gasCost(rb));
    expect(await token.ownerOf(11n)).toBe(houseAddress);
    // The auction is gone: neither cancel nor a second settle can move the token.
    await expectRevert(by(p.house, p.alice).cancelAuction(auctionId), p.house, "AuctionHouseNoAuction", [auctionId]);
    await expectRevert(by(p.house, p.dave).settle(auctionId), p.house, "AuctionHouseNoAuction", [auctionId]);
    // While the token still refuses to move, reclaiming surfaces its error and keeps the record.
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 11n), token, "RevertingTransferERC721Blocked", [11n]);
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 11n), token, "RevertingTransferERC721Blocked", [11n]);
    expect(await token.ownerOf(11n)).toBe(houseAddress);
    await mined(token.setMode(Transfer.Normal));
    // The winner, a bystander and the house owner have nothing to reclaim.
    for (const who of [p.bob, p.dave, p.owner]) {
      await expectRevert(by(p.house, who).reclaimToken(tokenAddress, 11n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 11n, who.address]);
    }
    expect(await token.ownerOf(11n)).toBe(houseAddress);
    const aliceBefore = await balanceOf(p.alice);
    const rr = await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 11n));
    expectEvent(rr.logs, p.house, "TokenReclaimed", [p.alice.address, tokenAddress, 11n]);
    expectEvent(rr.logs, token, "Transfer", [houseAddress, p.alice.address, 11n]);
    expect(rr.logs).toHaveLength(2);
    expect(await token.ownerOf(11n)).toBe(p.alice.address);
    expect(await balanceOf(p.alice)).toBe(aliceBefore - gasCost(rr));
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 11n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 11n, p.alice.address]);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("makes the token reclaimable after a gas-burning delivery too, once the token stops burning", async () => {
    const { p, houseAddress } = fixture();
    const { token, auctionId } = await setup(p);
    const tokenAddress = await token.getAddress();
    await mined(token.setMode(Transfer.BurnGas));
    const rs = await mined(by(p.house, p.dave).settle(auctionId, { gasLimit: 3_000_000n }));
    expectEvent(rs.logs, p.house, "TokenReclaimable", [auctionId, p.alice.address, tokenAddress, 11n]);
    await expect(mined(by(p.house, p.alice).reclaimToken(tokenAddress, 11n, { gasLimit: 1_000_000n }))).rejects.toThrow();
    expect(await token.ownerOf(11n)).toBe(houseAddress);
    await mined(token.setMode(Transfer.Normal));
    const rr = await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 11n));
    expectEvent(rr.logs, p.house, "TokenReclaimed", [p.alice.address, tokenAddress, 11n]);
    expect(await token.ownerOf(11n)).toBe(p.alice.address);
  });

  it("no gas limit on settle makes a healthy delivery fail: a starved settle reverts whole, never records the token as undeliverable", async () => {
    const { p, houseAddress, a1 } = fixture();
    await mined(by(p.house, p.alice).placeBid(a1.auctionId, { value: ONE }));
    await endAuction(p, a1.auctionId);
    const needed = await by(p.house, p.dave).settle.estimateGas(a1.auctionId);
    let settled;
    let starved = 0;
    // From well below what the delivery needs up to the estimate, in steps of 1,000 gas.
    for (let limit = 40_000n; limit <= needed + 1_000n && !settled; limit += 1_000n) {
      try {
        settled = await (await by(p.house, p.dave).settle(a1.auctionId, { gasLimit: limit })).wait();
      } catch {
        starved += 1;
        expect(await p.artwork.ownerOf(a1.tokenId)).toBe(houseAddress);
        expect((await auctionState(p, a1.auctionId)).bidder).toBe(p.alice.address);
      }
    }
    expect(starved).toBeGreaterThan(20);
    expect(settled?.status).toBe(1);
    expect(findEvents(settled!.logs, p.house, "TokenReclaimable")).toHaveLength(0);
    expectEvent(settled!.logs, p.house, "AuctionSettled", [a1.auctionId, p.alice.address, ONE, 0n, a1.splitter, ONE, 0n, true]);
    expect(await p.artwork.ownerOf(a1.tokenId)).toBe(p.alice.address);
  });
});

describe("attack: a token whose royaltyInfo is hostile", () => {
  /** Alice sells a HostileRoyaltyERC721 in `mode`; bob wins with `price`; 5% platform fee. */
  async function settleHostile(mode: number, price = 2n * ONE) {
    const { p, houseAddress } = fixture();
    await mined(p.house.setPlatformFee(p.platform.address, 500));
    const receiver = Wallet.createRandom().address;
    const token = await deploy("HostileRoyaltyERC721", receiver, 1000);
    await mined(token.setMode(mode));
    const { auctionId } = await openForeignAuction(p, token, 21n, p.alice);
    const bobStart = await balanceOf(p.bob);
    const rb = await mined(by(p.house, p.bob).placeBid(auctionId, { value: price }));
    await endAuction(p, auctionId);
    const before = { alice: await balanceOf(p.alice), platform: await balanceOf(p.platform) };
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    expect(await token.ownerOf(21n)).toBe(p.bob.address);
    expect(await balanceOf(p.bob)).toBe(bobStart - price - gasCost(rb));
    expect(await balanceOf(houseAddress)).toBe(0n);
    const fee = price * 500n / 10_000n;
    expect(await balanceOf(p.platform)).toBe(before.platform + fee);
    return { p, rs, auctionId, receiver, fee, price, aliceGain: (await balanceOf(p.alice)) - before.alice };
  }

  it("really misbehaves: the raw answers of each royaltyInfo mode", async () => {
    const receiver = Wallet.createRandom().address;
    const token = await deploy("HostileRoyaltyERC721", receiver, 1000);
    const to = await token.getAddress();
    const data = token.interface.encodeFunctionData("royaltyInfo", [1n, 1000n]);
    const call = () => ethers.provider.call({ to, data, gasLimit: 1_000_000n });
    const word = (x: bigint | string) => ethers.zeroPadValue(ethers.toBeHex(x), 32).slice(2);
    await mined(token.setMode(Royalty.Revert));
    await expectRevert(call(), token, "HostileRoyaltyERC721Refused", [1n]);
    await mined(token.setMode(Royalty.ShortData));
    expect(await call()).toBe("0x" + word(receiver));
    await mined(token.setMode(Royalty.Empty));
    expect(await call()).toBe("0x");
    await mined(token.setMode(Royalty.GarbageAddress));
    expect(await call()).toBe("0x" + word(BigInt(receiver) | (0xffn << 248n)) + word(100n));
    await mined(token.setMode(Royalty.Excessive));
    expect(await call()).toBe("0x" + word(receiver) + word(2000n));
    await mined(token.setMode(Royalty.HugeReturn));
    const huge = await call();
    expect((huge.length - 2) / 2).toBe(4160);
    expect(huge.slice(0, 130)).toBe("0x" + word(receiver) + word(100n));
    await mined(token.setMode(Royalty.BurnGas));
    await expect(call()).rejects.toThrow(/out of gas/i);
  });

  for (const [name, mode] of [
    ["reverts", Royalty.Revert],
    ["returns one word (short data)", Royalty.ShortData],
    ["returns nothing", Royalty.Empty],
    ["returns a receiver word that is no address", Royalty.GarbageAddress],
    ["burns all gas", Royalty.BurnGas],
  ] as const) {
    it(`settles with no royalty and pays the seller everything after the fee when royaltyInfo ${name}`, async () => {
      const { p, rs, auctionId, fee, price, aliceGain } = await settleHostile(mode);
      expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, ethers.ZeroAddress, 0n, price - fee, true]);
      expect(aliceGain).toBe(price - fee);
    });
  }

  it("reads only the first two words when royaltyInfo returns 4 KiB: the honest royalty is paid", async () => {
    const { p, rs, auctionId, receiver, fee, price, aliceGain } = await settleHostile(Royalty.HugeReturn);
    const royalty = price / 10n;
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, receiver, royalty, price - fee - royalty, true]);
    expect(aliceGain).toBe(price - fee - royalty);
    expect(await balanceOf(receiver)).toBe(royalty);
  });

  it("pays an honest answer from the same token normally", async () => {
    const { p, rs, auctionId, receiver, fee, price, aliceGain } = await settleHostile(Royalty.Honest);
    const royalty = price / 10n;
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, receiver, royalty, price - fee - royalty, true]);
    expect(aliceGain).toBe(price - fee - royalty);
  });

  it("cuts a royalty claim of twice the price to 50% of the price: the fee is paid and the seller keeps the rest", async () => {
    const { p, rs, auctionId, receiver, fee, price, aliceGain } = await settleHostile(Royalty.Excessive);
    const royalty = price / 2n;
    expect(royalty).toBe(ONE);
    expect(fee).toBe(ONE / 10n);
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, receiver, royalty, price - fee - royalty, true]);
    expect(aliceGain).toBe(ONE - ONE / 10n);
    expect(await balanceOf(receiver)).toBe(royalty);
  });

  it("credits a royalty receiver that burns all gas and still pays the seller", async () => {
    const { p, houseAddress } = fixture();
    const receiver = await deploy("GasBurningBidder", houseAddress);
    const receiverAddress = await receiver.getAddress();
    const token = await deploy("TestRoyaltyERC721", receiverAddress, 1000);
    const { auctionId } = await openForeignAuction(p, token, 1n, p.alice);
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    const aliceBefore = await balanceOf(p.alice);
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, ONE, 0n, receiverAddress, ONE / 10n, ONE - ONE / 10n, true]);
    expectEvent(rs.logs, p.house, "RefundDeferred", [receiverAddress, ONE / 10n]);
    expect(await balanceOf(p.alice)).toBe(aliceBefore + ONE - ONE / 10n);
    expect(await p.house.pendingWithdrawal(receiverAddress)).toBe(ONE / 10n);
    expect(await balanceOf(houseAddress)).toBe(ONE / 10n);
  });

  /** Alice lists HostileRoyaltyERC721 token 31, whose contributorOf names tx.origin (alice);
   * with `mark` the owner first marks that collection primary. */
  async function listOriginContributor(p: Protocol, houseAddress: string, mark = false) {
    const receiver = Wallet.createRandom().address;
    const token = await deploy("HostileRoyaltyERC721", receiver, 1000);
    const tokenAddress = await token.getAddress();
    await mined(token.setOriginIsContributor(true));
    if (mark) await mined(p.house.setPrimaryCollection(tokenAddress, true));
    await mined(token.mint(p.alice.address, 31n));
    await mined(by(token, p.alice).approve(houseAddress, 31n));
    const rc = await mined(by(p.house, p.alice).createAuction(tokenAddress, 31n, ONE, 3600n));
    return { receiver, token, tokenAddress, rc, auctionId: 3n };
  }

  it("a token whose contributorOf names tx.origin is not primary unless the owner marked it: a resale paying its honest 10% royalty", async () => {
    const { p, houseAddress } = fixture();
    await mined(p.house.setPlatformFee(p.platform.address, 500));
    const { receiver, token, tokenAddress, rc, auctionId } = await listOriginContributor(p, houseAddress);
    expect(await by(token, p.alice).contributorOf(31n)).toBe(p.alice.address);
    expect(await p.house.isPrimaryCollection(tokenAddress)).toBe(false);
    expectEvent(rc.logs, p.house, "AuctionCreated", [auctionId, p.alice.address, tokenAddress, 31n, ONE, 3600n, false]);
    expect((await auctionState(p, auctionId)).primary).toBe(false);
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE }));
    await endAuction(p, auctionId);
    const before = { alice: await balanceOf(p.alice), platform: await balanceOf(p.platform) };
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    const fee = 2n * ONE * 500n / 10_000n;
    const royalty = 2n * ONE * 1000n / 10_000n;
    const proceeds = 2n * ONE - fee - royalty;
    expect(proceeds).toBe(1_700_000_000_000_000_000n);
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, 2n * ONE, fee, receiver, royalty, proceeds, true]);
    expect(await balanceOf(p.alice)).toBe(before.alice + proceeds);
    expect(await balanceOf(p.platform)).toBe(before.platform + fee);
    expect(await balanceOf(receiver)).toBe(royalty);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("documents the owner's trust: once the owner marks such a token primary, its listings route everything after the fee to its receiver", async () => {
    const { p, houseAddress } = fixture();
    await mined(p.house.setPlatformFee(p.platform.address, 500));
    const { receiver, tokenAddress, rc, auctionId } = await listOriginContributor(p, houseAddress, true);
    expect(await p.house.isPrimaryCollection(tokenAddress)).toBe(true);
    expectEvent(rc.logs, p.house, "AuctionCreated", [auctionId, p.alice.address, tokenAddress, 31n, ONE, 3600n, true]);
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE }));
    await endAuction(p, auctionId);
    const aliceBefore = await balanceOf(p.alice);
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    const fee = 2n * ONE * 500n / 10_000n;
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, 2n * ONE, fee, receiver, 2n * ONE - fee, 0n, true]);
    expect(await balanceOf(p.alice)).toBe(aliceBefore);
    expect(await balanceOf(receiver)).toBe(2n * ONE - fee);
  });
});
