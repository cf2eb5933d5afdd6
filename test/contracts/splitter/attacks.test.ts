import { beforeEach, describe, expect, it } from "vitest";
import { Contract, ZeroAddress } from "ethers";
import { deployProtocol, ethers, expectEvent, expectRevert, findEvents, mintWork, type Protocol } from "../fixtures";
import { roleId, sortShares } from "@/lib/contracts/mint-request";

const ETH = ZeroAddress;
/** SplitterReentrantReceiver.Mode */
const Mode = { None: 0, WithdrawSelf: 1, WithdrawOther: 2, Distribute: 3 } as const;

describe("RoyaltySplitter under attack by a re-entrant recipient", () => {
  let p: Protocol;
  let attacker: Contract;
  let a: string;
  let splitter: Contract;
  let s: string;
  const reentryError = () => splitter.interface.encodeErrorResult("ReentrancyGuardReentrantCall", []);

  beforeEach(async () => {
    p = await deployProtocol();
    attacker = (await (await ethers.getContractFactory("SplitterReentrantReceiver")).deploy()) as unknown as Contract;
    a = await attacker.getAddress();
    const shares = sortShares([
      { account: a, role: roleId("trainer"), bps: 5000 },
      { account: p.alice.address, role: roleId("prompter"), bps: 3000 },
      { account: p.bob.address, role: roleId("platform"), bps: 2000 },
    ]);
    const minted = await mintWork(p, { shares });
    splitter = (await ethers.getContractAt("RoyaltySplitter", minted.splitter)) as unknown as Contract;
    s = minted.splitter;
    await (await p.owner.sendTransaction({ to: s, value: 10_000n })).wait();
  });

  const withdraw = (account: string) => (splitter.connect(p.dave) as Contract).withdraw(ETH, account);

  /** Alice and Bob still withdraw exactly their shares; the splitter keeps only `left`. */
  async function othersWithdrawInFull(left = 0n) {
    for (const [who, amount] of [[p.alice.address, 3000n], [p.bob.address, 2000n]] as const) {
      const before = await ethers.provider.getBalance(who);
      await (await withdraw(who)).wait();
      expect((await ethers.provider.getBalance(who)) - before).toBe(amount);
    }
    expect(await ethers.provider.getBalance(s)).toBe(left);
  }

  it("re-entering withdraw for itself is refused by the guard: it gets its 5,000 wei once, nothing more", async () => {
    await (await attacker.arm(s, Mode.WithdrawSelf, ZeroAddress, true)).wait();
    const r = (await (await withdraw(a)).wait())!;
    expect(await attacker.lastReentryError()).toBe(reentryError());
    expect(await attacker.reentrySuccesses()).toBe(0n);
    expect(await attacker.receives()).toBe(1n);
    expect(await ethers.provider.getBalance(a)).toBe(5000n);
    expect(findEvents(r.logs, splitter, "RoyaltySplitterWithdrawn")).toHaveLength(1);
    expectEvent(r.logs, splitter, "RoyaltySplitterWithdrawn", [ETH, a, 5000n]);
    await othersWithdrawInFull();
  });

  it("re-entering withdraw for another account cannot move that account's money", async () => {
    await (await attacker.arm(s, Mode.WithdrawOther, p.alice.address, true)).wait();
    await (await withdraw(a)).wait();
    expect(await attacker.lastReentryError()).toBe(reentryError());
    expect(await attacker.reentrySuccesses()).toBe(0n);
    expect(await splitter.owed(ETH, p.alice.address)).toBe(3000n);
    await othersWithdrawInFull();
  });

  it("re-entering distribute mid-payment is refused by the guard", async () => {
    await (await attacker.arm(s, Mode.Distribute, ZeroAddress, true)).wait();
    await (await withdraw(a)).wait();
    expect(await attacker.lastReentryError()).toBe(reentryError());
    expect(await attacker.reentrySuccesses()).toBe(0n);
    expect(await ethers.provider.getBalance(a)).toBe(5000n);
    await othersWithdrawInFull();
  });

  it("a recipient that lets the refused re-entry bubble fails only itself: RoyaltySplitterTransferFailed, credit kept", async () => {
    await (await attacker.arm(s, Mode.WithdrawSelf, ZeroAddress, false)).wait();
    await expectRevert(withdraw(a), splitter, "RoyaltySplitterTransferFailed", [ETH, a, 5000n]);
    expect(await splitter.owed(ETH, a)).toBe(5000n);
    await othersWithdrawInFull(5000n);
    // Once it behaves, it collects exactly its share.
    await (await attacker.arm(s, Mode.None, ZeroAddress, false)).wait();
    await (await withdraw(a)).wait();
    expect(await ethers.provider.getBalance(a)).toBe(5000n);
    expect(await ethers.provider.getBalance(s)).toBe(0n);
  });

  it("a second withdrawal after a re-entry attempt finds nothing owed: the attacker keeps exactly its share", async () => {
    await (await attacker.arm(s, Mode.WithdrawSelf, ZeroAddress, true)).wait();
    // Two back-to-back attempts: the second finds nothing owed.
    await (await withdraw(a)).wait();
    await expectRevert(withdraw(a), splitter, "RoyaltySplitterNothingOwed", [ETH, a]);
    expect(await ethers.provider.getBalance(a)).toBe(5000n);
  });
});
