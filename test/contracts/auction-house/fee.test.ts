import { describe, expect, it } from "vitest";
import { expectEvent, expectRevert, findEvents } from "../fixtures";
import {
  MAX_FEE_BPS,
  ONE,
  balanceOf,
  by,
  deployProtocol,
  endAuction,
  ethers,
  mined,
  openArtworkAuction,
  useChainFixture,
} from "./auction-helpers";

const fixture = useChainFixture(async () => {
  const p = await deployProtocol({ feeBps: 250 });
  return { p, houseAddress: await p.house.getAddress(), factory: await ethers.getContractFactory("AuctionHouse") };
});

// Constructor reverts are decoded with p.house, which has the same ABI as the factory.
describe("AuctionHouse constructor", () => {
  it("stores the fee and recipient and emits PlatformFeeUpdated", async () => {
    const { p, factory } = fixture();
    const house = await factory.deploy(p.owner.address, p.carol.address, 1000);
    const receipt = await house.deploymentTransaction()!.wait();
    expectEvent(receipt!.logs, house, "PlatformFeeUpdated", [p.carol.address, 1000n]);
    expect(await house.getFunction("feeRecipient")()).toBe(p.carol.address);
    expect(await house.getFunction("feeBps")()).toBe(1000n);
    expect(await house.getFunction("owner")()).toBe(p.owner.address);
  });

  it("rejects a fee above 10% with AuctionHouseFeeTooHigh", async () => {
    const { p, factory } = fixture();
    await expectRevert(factory.deploy(p.owner.address, p.platform.address, 1001), p.house, "AuctionHouseFeeTooHigh", [1001n, MAX_FEE_BPS]);
  });

  it("rejects a zero fee recipient with AuctionHouseZeroAddress, even with a zero fee", async () => {
    const { p, factory } = fixture();
    await expectRevert(factory.deploy(p.owner.address, ethers.ZeroAddress, 0), p.house, "AuctionHouseZeroAddress", []);
  });

  it("rejects a zero owner with Ownable's OwnableInvalidOwner", async () => {
    const { p, factory } = fixture();
    await expectRevert(factory.deploy(ethers.ZeroAddress, p.platform.address, 0), p.house, "OwnableInvalidOwner", [ethers.ZeroAddress]);
  });
});

describe("AuctionHouse.setPlatformFee", () => {
  it("lets the owner change fee and recipient and emits PlatformFeeUpdated", async () => {
    const { p } = fixture();
    const r = await mined(p.house.setPlatformFee(p.carol.address, 100));
    expectEvent(r.logs, p.house, "PlatformFeeUpdated", [p.carol.address, 100n]);
    expect(await p.house.feeRecipient()).toBe(p.carol.address);
    expect(await p.house.feeBps()).toBe(100n);
  });

  it("accepts exactly the 10% cap and zero", async () => {
    const { p } = fixture();
    expectEvent((await mined(p.house.setPlatformFee(p.platform.address, 1000))).logs, p.house, "PlatformFeeUpdated", [p.platform.address, 1000n]);
    expectEvent((await mined(p.house.setPlatformFee(p.platform.address, 0))).logs, p.house, "PlatformFeeUpdated", [p.platform.address, 0n]);
    expect(await p.house.feeBps()).toBe(0n);
  });

  it("rejects 10% + 1 bp with AuctionHouseFeeTooHigh and keeps the old fee", async () => {
    const { p } = fixture();
    await expectRevert(p.house.setPlatformFee(p.platform.address, 1001), p.house, "AuctionHouseFeeTooHigh", [1001n, MAX_FEE_BPS]);
    expect(await p.house.feeBps()).toBe(250n);
  });

  it("rejects the largest uint16 with AuctionHouseFeeTooHigh", async () => {
    const { p } = fixture();
    await expectRevert(p.house.setPlatformFee(p.platform.address, 65535), p.house, "AuctionHouseFeeTooHigh", [65535n, MAX_FEE_BPS]);
  });

  it("rejects a zero recipient with AuctionHouseZeroAddress and keeps the old recipient", async () => {
    const { p } = fixture();
    await expectRevert(p.house.setPlatformFee(ethers.ZeroAddress, 100), p.house, "AuctionHouseZeroAddress", []);
    expect(await p.house.feeRecipient()).toBe(p.platform.address);
  });

  it("checks the cap before the recipient", async () => {
    const { p } = fixture();
    await expectRevert(p.house.setPlatformFee(ethers.ZeroAddress, 2000), p.house, "AuctionHouseFeeTooHigh", [2000n, MAX_FEE_BPS]);
  });

  it("rejects anyone but the owner with OwnableUnauthorizedAccount", async () => {
    const { p } = fixture();
    await expectRevert(by(p.house, p.alice).setPlatformFee(p.alice.address, 0), p.house, "OwnableUnauthorizedAccount", [p.alice.address]);
    await expectRevert(by(p.house, p.platform).setPlatformFee(p.platform.address, 1000), p.house, "OwnableUnauthorizedAccount", [p.platform.address]);
    expect(await p.house.feeBps()).toBe(250n);
  });

  it("follows ownership: after a transfer the old owner is rejected and the new one accepted", async () => {
    const { p } = fixture();
    await mined(p.house.transferOwnership(p.dave.address));
    await expectRevert(p.house.setPlatformFee(p.platform.address, 0), p.house, "OwnableUnauthorizedAccount", [p.owner.address]);
    const r = await mined(by(p.house, p.dave).setPlatformFee(p.dave.address, 10));
    expectEvent(r.logs, p.house, "PlatformFeeUpdated", [p.dave.address, 10n]);
  });
});

describe("AuctionHouse platform fee at settlement", () => {
  it("takes the fee in force at settlement, not at the bid", async () => {
    const { p } = fixture();
    const { auctionId, splitter } = await openArtworkAuction(p);
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await mined(p.house.setPlatformFee(p.carol.address, 1000));
    await endAuction(p, auctionId);
    const carolBefore = await balanceOf(p.carol);
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.alice.address, ONE, ONE / 10n, splitter, ONE - ONE / 10n, 0n, true]);
    expect(await balanceOf(p.carol)).toBe(carolBefore + ONE / 10n);
  });

  it("rounds the fee down: a 1 wei sale pays no fee and sends nothing to the recipient", async () => {
    const { p } = fixture();
    const { auctionId, splitter } = await openArtworkAuction(p, { reserve: 1n });
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: 1n }));
    await endAuction(p, auctionId);
    const platformBefore = await balanceOf(p.platform);
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.alice.address, 1n, 0n, splitter, 1n, 0n, true]);
    expect(findEvents(r.logs, p.house, "RefundDeferred")).toHaveLength(0);
    expect(await balanceOf(p.platform)).toBe(platformBefore);
  });

  it("computes 2.5% of an odd amount exactly as floor(amount * 250 / 10000)", async () => {
    const { p } = fixture();
    const price = 999_999_999_999_999_999n;
    const { auctionId, splitter } = await openArtworkAuction(p, { reserve: price });
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: price }));
    await endAuction(p, auctionId);
    const fee = 24_999_999_999_999_999n;
    expect(price * 250n / 10_000n).toBe(fee);
    const platformBefore = await balanceOf(p.platform);
    const splitterBefore = await balanceOf(splitter);
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.alice.address, price, fee, splitter, price - fee, 0n, true]);
    expect(await balanceOf(p.platform)).toBe(platformBefore + fee);
    expect(await balanceOf(splitter)).toBe(splitterBefore + price - fee);
  });
});
