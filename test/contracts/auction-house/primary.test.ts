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
  mined,
  mintWork,
  openArtworkAuction,
  openForeignAuction,
  useChainFixture,
  type Protocol,
} from "./auction-helpers";

const fixture = useChainFixture(async () => {
  const p = await deployProtocol();
  const foreign = await deploy("TestRoyaltyERC721", Wallet.createRandom().address, 500);
  return {
    p,
    foreign,
    houseAddress: (await p.house.getAddress()) as string,
    artworkAddress: (await p.artwork.getAddress()) as string,
    foreignAddress: (await foreign.getAddress()) as string,
  };
});

/** Mints a work to the contributor and lists it at `house` (default: the protocol's). */
async function listWork(p: Protocol, house: any = p.house) {
  const { tokenId, splitter } = await mintWork(p);
  const nft = await p.artwork.getAddress();
  await mined(by(p.artwork, p.contributor).approve(await house.getAddress(), tokenId));
  const receipt = await mined(by(house, p.contributor).createAuction(nft, tokenId, ONE, 3600n));
  const auctionId = (await house.totalAuctions()) as bigint;
  return { tokenId, splitter, nft, auctionId, receipt };
}

describe("AuctionHouse.setPrimaryCollection", () => {
  it("starts with only the Artwork marked (deployProtocol marks it); other addresses read false", async () => {
    const { p, artworkAddress, foreignAddress } = fixture();
    expect(await p.house.isPrimaryCollection(artworkAddress)).toBe(true);
    expect(await p.house.isPrimaryCollection(foreignAddress)).toBe(false);
    expect(await p.house.isPrimaryCollection(ethers.ZeroAddress)).toBe(false);
    expect(await p.house.isPrimaryCollection(p.contributor.address)).toBe(false);
  });

  it("a fresh house marks nothing: a contributor's listing there is a resale until the owner marks the Artwork", async () => {
    const { p, artworkAddress } = fixture();
    const house = await deploy("AuctionHouse", p.owner.address, p.platform.address, 0);
    expect(await house.isPrimaryCollection(artworkAddress)).toBe(false);
    const before = await listWork(p, house);
    expectEvent(before.receipt.logs, house, "AuctionCreated", [before.auctionId, p.contributor.address, artworkAddress, before.tokenId, ONE, 3600n, false]);
    const r = await mined(house.setPrimaryCollection(artworkAddress, true));
    expectEvent(r.logs, house, "PrimaryCollectionUpdated", [artworkAddress, true]);
    expect(r.logs).toHaveLength(1);
    const after = await listWork(p, house);
    expectEvent(after.receipt.logs, house, "AuctionCreated", [after.auctionId, p.contributor.address, artworkAddress, after.tokenId, ONE, 3600n, true]);
  });

  it("lets the owner mark and unmark a collection, emitting PrimaryCollectionUpdated(nft, primary) each time", async () => {
    const { p, foreignAddress } = fixture();
    const r1 = await mined(p.house.setPrimaryCollection(foreignAddress, true));
    expectEvent(r1.logs, p.house, "PrimaryCollectionUpdated", [foreignAddress, true]);
    expect(await p.house.isPrimaryCollection(foreignAddress)).toBe(true);
    const r2 = await mined(p.house.setPrimaryCollection(foreignAddress, false));
    expectEvent(r2.logs, p.house, "PrimaryCollectionUpdated", [foreignAddress, false]);
    expect(await p.house.isPrimaryCollection(foreignAddress)).toBe(false);
  });

  it("repeating the current value still succeeds and emits", async () => {
    const { p, artworkAddress, foreignAddress } = fixture();
    const r1 = await mined(p.house.setPrimaryCollection(artworkAddress, true));
    expectEvent(r1.logs, p.house, "PrimaryCollectionUpdated", [artworkAddress, true]);
    expect(await p.house.isPrimaryCollection(artworkAddress)).toBe(true);
    const r2 = await mined(p.house.setPrimaryCollection(foreignAddress, false));
    expectEvent(r2.logs, p.house, "PrimaryCollectionUpdated", [foreignAddress, false]);
    expect(await p.house.isPrimaryCollection(foreignAddress)).toBe(false);
  });

  it("rejects the zero address with AuctionHouseZeroAddress, marking or unmarking", async () => {
    const { p } = fixture();
    await expectRevert(p.house.setPrimaryCollection(ethers.ZeroAddress, true), p.house, "AuctionHouseZeroAddress", []);
    await expectRevert(p.house.setPrimaryCollection(ethers.ZeroAddress, false), p.house, "AuctionHouseZeroAddress", []);
    expect(await p.house.isPrimaryCollection(ethers.ZeroAddress)).toBe(false);
  });

  it("rejects anyone but the owner with OwnableUnauthorizedAccount and changes nothing", async () => {
    const { p, artworkAddress, foreignAddress } = fixture();
    for (const who of [p.contributor, p.alice, p.platform]) {
      await expectRevert(by(p.house, who).setPrimaryCollection(foreignAddress, true), p.house, "OwnableUnauthorizedAccount", [who.address]);
      await expectRevert(by(p.house, who).setPrimaryCollection(artworkAddress, false), p.house, "OwnableUnauthorizedAccount", [who.address]);
    }
    // The owner check comes first: even the zero address gets the ownership error.
    await expectRevert(by(p.house, p.alice).setPrimaryCollection(ethers.ZeroAddress, true), p.house, "OwnableUnauthorizedAccount", [p.alice.address]);
    expect(await p.house.isPrimaryCollection(artworkAddress)).toBe(true);
    expect(await p.house.isPrimaryCollection(foreignAddress)).toBe(false);
  });

  it("follows ownership: after a transfer the old owner is rejected and the new one accepted", async () => {
    const { p, artworkAddress } = fixture();
    await mined(p.house.transferOwnership(p.dave.address));
    await expectRevert(p.house.setPrimaryCollection(artworkAddress, false), p.house, "OwnableUnauthorizedAccount", [p.owner.address]);
    const r = await mined(by(p.house, p.dave).setPrimaryCollection(artworkAddress, false));
    expectEvent(r.logs, p.house, "PrimaryCollectionUpdated", [artworkAddress, false]);
    expect(await p.house.isPrimaryCollection(artworkAddress)).toBe(false);
  });
});

describe("AuctionHouse primary sales follow the collection mark at createAuction", () => {
  it("after unmarking, the contributor's new auction is a resale: the 10% royalty goes to the splitter, the rest (after the fee) to the contributor", async () => {
    const { p, houseAddress, artworkAddress } = fixture();
    await mined(p.house.setPlatformFee(p.platform.address, 500));
    await mined(p.house.setPrimaryCollection(artworkAddress, false));
    const { auctionId, tokenId, splitter, receipt } = await listWork(p);
    expectEvent(receipt.logs, p.house, "AuctionCreated", [auctionId, p.contributor.address, artworkAddress, tokenId, ONE, 3600n, false]);
    expect((await auctionState(p, auctionId)).primary).toBe(false);
    const price = 2n * ONE;
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: price }));
    await endAuction(p, auctionId);
    const fee = price * 500n / 10_000n;
    const royalty = price * 1_000n / 10_000n;
    const proceeds = price - fee - royalty;
    expect(proceeds).toBe(1_700_000_000_000_000_000n);
    const before = { contributor: await balanceOf(p.contributor), splitter: await balanceOf(splitter), platform: await balanceOf(p.platform) };
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, splitter, royalty, proceeds, true]);
    expect(await p.artwork.ownerOf(tokenId)).toBe(p.bob.address);
    expect(await balanceOf(p.contributor)).toBe(before.contributor + proceeds);
    expect(await balanceOf(splitter)).toBe(before.splitter + royalty);
    expect(await balanceOf(p.platform)).toBe(before.platform + fee);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("an auction created while marked stays primary after unmarking: the split still receives everything after the fee", async () => {
    const { p, houseAddress, artworkAddress } = fixture();
    await mined(p.house.setPlatformFee(p.platform.address, 500));
    const { auctionId, tokenId, splitter, receipt } = await listWork(p);
    expectEvent(receipt.logs, p.house, "AuctionCreated", [auctionId, p.contributor.address, artworkAddress, tokenId, ONE, 3600n, true]);
    await mined(p.house.setPrimaryCollection(artworkAddress, false));
    expect((await auctionState(p, auctionId)).primary).toBe(true);
    const price = 2n * ONE;
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: price }));
    await endAuction(p, auctionId);
    const fee = price * 500n / 10_000n;
    const before = { contributor: await balanceOf(p.contributor), splitter: await balanceOf(splitter), platform: await balanceOf(p.platform) };
    const r = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, fee, splitter, price - fee, 0n, true]);
    expect(await balanceOf(p.contributor)).toBe(before.contributor);
    expect(await balanceOf(splitter)).toBe(before.splitter + price - fee);
    expect(await balanceOf(p.platform)).toBe(before.platform + fee);
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("an auction created while unmarked stays a resale after re-marking; new listings are primary again", async () => {
    const { p, artworkAddress } = fixture();
    await mined(p.house.setPrimaryCollection(artworkAddress, false));
    const first = await listWork(p);
    await mined(p.house.setPrimaryCollection(artworkAddress, true));
    expect((await auctionState(p, first.auctionId)).primary).toBe(false);
    const second = await listWork(p);
    expectEvent(second.receipt.logs, p.house, "AuctionCreated", [second.auctionId, p.contributor.address, artworkAddress, second.tokenId, ONE, 3600n, true]);
    await mined(by(p.house, p.bob).placeBid(first.auctionId, { value: ONE }));
    await endAuction(p, first.auctionId);
    const r = await mined(by(p.house, p.dave).settle(first.auctionId));
    expectEvent(r.logs, p.house, "AuctionSettled", [first.auctionId, p.bob.address, ONE, 0n, first.splitter, ONE / 10n, ONE - ONE / 10n, true]);
  });

  it("marking a collection without contributorOf changes nothing: its listings stay resales", async () => {
    const { p, foreign, foreignAddress } = fixture();
    await mined(p.house.setPrimaryCollection(foreignAddress, true));
    const { auctionId, receipt } = await openForeignAuction(p, foreign, 3n, p.alice);
    expectEvent(receipt.logs, p.house, "AuctionCreated", [auctionId, p.alice.address, foreignAddress, 3n, ONE, 3600n, false]);
  });

  it("the marks are per collection: unmarking another collection leaves the Artwork primary", async () => {
    const { p, artworkAddress, foreignAddress } = fixture();
    await mined(p.house.setPrimaryCollection(foreignAddress, true));
    await mined(p.house.setPrimaryCollection(foreignAddress, false));
    const { auctionId, tokenId, receipt } = await openArtworkAuction(p);
    expectEvent(receipt.logs, p.house, "AuctionCreated", [auctionId, p.contributor.address, artworkAddress, tokenId, ONE, 3600n, true]);
    expect(findEvents(receipt.logs, p.house, "PrimaryCollectionUpdated")).toHaveLength(0);
  });
});
