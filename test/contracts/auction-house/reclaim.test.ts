import { describe, expect, it } from "vitest";
import { Wallet } from "ethers";
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
  openArtworkAuction,
  openForeignAuction,
  useChainFixture,
  type Protocol,
} from "./auction-helpers";

/** RevertingTransferERC721.Mode */
const Transfer = { Normal: 0, Revert: 1, BurnGas: 2 } as const;

const fixture = useChainFixture(async () => {
  const p = await deployProtocol();
  const houseAddress = await p.house.getAddress();
  const royaltyReceiver = Wallet.createRandom().address;
  const token = await deploy("RevertingTransferERC721", royaltyReceiver, 500);
  const other = await deploy("RevertingTransferERC721", royaltyReceiver, 500);
  return {
    p, houseAddress, royaltyReceiver, token, other,
    tokenAddress: (await token.getAddress()) as string,
    otherAddress: (await other.getAddress()) as string,
  };
});

/**
 * `seller` auctions `tokenId` of `token`; bob wins with `price`; the token then refuses to
 * move (Revert mode, left on) and dave settles: the delivery fails.
 */
async function failedDelivery(
  p: Protocol,
  token: any,
  tokenId: bigint,
  opts: { seller?: any; price?: bigint; relist?: boolean } = {},
) {
  const seller = opts.seller ?? p.alice;
  const price = opts.price ?? 2n * ONE;
  const { auctionId } = opts.relist
    ? await relist(p, token, tokenId, seller)
    : await openForeignAuction(p, token, tokenId, seller);
  const bobStart = await balanceOf(p.bob);
  const rb = await mined(by(p.house, p.bob).placeBid(auctionId, { value: price }));
  await endAuction(p, auctionId);
  await mined(token.setMode(Transfer.Revert));
  const beforeSettle = { seller: await balanceOf(seller), platform: await balanceOf(p.platform) };
  const rs = await mined(by(p.house, p.dave).settle(auctionId));
  return { auctionId, rs, rb, bobStart, price, beforeSettle };
}

/** `seller` auctions again `tokenId` of `token`, which it already holds. */
async function relist(p: Protocol, token: any, tokenId: bigint, seller: any) {
  await mined(by(token, seller).approve(await p.house.getAddress(), tokenId));
  await mined(by(p.house, seller).createAuction(await token.getAddress(), tokenId, ONE, 3600n));
  return { auctionId: (await p.house.totalAuctions()) as bigint };
}

/** Names of the house's events in `logs`, in order. */
function houseEventNames(p: Protocol, logs: readonly any[]) {
  const target = (p.house.target as string).toLowerCase();
  return logs
    .filter((l) => l.address.toLowerCase() === target)
    .map((l) => p.house.interface.parseLog(l)?.name);
}

describe("AuctionHouse.settle when the token cannot be delivered", () => {
  it("records the seller: TokenReclaimable(auctionId, seller, nft, tokenId) right before AuctionSettled(..., false); the winner gets the bid back and nobody is paid", async () => {
    const { p, houseAddress, token, tokenAddress, royaltyReceiver } = fixture();
    await mined(p.house.setPlatformFee(p.platform.address, 1_000));
    const { auctionId, rs, rb, bobStart, price, beforeSettle } = await failedDelivery(p, token, 7n);
    expect(houseEventNames(p, rs.logs)).toEqual(["TokenReclaimable", "AuctionSettled"]);
    expectEvent(rs.logs, p.house, "TokenReclaimable", [auctionId, p.alice.address, tokenAddress, 7n]);
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, price, 0n, ethers.ZeroAddress, 0n, 0n, false]);
    expect(await balanceOf(p.bob)).toBe(bobStart - gasCost(rb));
    expect(await balanceOf(p.alice)).toBe(beforeSettle.seller);
    expect(await balanceOf(p.platform)).toBe(beforeSettle.platform);
    expect(await balanceOf(royaltyReceiver)).toBe(0n);
    expect(await balanceOf(houseAddress)).toBe(0n);
    expect(await token.ownerOf(7n)).toBe(houseAddress);
    expect(await auctionState(p, auctionId)).toEqual(EMPTY_AUCTION);
  });

  it("credits a winner that refuses the refund and still records the seller (RefundDeferred, TokenReclaimable, AuctionSettled)", async () => {
    const { p, houseAddress, token, tokenAddress } = fixture();
    const winner = await deploy("RevertingBidder", houseAddress);
    const winnerAddress = await winner.getAddress();
    const { auctionId } = await openForeignAuction(p, token, 8n, p.alice);
    await mined(winner.bid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    await mined(token.setMode(Transfer.Revert));
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    expect(houseEventNames(p, rs.logs)).toEqual(["RefundDeferred", "TokenReclaimable", "AuctionSettled"]);
    expectEvent(rs.logs, p.house, "RefundDeferred", [winnerAddress, ONE]);
    expectEvent(rs.logs, p.house, "TokenReclaimable", [auctionId, p.alice.address, tokenAddress, 8n]);
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, winnerAddress, ONE, 0n, ethers.ZeroAddress, 0n, 0n, false]);
    expect(await p.house.pendingWithdrawal(winnerAddress)).toBe(ONE);
    expect(await balanceOf(houseAddress)).toBe(ONE);
    await mined(token.setMode(Transfer.Normal));
    await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 8n));
    expect(await token.ownerOf(8n)).toBe(p.alice.address);
    expect(await p.house.pendingWithdrawal(winnerAddress)).toBe(ONE);
  });
});

describe("AuctionHouse.reclaimToken", () => {
  it("returns the token to the seller once it moves again: TokenReclaimed(seller, nft, tokenId), no ETH moves", async () => {
    const { p, houseAddress, token, tokenAddress } = fixture();
    await failedDelivery(p, token, 7n);
    await mined(token.setMode(Transfer.Normal));
    const aliceBefore = await balanceOf(p.alice);
    const rr = await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 7n));
    expect(houseEventNames(p, rr.logs)).toEqual(["TokenReclaimed"]);
    expectEvent(rr.logs, p.house, "TokenReclaimed", [p.alice.address, tokenAddress, 7n]);
    expectEvent(rr.logs, token, "Transfer", [houseAddress, p.alice.address, 7n]);
    expect(await token.ownerOf(7n)).toBe(p.alice.address);
    expect(await balanceOf(p.alice)).toBe(aliceBefore - gasCost(rr));
    expect(await balanceOf(houseAddress)).toBe(0n);
  });

  it("rejects the winner, a bystander and the house owner with AuctionHouseNothingToReclaim(nft, tokenId, caller); the seller still can", async () => {
    const { p, houseAddress, token, tokenAddress } = fixture();
    await failedDelivery(p, token, 7n);
    await mined(token.setMode(Transfer.Normal));
    for (const who of [p.bob, p.dave, p.owner, p.platform]) {
      await expectRevert(by(p.house, who).reclaimToken(tokenAddress, 7n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 7n, who.address]);
    }
    expect(await token.ownerOf(7n)).toBe(houseAddress);
    const rr = await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 7n));
    expectEvent(rr.logs, p.house, "TokenReclaimed", [p.alice.address, tokenAddress, 7n]);
  });

  it("rejects a second reclaim by the seller with AuctionHouseNothingToReclaim", async () => {
    const { p, token, tokenAddress } = fixture();
    await failedDelivery(p, token, 7n);
    await mined(token.setMode(Transfer.Normal));
    await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 7n));
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 7n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 7n, p.alice.address]);
    expect(await token.ownerOf(7n)).toBe(p.alice.address);
  });

  it("while the token still refuses to move, reverts with the token's own error and keeps the record", async () => {
    const { p, houseAddress, token, tokenAddress } = fixture();
    await failedDelivery(p, token, 7n);
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 7n), token, "RevertingTransferERC721Blocked", [7n]);
    expect(await token.ownerOf(7n)).toBe(houseAddress);
    // Others are still turned away by the record check first, not by the token.
    await expectRevert(by(p.house, p.bob).reclaimToken(tokenAddress, 7n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 7n, p.bob.address]);
    await mined(token.setMode(Transfer.Normal));
    const rr = await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 7n));
    expectEvent(rr.logs, p.house, "TokenReclaimed", [p.alice.address, tokenAddress, 7n]);
  });

  it("while the token burns all gas, reverts and keeps the record", async () => {
    const { p, houseAddress, token, tokenAddress } = fixture();
    await failedDelivery(p, token, 7n);
    await mined(token.setMode(Transfer.BurnGas));
    await expect(mined(by(p.house, p.alice).reclaimToken(tokenAddress, 7n, { gasLimit: 1_000_000n }))).rejects.toThrow();
    expect(await token.ownerOf(7n)).toBe(houseAddress);
    await mined(token.setMode(Transfer.Normal));
    await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 7n));
    expect(await token.ownerOf(7n)).toBe(p.alice.address);
  });

  it("rejects a pair that was never recorded: unknown token, another id of the same token, the same id of another token", async () => {
    const { p, token, tokenAddress, other, otherAddress } = fixture();
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 7n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 7n, p.alice.address]);
    await failedDelivery(p, token, 7n);
    await mined(token.setMode(Transfer.Normal));
    await mined(other.mint(await p.house.getAddress(), 7n));
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 8n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 8n, p.alice.address]);
    await expectRevert(by(p.house, p.alice).reclaimToken(otherAddress, 7n), p.house, "AuctionHouseNothingToReclaim", [otherAddress, 7n, p.alice.address]);
    await expectRevert(by(p.house, p.alice).reclaimToken(ethers.ZeroAddress, 7n), p.house, "AuctionHouseNothingToReclaim", [ethers.ZeroAddress, 7n, p.alice.address]);
    expect(await other.ownerOf(7n)).toBe(await p.house.getAddress());
  });

  it("cannot take a token out of a live auction's escrow: the seller gets AuctionHouseNothingToReclaim and the auction is intact", async () => {
    const { p, houseAddress, token, tokenAddress } = fixture();
    const art = await openArtworkAuction(p);
    const { auctionId } = await openForeignAuction(p, token, 9n, p.alice);
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: ONE }));
    const artBefore = await auctionState(p, art.auctionId);
    const before = await auctionState(p, auctionId);
    await expectRevert(by(p.house, p.contributor).reclaimToken(art.nft, art.tokenId), p.house, "AuctionHouseNothingToReclaim", [art.nft, art.tokenId, p.contributor.address]);
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 9n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 9n, p.alice.address]);
    expect(await auctionState(p, art.auctionId)).toEqual(artBefore);
    expect(await auctionState(p, auctionId)).toEqual(before);
    expect(await p.artwork.ownerOf(art.tokenId)).toBe(houseAddress);
    expect(await token.ownerOf(9n)).toBe(houseAddress);
  });

  it("leaves nothing to reclaim after a delivery that worked", async () => {
    const { p, token, tokenAddress, royaltyReceiver } = fixture();
    const { auctionId } = await openForeignAuction(p, token, 9n, p.alice);
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    expect(findEvents(rs.logs, p.house, "TokenReclaimable")).toHaveLength(0);
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.bob.address, ONE, 0n, royaltyReceiver, ONE / 20n, ONE - ONE / 20n, true]);
    for (const who of [p.alice, p.bob]) {
      await expectRevert(by(p.house, who).reclaimToken(tokenAddress, 9n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 9n, who.address]);
    }
    expect(await token.ownerOf(9n)).toBe(p.bob.address);
  });

  it("keeps records of different sellers apart: each reclaims only their own token", async () => {
    const { p, token, tokenAddress, other, otherAddress } = fixture();
    const a = await failedDelivery(p, token, 7n);
    const c = await failedDelivery(p, other, 7n, { seller: p.carol });
    expectEvent(a.rs.logs, p.house, "TokenReclaimable", [a.auctionId, p.alice.address, tokenAddress, 7n]);
    expectEvent(c.rs.logs, p.house, "TokenReclaimable", [c.auctionId, p.carol.address, otherAddress, 7n]);
    await mined(token.setMode(Transfer.Normal));
    await mined(other.setMode(Transfer.Normal));
    await expectRevert(by(p.house, p.alice).reclaimToken(otherAddress, 7n), p.house, "AuctionHouseNothingToReclaim", [otherAddress, 7n, p.alice.address]);
    await expectRevert(by(p.house, p.carol).reclaimToken(tokenAddress, 7n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 7n, p.carol.address]);
    const rc = await mined(by(p.house, p.carol).reclaimToken(otherAddress, 7n));
    expectEvent(rc.logs, p.house, "TokenReclaimed", [p.carol.address, otherAddress, 7n]);
    const ra = await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 7n));
    expectEvent(ra.logs, p.house, "TokenReclaimed", [p.alice.address, tokenAddress, 7n]);
    expect(await token.ownerOf(7n)).toBe(p.alice.address);
    expect(await other.ownerOf(7n)).toBe(p.carol.address);
  });

  it("lets a seller contract reclaim through its own call", async () => {
    const { p, houseAddress, token, tokenAddress } = fixture();
    const seller = await deploy("RevertingBidder", houseAddress);
    const sellerAddress = await seller.getAddress();
    await mined(token.mint(sellerAddress, 5n));
    await mined(seller.forward(tokenAddress, token.interface.encodeFunctionData("approve", [houseAddress, 5n])));
    await mined(seller.forward(houseAddress, p.house.interface.encodeFunctionData("createAuction", [tokenAddress, 5n, ONE, 3600n])));
    const auctionId = (await p.house.totalAuctions()) as bigint;
    await mined(by(p.house, p.bob).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    await mined(token.setMode(Transfer.Revert));
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(rs.logs, p.house, "TokenReclaimable", [auctionId, sellerAddress, tokenAddress, 5n]);
    await mined(token.setMode(Transfer.Normal));
    const rr = await mined(seller.forward(houseAddress, p.house.interface.encodeFunctionData("reclaimToken", [tokenAddress, 5n])));
    expectEvent(rr.logs, p.house, "TokenReclaimed", [sellerAddress, tokenAddress, 5n]);
    expect(await token.ownerOf(5n)).toBe(sellerAddress);
  });

  it("a reclaimed token can be auctioned again: a second failed delivery records the seller again, a third try sells it normally", async () => {
    const { p, houseAddress, token, tokenAddress, royaltyReceiver } = fixture();
    await failedDelivery(p, token, 7n);
    await mined(token.setMode(Transfer.Normal));
    await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 7n));
    const again = await failedDelivery(p, token, 7n, { price: ONE, relist: true });
    expectEvent(again.rs.logs, p.house, "TokenReclaimable", [again.auctionId, p.alice.address, tokenAddress, 7n]);
    await mined(token.setMode(Transfer.Normal));
    await mined(by(p.house, p.alice).reclaimToken(tokenAddress, 7n));
    const { auctionId } = await relist(p, token, 7n, p.alice);
    expect(auctionId).toBe(3n);
    await mined(by(p.house, p.carol).placeBid(auctionId, { value: 4n * ONE }));
    await endAuction(p, auctionId);
    const aliceBefore = await balanceOf(p.alice);
    const rs = await mined(by(p.house, p.dave).settle(auctionId));
    expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, p.carol.address, 4n * ONE, 0n, royaltyReceiver, ONE / 5n, 4n * ONE - ONE / 5n, true]);
    expect(findEvents(rs.logs, p.house, "TokenReclaimable")).toHaveLength(0);
    expect(await token.ownerOf(7n)).toBe(p.carol.address);
    expect(await balanceOf(p.alice)).toBe(aliceBefore + 4n * ONE - ONE / 5n);
    expect(await balanceOf(houseAddress)).toBe(0n);
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 7n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 7n, p.alice.address]);
  });
});

describe("AuctionHouse reclaim records", () => {
  it("behavior: escrowing the same id again voids an old reclaim record, so its old seller cannot take a new seller's token", async () => {
    const { p, houseAddress, token, tokenAddress } = fixture();
    const { auctionId } = await failedDelivery(p, token, 7n);
    expect(await token.ownerOf(7n)).toBe(houseAddress);
    // The token contract takes the token back without the house (an expired name, a
    // clawback) and later hands out the same id again, to carol, who auctions it.
    await mined(token.burn(7n));
    await mined(token.setMode(Transfer.Normal));
    const carolSale = await openForeignAuction(p, token, 7n, p.carol);
    expect(carolSale.auctionId).toBe(auctionId + 1n);
    expect(await token.ownerOf(7n)).toBe(houseAddress);
    // Alice's record from the first auction was cleared when carol escrowed the token.
    await expectRevert(by(p.house, p.alice).reclaimToken(tokenAddress, 7n), p.house, "AuctionHouseNothingToReclaim", [tokenAddress, 7n, p.alice.address]);
    expect(await token.ownerOf(7n)).toBe(houseAddress);
    // Carol's auction runs normally and delivers to its winner.
    await mined(by(p.house, p.dave).placeBid(carolSale.auctionId, { value: ONE }));
    await endAuction(p, carolSale.auctionId);
    const rs = await mined(by(p.house, p.bob).settle(carolSale.auctionId));
    const [receiver, royalty] = await token.royaltyInfo(7n, ONE);
    expect(royalty > 0n).toBe(true);
    expectEvent(rs.logs, p.house, "AuctionSettled", [carolSale.auctionId, p.dave.address, ONE, 0n, receiver, royalty, ONE - royalty, true]);
    expect(await token.ownerOf(7n)).toBe(p.dave.address);
  });
});
