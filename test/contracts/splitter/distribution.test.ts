import { beforeEach, describe, expect, it } from "vitest";
import { Contract, ZeroAddress } from "ethers";
import {
  deployProtocol,
  ethers,
  expectEvent,
  expectRevert,
  findEvents,
  mintWork,
  normalise,
  type Protocol,
} from "../fixtures";
import { roleId, sortShares, type Share } from "@/lib/contracts/mint-request";

const ETH = ZeroAddress;

/** Mints a work whose split is `entries` and returns the sorted split and its splitter. */
async function splitWith(p: Protocol, entries: Share[]) {
  const shares = sortShares(entries);
  const { splitter } = await mintWork(p, { shares });
  return { shares, splitter: (await ethers.getContractAt("RoyaltySplitter", splitter)) as unknown as Contract };
}

/**
 * The 3-way 7000/2000/1000 split over alice, bob and carol, arranged so that the
 * first entry in (account, role) order holds `firstBps`.
 */
async function threeWay(p: Protocol, firstBps: 7000 | 1000) {
  const accounts = sortShares(
    [p.alice, p.bob, p.carol].map((s) => ({ account: s.address, role: roleId("prompter"), bps: 1 })),
  ).map((s) => s.account);
  const bps = firstBps === 7000 ? [7000, 2000, 1000] : [1000, 2000, 7000];
  const entries = accounts.map((account, i) => ({ account, role: roleId(["prompter", "trainer", "platform"][i]), bps: bps[i] }));
  const { splitter, shares } = await splitWith(p, entries);
  return { splitter, shares, accounts };
}

async function ethBalance(account: string) {
  return ethers.provider.getBalance(account);
}

/** Withdraws `account`'s ETH as dave (outside every split), returning the receipt and what arrived. */
async function withdrawEth(p: Protocol, splitter: Contract, account: string) {
  const before = await ethBalance(account);
  const receipt = (await (await (splitter.connect(p.dave) as Contract).withdraw(ETH, account)).wait())!;
  return { receipt, received: (await ethBalance(account)) - before };
}

async function pay(p: Protocol, splitter: Contract, wei: bigint) {
  await (await p.owner.sendTransaction({ to: await splitter.getAddress(), value: wei })).wait();
}

describe("RoyaltySplitter distribution", () => {
  let p: Protocol;
  beforeEach(async () => {
    p = await deployProtocol();
  });

  it("splits 10,001 wei as 7000/2000/1000 floors, gives the 1 wei dust to the first entry and ends at exactly 0", async () => {
    const { splitter, accounts } = await threeWay(p, 7000);
    await pay(p, splitter, 10_001n);
    const expected = [7001n, 2000n, 1000n];
    for (let i = 0; i < 3; i++) expect(await splitter.owed(ETH, accounts[i])).toBe(expected[i]);

    const first = await withdrawEth(p, splitter, accounts[0]);
    expectEvent(first.receipt.logs, splitter, "RoyaltySplitterDistributed", [ETH, 10_001n, 1n]);
    expectEvent(first.receipt.logs, splitter, "RoyaltySplitterWithdrawn", [ETH, accounts[0], 7001n]);
    expect(first.received).toBe(7001n);

    for (let i = 1; i < 3; i++) {
      const w = await withdrawEth(p, splitter, accounts[i]);
      expect(findEvents(w.receipt.logs, splitter, "RoyaltySplitterDistributed")).toHaveLength(0);
      expectEvent(w.receipt.logs, splitter, "RoyaltySplitterWithdrawn", [ETH, accounts[i], expected[i]]);
      expect(w.received).toBe(expected[i]);
    }
    expect(await ethBalance(await splitter.getAddress())).toBe(0n);
    for (const a of accounts) expect(await splitter.owed(ETH, a)).toBe(0n);
  });

  it("splits 7 wei with the 7000 entry first: 4 + 2 dust, 1, and 0 for the 1000 entry (NothingOwed), ending at 0", async () => {
    const { splitter, accounts } = await threeWay(p, 7000);
    await pay(p, splitter, 7n);
    expect(await splitter.owed(ETH, accounts[0])).toBe(6n);
    expect(await splitter.owed(ETH, accounts[1])).toBe(1n);
    expect(await splitter.owed(ETH, accounts[2])).toBe(0n);

    const a = await withdrawEth(p, splitter, accounts[0]);
    expectEvent(a.receipt.logs, splitter, "RoyaltySplitterDistributed", [ETH, 7n, 2n]);
    expectEvent(a.receipt.logs, splitter, "RoyaltySplitterWithdrawn", [ETH, accounts[0], 6n]);
    expect(a.received).toBe(6n);
    const b = await withdrawEth(p, splitter, accounts[1]);
    expectEvent(b.receipt.logs, splitter, "RoyaltySplitterWithdrawn", [ETH, accounts[1], 1n]);
    expect(b.received).toBe(1n);
    await expectRevert((splitter.connect(p.dave) as Contract).withdraw(ETH, accounts[2]), splitter, "RoyaltySplitterNothingOwed", [
      ETH,
      accounts[2],
    ]);
    expect(await ethBalance(await splitter.getAddress())).toBe(0n);
  });

  it("splits 7 wei with the 1000 entry first: it takes 0 + 2 dust, then 1 and 4, ending at 0", async () => {
    const { splitter, accounts } = await threeWay(p, 1000);
    await pay(p, splitter, 7n);
    const expected = [2n, 1n, 4n];
    for (let i = 0; i < 3; i++) expect(await splitter.owed(ETH, accounts[i])).toBe(expected[i]);
    // The last entry withdraws first: the division (and its dust) does not depend on who calls.
    const order = [2, 0, 1];
    for (const [k, i] of order.entries()) {
      const w = await withdrawEth(p, splitter, accounts[i]);
      if (k === 0) expectEvent(w.receipt.logs, splitter, "RoyaltySplitterDistributed", [ETH, 7n, 2n]);
      expectEvent(w.receipt.logs, splitter, "RoyaltySplitterWithdrawn", [ETH, accounts[i], expected[i]]);
      expect(w.received).toBe(expected[i]);
    }
    expect(await ethBalance(await splitter.getAddress())).toBe(0n);
  });

  it("returns from withdraw exactly what owed() reported", async () => {
    const { splitter, accounts } = await threeWay(p, 7000);
    await pay(p, splitter, 123_457n);
    for (const a of accounts) {
      const owed = await splitter.owed(ETH, a);
      expect(await (splitter.connect(p.dave) as Contract).withdraw.staticCall(ETH, a)).toBe(owed);
      expect((await withdrawEth(p, splitter, a)).received).toBe(owed);
    }
  });

  it("divides each batch of income on its own: floors and dust per batch, nothing lost across batches", async () => {
    const { splitter, accounts } = await threeWay(p, 7000);
    await pay(p, splitter, 7n); // 4+2 / 1 / 0
    const b1 = await withdrawEth(p, splitter, accounts[1]);
    expectEvent(b1.receipt.logs, splitter, "RoyaltySplitterDistributed", [ETH, 7n, 2n]);
    expect(b1.received).toBe(1n);
    await pay(p, splitter, 10_001n); // 7000+1 / 2000 / 1000
    expect(await splitter.owed(ETH, accounts[0])).toBe(6n + 7001n);
    expect(await splitter.owed(ETH, accounts[1])).toBe(2000n);
    expect(await splitter.owed(ETH, accounts[2])).toBe(1000n);
    const c = await withdrawEth(p, splitter, accounts[2]);
    expectEvent(c.receipt.logs, splitter, "RoyaltySplitterDistributed", [ETH, 10_001n, 1n]);
    expect(c.received).toBe(1000n);
    expect((await withdrawEth(p, splitter, accounts[0])).received).toBe(7007n);
    expect((await withdrawEth(p, splitter, accounts[1])).received).toBe(2000n);
    expect(await ethBalance(await splitter.getAddress())).toBe(0n);
  });

  it("credits an account holding two roles with both parts", async () => {
    const { splitter, shares } = await splitWith(p, [
      { account: p.alice.address, role: roleId("prompter"), bps: 5000 },
      { account: p.alice.address, role: roleId("curator"), bps: 3000 },
      { account: p.bob.address, role: roleId("trainer"), bps: 2000 },
    ]);
    await pay(p, splitter, 10_001n);
    const dustTo = shares[0].account;
    const alice = 8000n + (dustTo === p.alice.address ? 1n : 0n);
    const bob = 2000n + (dustTo === p.bob.address ? 1n : 0n);
    expect(await splitter.owed(ETH, p.alice.address)).toBe(alice);
    expect(await splitter.owed(ETH, p.bob.address)).toBe(bob);
    expect((await withdrawEth(p, splitter, p.alice.address)).received).toBe(alice);
    expect((await withdrawEth(p, splitter, p.bob.address)).received).toBe(bob);
    expect(await ethBalance(await splitter.getAddress())).toBe(0n);
  });

  it("pays a one-entry split everything", async () => {
    const { splitter } = await splitWith(p, [{ account: p.alice.address, role: roleId("prompter"), bps: 10_000 }]);
    await pay(p, splitter, 999n);
    const w = await withdrawEth(p, splitter, p.alice.address);
    expectEvent(w.receipt.logs, splitter, "RoyaltySplitterDistributed", [ETH, 999n, 0n]);
    expect(w.received).toBe(999n);
  });

  it("lets anyone trigger a withdrawal, but pays only the named account", async () => {
    const { splitter, accounts } = await threeWay(p, 7000);
    await pay(p, splitter, 10_000n);
    const callerBefore = await ethBalance(p.dave.address);
    const w = await withdrawEth(p, splitter, accounts[1]);
    const gas = BigInt(w.receipt.gasUsed) * BigInt(w.receipt.gasPrice);
    expect(w.received).toBe(2000n);
    expect(await ethBalance(p.dave.address)).toBe(callerBefore - gas);
  });

  describe("distribute", () => {
    it("credits every account without paying and emits RoyaltySplitterDistributed(token, amount, dust)", async () => {
      const { splitter, accounts } = await threeWay(p, 7000);
      await pay(p, splitter, 10_001n);
      const r = (await (await splitter.distribute(ETH)).wait())!;
      expectEvent(r.logs, splitter, "RoyaltySplitterDistributed", [ETH, 10_001n, 1n]);
      expect(findEvents(r.logs, splitter, "RoyaltySplitterWithdrawn")).toHaveLength(0);
      expect(await ethBalance(await splitter.getAddress())).toBe(10_001n);
      expect(await splitter.owed(ETH, accounts[0])).toBe(7001n);
      // A withdrawal right after pays the credit without dividing again.
      const w = await withdrawEth(p, splitter, accounts[0]);
      expect(findEvents(w.receipt.logs, splitter, "RoyaltySplitterDistributed")).toHaveLength(0);
      expect(w.received).toBe(7001n);
    });

    it("does nothing and emits nothing when no new income arrived", async () => {
      const { splitter, accounts } = await threeWay(p, 7000);
      const r0 = (await (await splitter.distribute(ETH)).wait())!;
      expect(findEvents(r0.logs, splitter, "RoyaltySplitterDistributed")).toHaveLength(0);
      await pay(p, splitter, 100n);
      await (await splitter.distribute(ETH)).wait();
      const r = (await (await splitter.distribute(ETH)).wait())!;
      expect(findEvents(r.logs, splitter, "RoyaltySplitterDistributed")).toHaveLength(0);
      expect(await splitter.owed(ETH, accounts[0])).toBe(70n);
    });
  });

  describe("ERC-20", () => {
    async function token() {
      return (await (await ethers.getContractFactory("TestERC20")).deploy("Test", "TST")) as unknown as Contract;
    }

    it("splits 10,001 token units like ETH, emitting the token address, and ends at 0", async () => {
      const erc20 = await token();
      const t = await erc20.getAddress();
      const { splitter, accounts } = await threeWay(p, 7000);
      await (await erc20.mint(await splitter.getAddress(), 10_001n)).wait();
      const expected = [7001n, 2000n, 1000n];
      for (let i = 0; i < 3; i++) expect(await splitter.owed(t, accounts[i])).toBe(expected[i]);
      for (let i = 0; i < 3; i++) {
        const r = (await (await (splitter.connect(p.dave) as Contract).withdraw(t, accounts[i])).wait())!;
        if (i === 0) expectEvent(r.logs, splitter, "RoyaltySplitterDistributed", [t, 10_001n, 1n]);
        expectEvent(r.logs, splitter, "RoyaltySplitterWithdrawn", [t, accounts[i], expected[i]]);
        expectEvent(r.logs, erc20, "Transfer", [await splitter.getAddress(), accounts[i], expected[i]]);
        expect(await erc20.balanceOf(accounts[i])).toBe(expected[i]);
      }
      expect(await erc20.balanceOf(await splitter.getAddress())).toBe(0n);
    });

    it("keeps ETH and each token in separate books", async () => {
      const [x, y] = [await token(), await token()];
      const { splitter, accounts } = await threeWay(p, 7000);
      await pay(p, splitter, 1000n);
      await (await x.mint(await splitter.getAddress(), 10n)).wait();
      await (await y.mint(await splitter.getAddress(), 7n)).wait();
      expect((await withdrawEth(p, splitter, accounts[1])).received).toBe(200n);
      expect(await splitter.owed(await x.getAddress(), accounts[1])).toBe(2n);
      expect(await splitter.owed(await y.getAddress(), accounts[1])).toBe(1n);
      await (await (splitter.connect(p.dave) as Contract).withdraw(await x.getAddress(), accounts[0])).wait();
      expect(await x.balanceOf(accounts[0])).toBe(7n);
      expect(await splitter.owed(await y.getAddress(), accounts[0])).toBe(6n);
      expect(await ethBalance(await splitter.getAddress())).toBe(800n);
    });

    it("divides amounts near 2^240 without overflow and without losing a unit", async () => {
      const erc20 = await token();
      const t = await erc20.getAddress();
      const { splitter, accounts } = await threeWay(p, 7000);
      const amount = 2n ** 240n + 3n;
      await (await erc20.mint(await splitter.getAddress(), amount)).wait();
      const floors = [7000n, 2000n, 1000n].map((b) => (amount * b) / 10_000n);
      const dust = amount - floors.reduce((a, b) => a + b, 0n);
      for (let i = 0; i < 3; i++) {
        await (await (splitter.connect(p.dave) as Contract).withdraw(t, accounts[i])).wait();
        expect(await erc20.balanceOf(accounts[i])).toBe(floors[i] + (i === 0 ? dust : 0n));
      }
      expect(await erc20.balanceOf(await splitter.getAddress())).toBe(0n);
    });
  });

  it("reports the split in (account, role) order", async () => {
    const { splitter, shares } = await threeWay(p, 1000);
    expect(normalise(await splitter.split())).toEqual(
      normalise([shares.map((s) => s.account), shares.map((s) => s.role), shares.map((s) => s.bps)]),
    );
  });
});
