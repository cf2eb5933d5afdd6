import { describe, expect, it } from "vitest";
import { expectEvent, expectRevert } from "../fixtures";
import {
  EMPTY_AUCTION,
  ONE,
  UINT96_MAX,
  auctionState,
  balanceOf,
  by,
  deploy,
  deployProtocol,
  endAuction,
  mined,
  openArtworkAuction,
  openForeignAuction,
  useChainFixture,
} from "./auction-helpers";

const fixture = useChainFixture(async () => {
  const p = await deployProtocol();
  const opened = await openArtworkAuction(p, { reserve: ONE, duration: 3600n });
  return { p, ...opened, houseAddress: await p.house.getAddress() };
});

describe("AuctionHouse.cancelAuction", () => {
  it("returns the token to the seller, deletes the auction and emits AuctionCanceled", async () => {
    const { p, auctionId, tokenId, houseAddress } = fixture();
    const r = await mined(by(p.house, p.contributor).cancelAuction(auctionId));
    expectEvent(r.logs, p.house, "AuctionCanceled", [auctionId, p.contributor.address]);
    expect(await p.artwork.ownerOf(tokenId)).toBe(p.contributor.address);
    expect(await auctionState(p, auctionId)).toEqual(EMPTY_AUCTION);
    expect(await balanceOf(houseAddress)).toBe(0n);
    await expectRevert(p.house.minimumBid(auctionId), p.house, "AuctionHouseNoAuction", [auctionId]);
  });

  it("lets the seller auction the same token again after cancelling, under a new id", async () => {
    const { p, auctionId, tokenId, nft } = fixture();
    await mined(by(p.house, p.contributor).cancelAuction(auctionId));
    await mined(by(p.artwork, p.contributor).approve(await p.house.getAddress(), tokenId));
    const r = await mined(by(p.house, p.contributor).createAuction(nft, tokenId, 2n * ONE, 900n));
    expectEvent(r.logs, p.house, "AuctionCreated", [auctionId + 1n, p.contributor.address, nft, tokenId, 2n * ONE, 900n, true]);
  });

  it("rejects anyone but the seller with AuctionHouseNotSeller", async () => {
    const { p, auctionId } = fixture();
    await expectRevert(by(p.house, p.alice).cancelAuction(auctionId), p.house, "AuctionHouseNotSeller", [auctionId, p.alice.address]);
    await expectRevert(by(p.house, p.owner).cancelAuction(auctionId), p.house, "AuctionHouseNotSeller", [auctionId, p.owner.address]);
  });

  it("rejects the seller after the first bid with AuctionHouseAlreadyStarted; the bid and token stay", async () => {
    const { p, auctionId, tokenId, houseAddress } = fixture();
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await expectRevert(by(p.house, p.contributor).cancelAuction(auctionId), p.house, "AuctionHouseAlreadyStarted", [auctionId]);
    expect(await p.artwork.ownerOf(tokenId)).toBe(houseAddress);
    expect((await auctionState(p, auctionId)).bidder).toBe(p.alice.address);
    expect(await balanceOf(houseAddress)).toBe(ONE);
  });

  it("rejects the seller after the auction ended with bids with AuctionHouseAlreadyStarted", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    await expectRevert(by(p.house, p.contributor).cancelAuction(auctionId), p.house, "AuctionHouseAlreadyStarted", [auctionId]);
  });

  it("checks the seller before the bids: a stranger gets AuctionHouseNotSeller on a started auction", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await expectRevert(by(p.house, p.bob).cancelAuction(auctionId), p.house, "AuctionHouseNotSeller", [auctionId, p.bob.address]);
  });

  it("rejects an unknown id with AuctionHouseNoAuction", async () => {
    const { p } = fixture();
    await expectRevert(by(p.house, p.contributor).cancelAuction(42n), p.house, "AuctionHouseNoAuction", [42n]);
  });

  it("rejects cancelling twice with AuctionHouseNoAuction", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.contributor).cancelAuction(auctionId));
    await expectRevert(by(p.house, p.contributor).cancelAuction(auctionId), p.house, "AuctionHouseNoAuction", [auctionId]);
  });

  it("rejects cancelling a settled auction with AuctionHouseNoAuction", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    await mined(by(p.house, p.dave).settle(auctionId));
    await expectRevert(by(p.house, p.contributor).cancelAuction(auctionId), p.house, "AuctionHouseNoAuction", [auctionId]);
  });

  it("reverts with the token's own error when the token refuses the return, and keeps the auction intact", async () => {
    const { p, houseAddress } = fixture();
    const token = await deploy("RevertingTransferERC721", p.dave.address, 0);
    const { auctionId } = await openForeignAuction(p, token, 3n, p.alice);
    const before = await auctionState(p, auctionId);
    await mined(token.setMode(1));
    await expectRevert(by(p.house, p.alice).cancelAuction(auctionId), token, "RevertingTransferERC721Blocked", [3n]);
    expect(await auctionState(p, auctionId)).toEqual(before);
    expect(await token.ownerOf(3n)).toBe(houseAddress);
    await mined(token.setMode(0));
    const r = await mined(by(p.house, p.alice).cancelAuction(auctionId));
    expectEvent(r.logs, p.house, "AuctionCanceled", [auctionId, p.alice.address]);
    expect(await token.ownerOf(3n)).toBe(p.alice.address);
  });
});

describe("AuctionHouse.setReserve", () => {
  it("raises the reserve before any bid and emits AuctionReserveUpdated; bids below the new reserve fail", async () => {
    const { p, auctionId } = fixture();
    const r = await mined(by(p.house, p.contributor).setReserve(auctionId, 3n * ONE));
    expectEvent(r.logs, p.house, "AuctionReserveUpdated", [auctionId, 3n * ONE]);
    expect(await p.house.minimumBid(auctionId)).toBe(3n * ONE);
    expect((await auctionState(p, auctionId)).reserve).toBe(3n * ONE);
    await expectRevert(
      by(p.house, p.alice).placeBid(auctionId, { value: 3n * ONE - 1n }),
      p.house, "AuctionHouseBidBelowReserve", [auctionId, 3n * ONE, 3n * ONE - 1n],
    );
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: 3n * ONE }));
  });

  it("lowers the reserve so a smaller first bid is accepted", async () => {
    const { p, auctionId } = fixture();
    const r = await mined(by(p.house, p.contributor).setReserve(auctionId, 1n));
    expectEvent(r.logs, p.house, "AuctionReserveUpdated", [auctionId, 1n]);
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: 1n }));
    expect(await p.house.minimumBid(auctionId)).toBe(2n);
  });

  it("accepts type(uint96).max exactly", async () => {
    const { p, auctionId } = fixture();
    const r = await mined(by(p.house, p.contributor).setReserve(auctionId, UINT96_MAX));
    expectEvent(r.logs, p.house, "AuctionReserveUpdated", [auctionId, UINT96_MAX]);
    expect(await p.house.minimumBid(auctionId)).toBe(UINT96_MAX);
  });

  it("leaves the rest of the auction unchanged", async () => {
    const { p, auctionId } = fixture();
    const before = await auctionState(p, auctionId);
    await mined(by(p.house, p.contributor).setReserve(auctionId, 5n));
    expect(await auctionState(p, auctionId)).toEqual({ ...before, reserve: 5n });
  });

  it("rejects a zero reserve with AuctionHouseInvalidReserve(0)", async () => {
    const { p, auctionId } = fixture();
    await expectRevert(by(p.house, p.contributor).setReserve(auctionId, 0n), p.house, "AuctionHouseInvalidReserve", [0n]);
    expect(await p.house.minimumBid(auctionId)).toBe(ONE);
  });

  it("rejects type(uint96).max + 1 with AuctionHouseInvalidReserve", async () => {
    const { p, auctionId } = fixture();
    await expectRevert(
      by(p.house, p.contributor).setReserve(auctionId, UINT96_MAX + 1n),
      p.house, "AuctionHouseInvalidReserve", [UINT96_MAX + 1n],
    );
  });

  it("rejects anyone but the seller with AuctionHouseNotSeller, before checking the value", async () => {
    const { p, auctionId } = fixture();
    await expectRevert(by(p.house, p.alice).setReserve(auctionId, 2n * ONE), p.house, "AuctionHouseNotSeller", [auctionId, p.alice.address]);
    await expectRevert(by(p.house, p.alice).setReserve(auctionId, 0n), p.house, "AuctionHouseNotSeller", [auctionId, p.alice.address]);
  });

  it("rejects the seller after the first bid with AuctionHouseAlreadyStarted", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await expectRevert(by(p.house, p.contributor).setReserve(auctionId, 2n * ONE), p.house, "AuctionHouseAlreadyStarted", [auctionId]);
    expect((await auctionState(p, auctionId)).reserve).toBe(ONE);
  });

  it("rejects an unknown id with AuctionHouseNoAuction", async () => {
    const { p } = fixture();
    await expectRevert(by(p.house, p.contributor).setReserve(42n, ONE), p.house, "AuctionHouseNoAuction", [42n]);
  });

  it("rejects a cancelled auction with AuctionHouseNoAuction", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.contributor).cancelAuction(auctionId));
    await expectRevert(by(p.house, p.contributor).setReserve(auctionId, ONE), p.house, "AuctionHouseNoAuction", [auctionId]);
  });

  it("rejects a settled auction with AuctionHouseNoAuction", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    await mined(by(p.house, p.dave).settle(auctionId));
    await expectRevert(by(p.house, p.contributor).setReserve(auctionId, ONE), p.house, "AuctionHouseNoAuction", [auctionId]);
  });
});
