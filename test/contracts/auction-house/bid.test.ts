import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { expectEvent, expectRevert, findEvents, increaseTime, now } from "../fixtures";
import {
  EXTENSION_WINDOW,
  FIXED_GAS,
  MIN_DURATION,
  ONE,
  UINT96_MAX,
  auctionState,
  balanceOf,
  by,
  deployProtocol,
  endAuction,
  gasCost,
  mined,
  openArtworkAuction,
  restore,
  setBalance,
  setNextTimestamp,
  snapshot,
  useChainFixture,
} from "./auction-helpers";

const fixture = useChainFixture(async () => {
  const p = await deployProtocol();
  const auction = await openArtworkAuction(p, { reserve: ONE, duration: 3600n });
  return { p, auctionId: auction.auctionId, houseAddress: await p.house.getAddress() };
});

const TENTH = ONE / 10n;

describe("AuctionHouse.placeBid: first bid", () => {
  it("accepts a bid of exactly the reserve, starts the countdown at that block and emits AuctionBid", async () => {
    const { p, auctionId, houseAddress } = fixture();
    const t = (await now()) + 100n;
    await setNextTimestamp(t);
    const receipt = await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    expectEvent(receipt.logs, p.house, "AuctionBid", [auctionId, p.alice.address, ONE, t + 3600n, false]);
    expect(findEvents(receipt.logs, p.house, "RefundDeferred")).toHaveLength(0);
    const a = await auctionState(p, auctionId);
    expect([a.bidder, a.amount, a.endTime, a.reserve]).toEqual([p.alice.address, ONE, t + 3600n, ONE]);
    expect(await balanceOf(houseAddress)).toBe(ONE);
  });

  it("starts the countdown at the first bid, not at creation, however long the auction waited", async () => {
    const { p, auctionId } = fixture();
    await increaseTime(10n * 24n * 3600n);
    const t = (await now()) + 5n;
    await setNextTimestamp(t);
    const receipt = await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    expectEvent(receipt.logs, p.house, "AuctionBid", [auctionId, p.alice.address, ONE, t + 3600n, false]);
  });

  it("rejects a first bid one wei below the reserve with AuctionHouseBidBelowReserve", async () => {
    const { p, auctionId } = fixture();
    await expectRevert(
      by(p.house, p.alice).placeBid(auctionId, { value: ONE - 1n }),
      p.house, "AuctionHouseBidBelowReserve", [auctionId, ONE, ONE - 1n],
    );
    expect((await auctionState(p, auctionId)).endTime).toBe(0n);
  });

  it("rejects a first bid of zero with AuctionHouseBidBelowReserve", async () => {
    const { p, auctionId } = fixture();
    await expectRevert(
      by(p.house, p.alice).placeBid(auctionId, { value: 0n }),
      p.house, "AuctionHouseBidBelowReserve", [auctionId, ONE, 0n],
    );
  });

  it("accepts a first bid above the reserve and asks 10% more from the next bidder", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: 2n * ONE }));
    expect(await p.house.minimumBid(auctionId)).toBe(2n * ONE + 2n * TENTH);
  });

  it("rejects a bid from the seller with AuctionHouseSellerCannotBid, before and after other bids", async () => {
    const { p, auctionId } = fixture();
    await expectRevert(
      by(p.house, p.contributor).placeBid(auctionId, { value: ONE }),
      p.house, "AuctionHouseSellerCannotBid", [auctionId],
    );
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await expectRevert(
      by(p.house, p.contributor).placeBid(auctionId, { value: 5n * ONE }),
      p.house, "AuctionHouseSellerCannotBid", [auctionId],
    );
  });

  it("rejects a bid on an id that never existed with AuctionHouseNoAuction", async () => {
    const { p } = fixture();
    await expectRevert(by(p.house, p.alice).placeBid(99n, { value: ONE }), p.house, "AuctionHouseNoAuction", [99n]);
    await expectRevert(by(p.house, p.alice).placeBid(0n, { value: ONE }), p.house, "AuctionHouseNoAuction", [0n]);
  });

  it("rejects a bid on a cancelled auction with AuctionHouseNoAuction", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.contributor).cancelAuction(auctionId));
    await expectRevert(by(p.house, p.alice).placeBid(auctionId, { value: ONE }), p.house, "AuctionHouseNoAuction", [auctionId]);
  });

  it("rejects a bid on a settled auction with AuctionHouseNoAuction", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await endAuction(p, auctionId);
    await mined(by(p.house, p.dave).settle(auctionId));
    await expectRevert(by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE }), p.house, "AuctionHouseNoAuction", [auctionId]);
  });

  it("accepts a bid of exactly type(uint96).max and rejects one wei more with AuctionHouseInvalidReserve", async () => {
    const { p, auctionId } = fixture();
    await setBalance(p.alice.address, 1n << 100n);
    await expectRevert(
      by(p.house, p.alice).placeBid(auctionId, { value: UINT96_MAX + 1n }),
      p.house, "AuctionHouseInvalidReserve", [UINT96_MAX + 1n],
    );
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: UINT96_MAX }));
    expect((await auctionState(p, auctionId)).amount).toBe(UINT96_MAX);
    // Any later bid has to be 10% above uint96 max, so it can never fit.
    await setBalance(p.bob.address, 1n << 100n);
    const minimum = UINT96_MAX + UINT96_MAX / 10n;
    expect(await p.house.minimumBid(auctionId)).toBe(minimum);
    await expectRevert(
      by(p.house, p.bob).placeBid(auctionId, { value: minimum }),
      p.house, "AuctionHouseInvalidReserve", [minimum],
    );
  });
});

describe("AuctionHouse.placeBid: later bids", () => {
  it("accepts exactly the current bid plus 10% and refunds the outbid bidder at once, to the wei", async () => {
    const { p, auctionId, houseAddress } = fixture();
    const aliceStart = await balanceOf(p.alice);
    const bobStart = await balanceOf(p.bob);
    const r1 = await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    const end = (await auctionState(p, auctionId)).endTime;
    expect(await p.house.minimumBid(auctionId)).toBe(ONE + TENTH);
    const r2 = await mined(by(p.house, p.bob).placeBid(auctionId, { value: ONE + TENTH }));
    expectEvent(r2.logs, p.house, "AuctionBid", [auctionId, p.bob.address, ONE + TENTH, end, false]);
    expect(findEvents(r2.logs, p.house, "RefundDeferred")).toHaveLength(0);
    expect(await balanceOf(p.alice)).toBe(aliceStart - gasCost(r1));
    expect(await balanceOf(p.bob)).toBe(bobStart - ONE - TENTH - gasCost(r2));
    expect(await balanceOf(houseAddress)).toBe(ONE + TENTH);
    expect(await p.house.pendingWithdrawal(p.alice.address)).toBe(0n);
    const a = await auctionState(p, auctionId);
    expect([a.bidder, a.amount, a.endTime]).toEqual([p.bob.address, ONE + TENTH, end]);
  });

  it("rejects one wei below the minimum with AuctionHouseBidTooLow carrying the exact minimum", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await expectRevert(
      by(p.house, p.bob).placeBid(auctionId, { value: ONE + TENTH - 1n }),
      p.house, "AuctionHouseBidTooLow", [auctionId, ONE + TENTH, ONE + TENTH - 1n],
    );
  });

  it("rejects a bid equal to the current one with AuctionHouseBidTooLow", async () => {
    const { p, auctionId } = fixture();
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    await expectRevert(
      by(p.house, p.bob).placeBid(auctionId, { value: ONE }),
      p.house, "AuctionHouseBidTooLow", [auctionId, ONE + TENTH, ONE],
    );
  });

  it("lets the top bidder raise their own bid and refunds their previous bid", async () => {
    const { p, auctionId, houseAddress } = fixture();
    const start = await balanceOf(p.alice);
    const r1 = await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    const r2 = await mined(by(p.house, p.alice).placeBid(auctionId, { value: 2n * ONE }));
    expect(await balanceOf(p.alice)).toBe(start - 2n * ONE - gasCost(r1) - gasCost(r2));
    expect(await balanceOf(houseAddress)).toBe(2n * ONE);
  });

  it("refunds every outbid bidder in a chain of bids; only the top bid stays escrowed", async () => {
    const { p, auctionId, houseAddress } = fixture();
    const bidders = [p.alice, p.bob, p.carol, p.dave];
    const starts = await Promise.all(bidders.map((b) => balanceOf(b)));
    const gas = [0n, 0n, 0n, 0n];
    let amount = ONE;
    for (let i = 0; i < bidders.length; i++) {
      gas[i] = gasCost(await mined(by(p.house, bidders[i]).placeBid(auctionId, { value: amount })));
      if (i < bidders.length - 1) amount = await p.house.minimumBid(auctionId);
    }
    for (let i = 0; i < 3; i++) expect(await balanceOf(bidders[i])).toBe(starts[i] - gas[i]);
    expect(await balanceOf(p.dave)).toBe(starts[3] - amount - gas[3]);
    expect(await balanceOf(houseAddress)).toBe(amount);
    expect(amount).toBe(ONE * 1331n / 1000n);
  });

  it("rounds the 10% step down and asks at least one wei more for tiny bids", async () => {
    const { p } = fixture();
    const cases: Array<[bigint, bigint]> = [[1n, 2n], [9n, 10n], [10n, 11n], [15n, 16n], [19n, 20n], [20n, 22n], [ONE + 9n, ONE + TENTH + 9n]];
    for (const [amount, minimum] of cases) {
      const { auctionId } = await openArtworkAuction(p, { reserve: amount });
      await mined(by(p.house, p.alice).placeBid(auctionId, { value: amount }));
      expect(await p.house.minimumBid(auctionId)).toBe(minimum);
      await expectRevert(
        by(p.house, p.bob).placeBid(auctionId, { value: minimum - 1n }),
        p.house, "AuctionHouseBidTooLow", [auctionId, minimum, minimum - 1n],
      );
      await mined(by(p.house, p.bob).placeBid(auctionId, { value: minimum }));
    }
  });

  it("property: minimumBid is amount + max(1, floor(amount / 10)); one wei less is refused, exactly it is taken", async () => {
    const { p } = fixture();
    const { auctionId } = await openArtworkAuction(p, { reserve: 1n });
    await setBalance(p.alice.address, 10n ** 26n);
    await setBalance(p.bob.address, 10n ** 26n);
    let id = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.bigInt({ min: 1n, max: 10n ** 24n }), async (amount) => {
        await restore(id);
        id = await snapshot();
        await mined(by(p.house, p.alice).placeBid(auctionId, { value: amount }));
        const step = amount / 10n;
        const expected = amount + (step === 0n ? 1n : step);
        expect(await p.house.minimumBid(auctionId)).toBe(expected);
        await expectRevert(
          by(p.house, p.bob).placeBid(auctionId, { value: expected - 1n }),
          p.house, "AuctionHouseBidTooLow", [auctionId, expected, expected - 1n],
        );
        await mined(by(p.house, p.bob).placeBid(auctionId, { value: expected }));
      }),
      { numRuns: 25 },
    );
    await restore(id);
  });
});

describe("AuctionHouse.placeBid: end time and extension", () => {
  /** Alice's first bid at a pinned time; returns the end time it set. */
  async function firstBid() {
    const { p, auctionId } = fixture();
    const t = (await now()) + 10n;
    await setNextTimestamp(t);
    await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE }));
    return t + 3600n;
  }

  it("does not extend a bid placed exactly 15 minutes before the end", async () => {
    const { p, auctionId } = fixture();
    const end = await firstBid();
    await setNextTimestamp(end - EXTENSION_WINDOW);
    const r = await mined(by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE, ...FIXED_GAS }));
    expectEvent(r.logs, p.house, "AuctionBid", [auctionId, p.bob.address, 2n * ONE, end, false]);
    expect((await auctionState(p, auctionId)).endTime).toBe(end);
  });

  it("extends a bid placed 15 minutes minus one second before the end to 15 minutes after it", async () => {
    const { p, auctionId } = fixture();
    const end = await firstBid();
    const t = end - EXTENSION_WINDOW + 1n;
    await setNextTimestamp(t);
    const r = await mined(by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE, ...FIXED_GAS }));
    expectEvent(r.logs, p.house, "AuctionBid", [auctionId, p.bob.address, 2n * ONE, t + EXTENSION_WINDOW, true]);
    expect(t + EXTENSION_WINDOW).toBe(end + 1n);
    expect((await auctionState(p, auctionId)).endTime).toBe(end + 1n);
  });

  it("extends a bid in the last second to 15 minutes after it", async () => {
    const { p, auctionId } = fixture();
    const end = await firstBid();
    await setNextTimestamp(end - 1n);
    const r = await mined(by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE, ...FIXED_GAS }));
    expectEvent(r.logs, p.house, "AuctionBid", [auctionId, p.bob.address, 2n * ONE, end - 1n + EXTENSION_WINDOW, true]);
  });

  it("rejects a bid at exactly the end time with AuctionHouseAuctionEnded", async () => {
    const { p, auctionId } = fixture();
    const end = await firstBid();
    await setNextTimestamp(end);
    await expectRevert(
      by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE, ...FIXED_GAS }),
      p.house, "AuctionHouseAuctionEnded", [auctionId, end],
    );
    const a = await auctionState(p, auctionId);
    expect([a.bidder, a.amount, a.endTime]).toEqual([p.alice.address, ONE, end]);
  });

  it("rejects a bid after the end time with AuctionHouseAuctionEnded", async () => {
    const { p, auctionId } = fixture();
    const end = await firstBid();
    await setNextTimestamp(end + 3600n);
    await expectRevert(
      by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE, ...FIXED_GAS }),
      p.house, "AuctionHouseAuctionEnded", [auctionId, end],
    );
  });

  it("keeps extending on every late bid and ends exactly at the last extension", async () => {
    const { p, auctionId } = fixture();
    let end = await firstBid();
    const bidders = [p.bob, p.carol, p.dave, p.alice];
    let amount = ONE;
    for (const bidder of bidders) {
      amount = await p.house.minimumBid(auctionId);
      const t = end - 60n;
      await setNextTimestamp(t);
      const r = await mined(by(p.house, bidder).placeBid(auctionId, { value: amount, ...FIXED_GAS }));
      expectEvent(r.logs, p.house, "AuctionBid", [auctionId, await bidder.getAddress(), amount, t + EXTENSION_WINDOW, true]);
      end = t + EXTENSION_WINDOW;
    }
    await setNextTimestamp(end);
    const next = await p.house.minimumBid(auctionId);
    await expectRevert(
      by(p.house, p.bob).placeBid(auctionId, { value: next, ...FIXED_GAS }),
      p.house, "AuctionHouseAuctionEnded", [auctionId, end],
    );
  });

  it("with the shortest duration a second bid one second later already extends", async () => {
    const { p } = fixture();
    const { auctionId } = await openArtworkAuction(p, { reserve: ONE, duration: MIN_DURATION });
    const t = (await now()) + 10n;
    await setNextTimestamp(t);
    const r1 = await mined(by(p.house, p.alice).placeBid(auctionId, { value: ONE, ...FIXED_GAS }));
    expectEvent(r1.logs, p.house, "AuctionBid", [auctionId, p.alice.address, ONE, t + MIN_DURATION, false]);
    await setNextTimestamp(t + 1n);
    const r2 = await mined(by(p.house, p.bob).placeBid(auctionId, { value: 2n * ONE, ...FIXED_GAS }));
    expectEvent(r2.logs, p.house, "AuctionBid", [auctionId, p.bob.address, 2n * ONE, t + 1n + EXTENSION_WINDOW, true]);
  });
});
