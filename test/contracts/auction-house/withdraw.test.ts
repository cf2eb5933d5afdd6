import { describe, expect, it } from "vitest";
import { expectEvent, expectRevert, findEvents } from "../fixtures";
import {
  ONE,
  balanceOf,
  by,
  deploy,
  deployProtocol,
  ethers,
  gasCost,
  mined,
  openArtworkAuction,
  useChainFixture,
} from "./auction-helpers";

const fixture = useChainFixture(async () => {
  const p = await deployProtocol();
  const houseAddress = await p.house.getAddress();
  const refuser = await deploy("RevertingBidder", houseAddress);
  const refuserAddress = await refuser.getAddress();
  const a1 = await openArtworkAuction(p);
  const a2 = await openArtworkAuction(p);
  return { p, houseAddress, refuser, refuserAddress, a1: a1.auctionId, a2: a2.auctionId };
});

/** The refusing bidder bids `amount` on `auctionId` and bob outbids it, crediting it. */
async function creditRefuser(auctionId: bigint, amount = ONE) {
  const { p, refuser, refuserAddress } = fixture();
  await mined(refuser.bid(auctionId, { value: amount }));
  const r = await mined(by(p.house, p.bob).placeBid(auctionId, { value: await p.house.minimumBid(auctionId) }));
  expectEvent(r.logs, p.house, "RefundDeferred", [refuserAddress, amount]);
  return r;
}

describe("AuctionHouse.withdraw", () => {
  it("rejects an account with no credit with AuctionHouseNothingToWithdraw", async () => {
    const { p } = fixture();
    await expectRevert(by(p.house, p.alice).withdraw(), p.house, "AuctionHouseNothingToWithdraw", [p.alice.address]);
  });

  it("rejects an outbid EOA, whose refund was pushed at once, with AuctionHouseNothingToWithdraw", async () => {
    const { p, a1 } = fixture();
    await mined(by(p.house, p.alice).placeBid(a1, { value: ONE }));
    await mined(by(p.house, p.bob).placeBid(a1, { value: 2n * ONE }));
    expect(await p.house.pendingWithdrawal(p.alice.address)).toBe(0n);
    await expectRevert(by(p.house, p.alice).withdraw(), p.house, "AuctionHouseNothingToWithdraw", [p.alice.address]);
  });

  it("pays a credit once it can be received, emits Withdrawn and returns the amount", async () => {
    const { p, refuser, refuserAddress, houseAddress, a1 } = fixture();
    await creditRefuser(a1);
    expect(await p.house.pendingWithdrawal(refuserAddress)).toBe(ONE);
    await mined(refuser.setRefusing(false));
    expect(await refuser.withdraw.staticCall()).toBe(ONE);
    const houseBefore = await balanceOf(houseAddress);
    const r = await mined(refuser.withdraw());
    expectEvent(r.logs, p.house, "Withdrawn", [refuserAddress, ONE]);
    expect(await balanceOf(refuserAddress)).toBe(ONE);
    expect(await balanceOf(houseAddress)).toBe(houseBefore - ONE);
    expect(await p.house.pendingWithdrawal(refuserAddress)).toBe(0n);
  });

  it("rejects a second withdrawal with AuctionHouseNothingToWithdraw", async () => {
    const { p, refuser, refuserAddress, a1 } = fixture();
    await creditRefuser(a1);
    await mined(refuser.setRefusing(false));
    await mined(refuser.withdraw());
    await expectRevert(refuser.withdraw(), p.house, "AuctionHouseNothingToWithdraw", [refuserAddress]);
  });

  it("rejects with AuctionHouseWithdrawFailed while the account still refuses, and keeps the credit", async () => {
    const { p, refuser, refuserAddress, houseAddress, a1 } = fixture();
    await creditRefuser(a1);
    const houseBefore = await balanceOf(houseAddress);
    await expectRevert(refuser.withdraw(), p.house, "AuctionHouseWithdrawFailed", [refuserAddress, ONE]);
    expect(await p.house.pendingWithdrawal(refuserAddress)).toBe(ONE);
    expect(await balanceOf(houseAddress)).toBe(houseBefore);
  });

  it("adds up credits from several auctions into one withdrawal", async () => {
    const { p, refuser, refuserAddress, a1, a2 } = fixture();
    await creditRefuser(a1, ONE);
    await creditRefuser(a2, 3n * ONE);
    expect(await p.house.pendingWithdrawal(refuserAddress)).toBe(4n * ONE);
    await mined(refuser.setRefusing(false));
    const r = await mined(refuser.withdraw());
    expectEvent(r.logs, p.house, "Withdrawn", [refuserAddress, 4n * ONE]);
    expect(findEvents(r.logs, p.house, "Withdrawn")).toHaveLength(1);
    expect(await balanceOf(refuserAddress)).toBe(4n * ONE);
  });
});

describe("AuctionHouse.withdrawFor", () => {
  it("lets anyone push a credit to its owner: the caller pays only gas and receives nothing", async () => {
    const { p, refuser, refuserAddress, houseAddress, a1 } = fixture();
    await creditRefuser(a1);
    await mined(refuser.setRefusing(false));
    const daveBefore = await balanceOf(p.dave);
    const houseBefore = await balanceOf(houseAddress);
    expect(await by(p.house, p.dave).withdrawFor.staticCall(refuserAddress)).toBe(ONE);
    const r = await mined(by(p.house, p.dave).withdrawFor(refuserAddress));
    expectEvent(r.logs, p.house, "Withdrawn", [refuserAddress, ONE]);
    expect(await balanceOf(p.dave)).toBe(daveBefore - gasCost(r));
    expect(await balanceOf(refuserAddress)).toBe(ONE);
    expect(await balanceOf(houseAddress)).toBe(houseBefore - ONE);
    expect(await p.house.pendingWithdrawal(refuserAddress)).toBe(0n);
  });

  it("rejects an account with no credit with AuctionHouseNothingToWithdraw naming that account", async () => {
    const { p } = fixture();
    await expectRevert(by(p.house, p.dave).withdrawFor(p.alice.address), p.house, "AuctionHouseNothingToWithdraw", [p.alice.address]);
    await expectRevert(by(p.house, p.dave).withdrawFor(ethers.ZeroAddress), p.house, "AuctionHouseNothingToWithdraw", [ethers.ZeroAddress]);
  });

  it("rejects with AuctionHouseWithdrawFailed while the account refuses, and keeps the credit", async () => {
    const { p, refuserAddress, a1 } = fixture();
    await creditRefuser(a1);
    await expectRevert(by(p.house, p.dave).withdrawFor(refuserAddress), p.house, "AuctionHouseWithdrawFailed", [refuserAddress, ONE]);
    expect(await p.house.pendingWithdrawal(refuserAddress)).toBe(ONE);
  });

  it("does not touch the caller's own credit", async () => {
    const { p, refuser, refuserAddress, a1, a2 } = fixture();
    const other = await deploy("RevertingBidder", await p.house.getAddress());
    const otherAddress = await other.getAddress();
    await creditRefuser(a1);
    await mined(other.bid(a2, { value: 2n * ONE }));
    await mined(by(p.house, p.carol).placeBid(a2, { value: 3n * ONE }));
    await mined(refuser.setRefusing(false));
    await mined(other.forward(await p.house.getAddress(), p.house.interface.encodeFunctionData("withdrawFor", [refuserAddress])));
    expect(await p.house.pendingWithdrawal(otherAddress)).toBe(2n * ONE);
    expect(await p.house.pendingWithdrawal(refuserAddress)).toBe(0n);
    expect(await balanceOf(refuserAddress)).toBe(ONE);
  });
});
