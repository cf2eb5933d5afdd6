import { describe, expect, it } from "vitest";
import { expectEvent, expectRevert } from "../fixtures";
import {
  EMPTY_AUCTION,
  MAX_DURATION,
  MIN_DURATION,
  ONE,
  UINT96_MAX,
  auctionState,
  by,
  deploy,
  deployProtocol,
  endAuction,
  ethers,
  mined,
  mintWork,
  useChainFixture,
} from "./auction-helpers";

const fixture = useChainFixture(async () => {
  const p = await deployProtocol();
  const foreign = await deploy("TestRoyaltyERC721", p.dave.address, 500);
  return { p, foreign, houseAddress: await p.house.getAddress(), artworkAddress: await p.artwork.getAddress() };
});

/** Mints an Artwork and approves the house for it. */
async function approvedWork() {
  const { p, houseAddress } = fixture();
  const work = await mintWork(p);
  await mined(by(p.artwork, p.contributor).approve(houseAddress, work.tokenId));
  return work;
}

describe("AuctionHouse.createAuction", () => {
  it("escrows the token, stores the auction and emits AuctionCreated with primary=true for the contributor", async () => {
    const { p, houseAddress, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    const auctionId = await by(p.house, p.contributor).createAuction.staticCall(artworkAddress, tokenId, ONE, 3600n);
    expect(auctionId).toBe(1n);
    const receipt = await mined(by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, 3600n));
    expectEvent(receipt.logs, p.house, "AuctionCreated", [1n, p.contributor.address, artworkAddress, tokenId, ONE, 3600n, true]);
    expect(await p.artwork.ownerOf(tokenId)).toBe(houseAddress);
    expect(await auctionState(p, 1n)).toEqual({
      nft: artworkAddress,
      reserve: ONE,
      tokenId,
      seller: p.contributor.address,
      endTime: 0n,
      duration: 3600n,
      primary: true,
      bidder: ethers.ZeroAddress,
      amount: 0n,
    });
    expect(await p.house.totalAuctions()).toBe(1n);
    expect(await p.house.minimumBid(1n)).toBe(ONE);
  });

  it("hands out sequential ids from 1", async () => {
    const { p, artworkAddress } = fixture();
    for (const expected of [1n, 2n, 3n]) {
      const { tokenId } = await approvedWork();
      const receipt = await mined(by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, 3600n));
      expectEvent(receipt.logs, p.house, "AuctionCreated", [expected, p.contributor.address, artworkAddress, tokenId, ONE, 3600n, true]);
    }
    expect(await p.house.totalAuctions()).toBe(3n);
  });

  it("marks a sale by an owner who is not the contributor as a resale (primary=false)", async () => {
    const { p, houseAddress, artworkAddress } = fixture();
    const { tokenId } = await mintWork(p);
    await mined(by(p.artwork, p.contributor).transferFrom(p.contributor.address, p.alice.address, tokenId));
    await mined(by(p.artwork, p.alice).approve(houseAddress, tokenId));
    const receipt = await mined(by(p.house, p.alice).createAuction(artworkAddress, tokenId, ONE, 3600n));
    expectEvent(receipt.logs, p.house, "AuctionCreated", [1n, p.alice.address, artworkAddress, tokenId, ONE, 3600n, false]);
    expect((await auctionState(p, 1n)).primary).toBe(false);
  });

  it("marks a work minted to someone else as a resale when that holder sells (seller != contributor)", async () => {
    const { p, houseAddress, artworkAddress } = fixture();
    const { tokenId } = await mintWork(p, { to: p.bob.address });
    expect(await p.artwork.contributorOf(tokenId)).toBe(p.contributor.address);
    await mined(by(p.artwork, p.bob).approve(houseAddress, tokenId));
    const receipt = await mined(by(p.house, p.bob).createAuction(artworkAddress, tokenId, ONE, 3600n));
    expectEvent(receipt.logs, p.house, "AuctionCreated", [1n, p.bob.address, artworkAddress, tokenId, ONE, 3600n, false]);
  });

  it("accepts any ERC-721 without contributorOf as a resale (plain OpenZeppelin ERC721+ERC2981)", async () => {
    const { p, foreign, houseAddress } = fixture();
    const foreignAddress = await foreign.getAddress();
    await mined(foreign.mint(p.alice.address, 42n));
    await mined(by(foreign, p.alice).setApprovalForAll(houseAddress, true));
    const receipt = await mined(by(p.house, p.alice).createAuction(foreignAddress, 42n, 7n, MIN_DURATION));
    expectEvent(receipt.logs, p.house, "AuctionCreated", [1n, p.alice.address, foreignAddress, 42n, 7n, MIN_DURATION, false]);
    expect(await foreign.ownerOf(42n)).toBe(houseAddress);
  });

  it("accepts the duration bounds exactly: 15 minutes and 30 days", async () => {
    const { p, artworkAddress } = fixture();
    for (const [id, duration] of [[1n, MIN_DURATION], [2n, MAX_DURATION]] as const) {
      const { tokenId } = await approvedWork();
      const receipt = await mined(by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, duration));
      expectEvent(receipt.logs, p.house, "AuctionCreated", [id, p.contributor.address, artworkAddress, tokenId, ONE, duration, true]);
      expect((await auctionState(p, id)).duration).toBe(duration);
    }
  });

  it("accepts the reserve bounds exactly: 1 wei and type(uint96).max", async () => {
    const { p, artworkAddress } = fixture();
    for (const [id, reserve] of [[1n, 1n], [2n, UINT96_MAX]] as const) {
      const { tokenId } = await approvedWork();
      const receipt = await mined(by(p.house, p.contributor).createAuction(artworkAddress, tokenId, reserve, 3600n));
      expectEvent(receipt.logs, p.house, "AuctionCreated", [id, p.contributor.address, artworkAddress, tokenId, reserve, 3600n, true]);
      expect(await p.house.minimumBid(id)).toBe(reserve);
    }
  });

  it("rejects a duration one second below 15 minutes with AuctionHouseInvalidDuration", async () => {
    const { p, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    await expectRevert(
      by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, MIN_DURATION - 1n),
      p.house, "AuctionHouseInvalidDuration", [MIN_DURATION - 1n, MIN_DURATION, MAX_DURATION],
    );
  });

  it("rejects a zero duration with AuctionHouseInvalidDuration", async () => {
    const { p, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    await expectRevert(
      by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, 0n),
      p.house, "AuctionHouseInvalidDuration", [0n, MIN_DURATION, MAX_DURATION],
    );
  });

  it("rejects a duration one second above 30 days with AuctionHouseInvalidDuration", async () => {
    const { p, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    await expectRevert(
      by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, MAX_DURATION + 1n),
      p.house, "AuctionHouseInvalidDuration", [MAX_DURATION + 1n, MIN_DURATION, MAX_DURATION],
    );
  });

  it("rejects a duration that would overflow uint32 with AuctionHouseInvalidDuration, not a silent truncation", async () => {
    const { p, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    const huge = (1n << 32n) + MIN_DURATION;
    await expectRevert(
      by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, huge),
      p.house, "AuctionHouseInvalidDuration", [huge, MIN_DURATION, MAX_DURATION],
    );
  });

  it("rejects a zero reserve with AuctionHouseInvalidReserve(0)", async () => {
    const { p, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    await expectRevert(
      by(p.house, p.contributor).createAuction(artworkAddress, tokenId, 0n, 3600n),
      p.house, "AuctionHouseInvalidReserve", [0n],
    );
  });

  it("rejects a reserve of type(uint96).max + 1 with AuctionHouseInvalidReserve", async () => {
    const { p, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    await expectRevert(
      by(p.house, p.contributor).createAuction(artworkAddress, tokenId, UINT96_MAX + 1n, 3600n),
      p.house, "AuctionHouseInvalidReserve", [UINT96_MAX + 1n],
    );
  });

  it("checks the duration before the reserve", async () => {
    const { p, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    await expectRevert(
      by(p.house, p.contributor).createAuction(artworkAddress, tokenId, 0n, 1n),
      p.house, "AuctionHouseInvalidDuration", [1n, MIN_DURATION, MAX_DURATION],
    );
  });

  it("rejects a caller who does not own the token with AuctionHouseNotTokenOwner", async () => {
    const { p, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    await expectRevert(
      by(p.house, p.alice).createAuction(artworkAddress, tokenId, ONE, 3600n),
      p.house, "AuctionHouseNotTokenOwner", [artworkAddress, tokenId, p.alice.address],
    );
  });

  it("rejects an approved operator who is not the owner with AuctionHouseNotTokenOwner", async () => {
    const { p, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    await mined(by(p.artwork, p.contributor).setApprovalForAll(p.bob.address, true));
    await expectRevert(
      by(p.house, p.bob).createAuction(artworkAddress, tokenId, ONE, 3600n),
      p.house, "AuctionHouseNotTokenOwner", [artworkAddress, tokenId, p.bob.address],
    );
  });

  it("rejects auctioning an already escrowed token again with AuctionHouseNotTokenOwner", async () => {
    const { p, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    await mined(by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, 3600n));
    await expectRevert(
      by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, 3600n),
      p.house, "AuctionHouseNotTokenOwner", [artworkAddress, tokenId, p.contributor.address],
    );
    expect(await p.house.totalAuctions()).toBe(1n);
  });

  it("surfaces the token's own error for a token id that does not exist", async () => {
    const { p, artworkAddress } = fixture();
    await expectRevert(
      by(p.house, p.contributor).createAuction(artworkAddress, 999n, ONE, 3600n),
      p.artwork, "ERC721NonexistentToken", [999n],
    );
  });

  it("surfaces the token's approval error when the house was not approved, and opens nothing", async () => {
    const { p, houseAddress, artworkAddress } = fixture();
    const { tokenId } = await mintWork(p);
    await expectRevert(
      by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, 3600n),
      p.artwork, "ERC721InsufficientApproval", [houseAddress, tokenId],
    );
    expect(await p.house.totalAuctions()).toBe(0n);
    expect(await p.artwork.ownerOf(tokenId)).toBe(p.contributor.address);
  });
});

describe("AuctionHouse reads before any auction", () => {
  it("auctionOf an unknown id is all zero", async () => {
    const { p } = fixture();
    expect(await auctionState(p, 7n)).toEqual(EMPTY_AUCTION);
  });

  it("minimumBid of an unknown id reverts with AuctionHouseNoAuction", async () => {
    const { p } = fixture();
    await expectRevert(p.house.minimumBid(7n), p.house, "AuctionHouseNoAuction", [7n]);
  });

  it("exposes the constants of the issue", async () => {
    const { p } = fixture();
    expect(await p.house.MIN_INCREMENT_BPS()).toBe(1_000n);
    expect(await p.house.EXTENSION_WINDOW()).toBe(15n * 60n);
    expect(await p.house.MIN_DURATION()).toBe(MIN_DURATION);
    expect(await p.house.MAX_DURATION()).toBe(MAX_DURATION);
    expect(await p.house.MAX_FEE_BPS()).toBe(1_000n);
    expect(await p.house.MAX_ROYALTY_BPS()).toBe(5_000n);
  });
});

describe("AuctionHouse storage", () => {
  it("packs an auction into four storage slots, as IAuctionHouse says, and clears all four at settle", async () => {
    const { p, houseAddress, artworkAddress } = fixture();
    const { tokenId } = await approvedWork();
    await mined(by(p.house, p.contributor).createAuction(artworkAddress, tokenId, ONE, 3600n));
    await mined(by(p.house, p.alice).placeBid(1n, { value: 2n * ONE }));
    const { endTime } = await auctionState(p, 1n);
    const coder = ethers.AbiCoder.defaultAbiCoder();
    const word = (x: bigint) => ethers.toBeHex(x, 32);
    const read = (slot: bigint) => ethers.provider.getStorage(houseAddress, slot);
    // Slot 0 of the struct: nft (160 bits) | reserve (96); found by trying the mapping's slot.
    const first = word(BigInt(artworkAddress) | (ONE << 160n));
    let base: bigint | undefined;
    for (let s = 0n; s < 10n && base === undefined; s++) {
      const candidate = BigInt(ethers.keccak256(coder.encode(["uint256", "uint256"], [1n, s])));
      if ((await read(candidate)) === first) base = candidate;
    }
    expect(base, "struct slot of auction 1").toBeDefined();
    expect(await read(base! + 1n)).toBe(word(tokenId));
    // seller (160) | endTime (40) | duration (32) | primary (8)
    expect(await read(base! + 2n)).toBe(word(BigInt(p.contributor.address) | (endTime << 160n) | (3600n << 200n) | (1n << 232n)));
    // bidder (160) | amount (96)
    expect(await read(base! + 3n)).toBe(word(BigInt(p.alice.address) | ((2n * ONE) << 160n)));
    expect(await read(base! + 4n)).toBe(word(0n));
    await endAuction(p, 1n);
    await mined(by(p.house, p.dave).settle(1n));
    for (let i = 0n; i < 4n; i++) expect(await read(base! + i)).toBe(word(0n));
  });
});
