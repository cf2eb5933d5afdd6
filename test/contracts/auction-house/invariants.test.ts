import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Signer } from "ethers";
import { expectEvent, expectRevert, now } from "../fixtures";
import {
  EXTENSION_WINDOW,
  FIXED_GAS,
  ONE,
  balanceOf,
  by,
  deploy,
  deployProtocol,
  gasCost,
  mined,
  openArtworkAuction,
  restore,
  setNextTimestamp,
  snapshot,
  useChainFixture,
} from "./auction-helpers";

const FEE_BPS = 300n;
const DURATION = 1800n;

const fixture = useChainFixture(async () => {
  const p = await deployProtocol({ feeBps: Number(FEE_BPS) });
  const houseAddress = await p.house.getAddress();
  const opened = await openArtworkAuction(p, { reserve: ONE, duration: DURATION });
  const spare = await openArtworkAuction(p, { reserve: ONE, duration: DURATION });
  const reverting = await deploy("RevertingBidder", houseAddress);
  const burning = await deploy("GasBurningBidder", houseAddress);
  const reentrant = await deploy("ReentrantBidder", houseAddress);
  // On every refund it tries to bid on the spare auction and refuses the ETH when that fails.
  await mined(reentrant.configure(1, spare.auctionId, true));
  return { p, houseAddress, ...opened, attackers: [reverting, burning, reentrant] };
});

type Action =
  | { kind: "bid"; who: number; extraBps: number }
  | { kind: "wait"; seconds: number }
  | { kind: "withdrawFor"; attacker: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("bid" as const), who: fc.integer({ min: 0, max: 6 }), extraBps: fc.integer({ min: 0, max: 5000 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("wait" as const), seconds: fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 300, max: 2000 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("withdrawFor" as const), attacker: fc.integer({ min: 0, max: 2 }) }) },
);

describe("AuctionHouse invariants over random action sequences", () => {
  it("property: escrow always equals the top bid plus credits; honest bidders end down only gas (and the price if they win)", async () => {
    const { p, houseAddress, auctionId, splitter, tokenId, attackers } = fixture();
    const honest: Signer[] = [p.alice, p.bob, p.carol, p.dave];
    const attackerAddresses = await Promise.all(attackers.map((a: any) => a.getAddress()));
    let id = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 12 }), async (actions) => {
        await restore(id);
        id = await snapshot();
        const start = await Promise.all(honest.map((s) => balanceOf(s)));
        const gas = honest.map(() => 0n);
        const credit = attackers.map(() => 0n);
        const splitterStart = await balanceOf(splitter);
        const platformStart = await balanceOf(p.platform);
        let t = (await now()) + 10n;
        let top: { who: number; amount: bigint } | undefined;
        let end = 0n;

        const tick = async (seconds = 1n) => {
          t += seconds;
          await setNextTimestamp(t);
        };
        const checkEscrow = async () => {
          const credits = credit.reduce((a, b) => a + b, 0n);
          expect(await balanceOf(houseAddress)).toBe((top?.amount ?? 0n) + credits);
          for (let i = 0; i < attackers.length; i++) {
            expect(await p.house.pendingWithdrawal(attackerAddresses[i])).toBe(credit[i]);
          }
        };

        for (const a of actions) {
          if (a.kind === "wait") {
            t += BigInt(a.seconds);
            continue;
          }
          if (a.kind === "withdrawFor") {
            await tick();
            const who = attackerAddresses[a.attacker];
            const tx = by(p.house, p.owner).withdrawFor(who, { gasLimit: 500_000n });
            if (credit[a.attacker] === 0n) await expectRevert(tx, p.house, "AuctionHouseNothingToWithdraw", [who]);
            else await expectRevert(tx, p.house, "AuctionHouseWithdrawFailed", [who, credit[a.attacker]]);
            await checkEscrow();
            continue;
          }
          const minimum: bigint = await p.house.minimumBid(auctionId);
          const amount = minimum + (minimum * BigInt(a.extraBps)) / 10_000n;
          await tick();
          if (end !== 0n && t >= end) {
            await expectRevert(
              by(p.house, p.owner).placeBid(auctionId, { value: amount, ...FIXED_GAS }),
              p.house, "AuctionHouseAuctionEnded", [auctionId, end],
            );
            continue;
          }
          let receipt;
          if (a.who < honest.length) {
            receipt = await mined(by(p.house, honest[a.who]).placeBid(auctionId, { value: amount, ...FIXED_GAS }));
            gas[a.who] += gasCost(receipt);
          } else {
            receipt = await mined(attackers[a.who - honest.length].bid(auctionId, { value: amount, ...FIXED_GAS }));
          }
          // Model of the extension rule and the refund of the previous top bidder.
          const extended = end !== 0n && end - t < EXTENSION_WINDOW;
          end = end === 0n ? t + DURATION : extended ? t + EXTENSION_WINDOW : end;
          const bidder = a.who < honest.length ? await honest[a.who].getAddress() : attackerAddresses[a.who - honest.length];
          expectEvent(receipt.logs, p.house, "AuctionBid", [auctionId, bidder, amount, end, extended]);
          if (top && top.who >= honest.length) credit[top.who - honest.length] += top.amount;
          top = { who: a.who, amount };
          await checkEscrow();
        }

        t = t + 1n > end ? t + 1n : end;
        await setNextTimestamp(t);
        if (!top) {
          await expectRevert(by(p.house, p.owner).settle(auctionId, FIXED_GAS), p.house, "AuctionHouseNotStarted", [auctionId]);
          return;
        }
        const rs = await mined(by(p.house, p.owner).settle(auctionId, FIXED_GAS));
        const fee = (top.amount * FEE_BPS) / 10_000n;
        const winner = top.who < honest.length ? await honest[top.who].getAddress() : attackerAddresses[top.who - honest.length];
        expectEvent(rs.logs, p.house, "AuctionSettled", [auctionId, winner, top.amount, fee, splitter, top.amount - fee, 0n, true]);
        expect(await p.artwork.ownerOf(tokenId)).toBe(winner);
        for (let i = 0; i < honest.length; i++) {
          const paid = top.who === i ? top.amount : 0n;
          expect(await balanceOf(honest[i])).toBe(start[i] - gas[i] - paid);
        }
        expect(await balanceOf(splitter)).toBe(splitterStart + top.amount - fee);
        expect(await balanceOf(p.platform)).toBe(platformStart + fee);
        top = undefined;
        await checkEscrow();
      }),
      { numRuns: 25 },
    );
    await restore(id);
  });
});
