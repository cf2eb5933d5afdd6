import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { Contract, ZeroAddress } from "ethers";
import { deployProtocol, ethers, expectEvent, expectRevert, findEvents, mintWork, type Protocol } from "../fixtures";
import { roleId, sortShares, type Share } from "@/lib/contracts/mint-request";

const ETH = ZeroAddress;
const TOTAL_BPS = 10_000n;

type Action =
  | { kind: "pay"; asset: 0 | 1; amount: bigint }
  | { kind: "withdraw"; asset: 0 | 1; who: number }
  | { kind: "distribute"; asset: 0 | 1 };

/** The splitter's books as the issue specifies them, kept per asset. */
class Model {
  held = 0n;
  balance = 0n;
  credit = new Map<string, bigint>();
  constructor(private readonly shares: readonly Share[]) {}
  /** Credits floors of new income and the dust to the first entry; returns [income, dust] or null. */
  distribute(): [bigint, bigint] | null {
    const income = this.balance - this.held;
    if (income === 0n) return null;
    let given = 0n;
    for (const s of this.shares) {
      const part = (income * BigInt(s.bps)) / TOTAL_BPS;
      this.credit.set(s.account, (this.credit.get(s.account) ?? 0n) + part);
      given += part;
    }
    const dust = income - given;
    const first = this.shares[0].account;
    this.credit.set(first, this.credit.get(first)! + dust);
    this.held = this.balance;
    return [income, dust];
  }
  owed(account: string): bigint {
    const snapshot = { held: this.held, credit: new Map(this.credit) };
    this.distribute();
    const amount = this.credit.get(account) ?? 0n;
    this.held = snapshot.held;
    this.credit = snapshot.credit;
    return amount;
  }
}

const splitArb = (pool: string[]) => {
  const roles = ["prompter", "trainer", "curator"].map(roleId);
  return fc
    .uniqueArray(fc.tuple(fc.nat(pool.length - 1), fc.nat(roles.length - 1)), {
      minLength: 1,
      maxLength: 8,
      selector: ([a, r]) => `${a}:${r}`,
    })
    .chain((entries) =>
      fc
        .uniqueArray(fc.integer({ min: 1, max: 9_999 }), { minLength: entries.length - 1, maxLength: entries.length - 1 })
        .map((cuts) => {
          const edges = [0, ...cuts.sort((x, y) => x - y), 10_000];
          return sortShares(entries.map(([a, r], i) => ({ account: pool[a], role: roles[r], bps: edges[i + 1] - edges[i] })));
        }),
    );
};

const asset = fc.constantFrom<0 | 1>(0, 1);
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant("pay" as const),
    asset,
    amount: fc.oneof(fc.bigInt(0n, 20n), fc.bigInt(0n, 10n ** 18n)),
  }),
  fc.record({ kind: fc.constant("withdraw" as const), asset, who: fc.nat(7) }),
  fc.record({ kind: fc.constant("distribute" as const), asset }),
);

describe("RoyaltySplitter accounting (model-based property)", () => {
  let p: Protocol;
  let pool: string[];
  beforeAll(async () => {
    p = await deployProtocol();
    // Accounts used by nothing else, so their balances move only by withdrawals (dave pays gas).
    pool = p.signers.slice(8, 20).map((s) => s.address);
  });

  it("for any split and any sequence of payments, distributions and withdrawals: owed() and withdraw match the floor-and-dust model exactly, and everything is paid out", async () => {
    const token = (await (await ethers.getContractFactory("TestERC20")).deploy("T", "T")) as unknown as Contract;
    const tokenAddress = await token.getAddress();
    await fc.assert(
      fc.asyncProperty(splitArb(pool), fc.array(actionArb, { maxLength: 12 }), async (shares, actions) => {
        const snapshot = await ethers.provider.send("evm_snapshot", []);
        try {
          const { splitter: address } = await mintWork(p, { shares });
          const splitter = (await ethers.getContractAt("RoyaltySplitter", address)) as unknown as Contract;
          const asDave = splitter.connect(p.dave) as Contract;
          const assets = [ETH, tokenAddress];
          const models = [new Model(shares), new Model(shares)];
          const accounts = [...new Set(shares.map((s) => s.account))];
          const received = assets.map(() => new Map(accounts.map((a) => [a, 0n])));
          const balanceOf = (i: number, who: string) =>
            i === 0 ? ethers.provider.getBalance(who) : (token.balanceOf(who) as Promise<bigint>);

          const withdraw = async (i: number, who: string) => {
            const m = models[i];
            const amount = m.owed(who);
            expect(await splitter.owed(assets[i], who)).toBe(amount);
            if (amount === 0n) {
              // The revert rolls back the division as well, so the model stays as it is.
              await expectRevert(asDave.withdraw(assets[i], who), splitter, "RoyaltySplitterNothingOwed", [assets[i], who]);
              return;
            }
            const dist = m.distribute();
            const before = await balanceOf(i, who);
            const r = (await (await asDave.withdraw(assets[i], who)).wait())!;
            if (dist) expectEvent(r.logs, splitter, "RoyaltySplitterDistributed", [assets[i], dist[0], dist[1]]);
            else expect(findEvents(r.logs, splitter, "RoyaltySplitterDistributed")).toHaveLength(0);
            expectEvent(r.logs, splitter, "RoyaltySplitterWithdrawn", [assets[i], who, amount]);
            expect((await balanceOf(i, who)) - before).toBe(amount);
            m.credit.set(who, 0n);
            m.held -= amount;
            m.balance -= amount;
            received[i].set(who, received[i].get(who)! + amount);
          };

          for (const action of actions) {
            const i = action.asset;
            if (action.kind === "pay") {
              if (i === 0) await (await p.owner.sendTransaction({ to: address, value: action.amount })).wait();
              else await (await token.mint(address, action.amount)).wait();
              models[i].balance += action.amount;
            } else if (action.kind === "distribute") {
              const r = (await (await splitter.distribute(assets[i])).wait())!;
              const dist = models[i].distribute();
              if (dist) expectEvent(r.logs, splitter, "RoyaltySplitterDistributed", [assets[i], dist[0], dist[1]]);
              else expect(findEvents(r.logs, splitter, "RoyaltySplitterDistributed")).toHaveLength(0);
            } else {
              await withdraw(i, accounts[action.who % accounts.length]);
            }
          }
          // Everyone collects what is left: the splitter ends with nothing, and nothing was lost.
          for (let i = 0; i < 2; i++) {
            for (const who of accounts) if (models[i].owed(who) > 0n) await withdraw(i, who);
            expect(await balanceOf(i, address)).toBe(0n);
            const paidIn = [...received[i].values()].reduce((a, b) => a + b, 0n);
            expect(paidIn).toBe(totalPaid(actions, i as 0 | 1));
            for (const who of accounts) expect(await splitter.owed(assets[i], who)).toBe(0n);
          }
        } finally {
          await ethers.provider.send("evm_revert", [snapshot]);
        }
      }),
      { numRuns: 25 },
    );
  });
});

function totalPaid(actions: readonly Action[], asset: 0 | 1): bigint {
  return actions.reduce((sum, a) => (a.kind === "pay" && a.asset === asset ? sum + a.amount : sum), 0n);
}
