import { beforeEach, describe, expect, it } from "vitest";
import { Contract, ZeroAddress } from "ethers";
import {
  deployProtocol,
  ethers,
  expectEvent,
  expectRevert,
  mintWork,
  type Protocol,
} from "../fixtures";
import { roleId, sortShares, type Share } from "@/lib/contracts/mint-request";

const ETH = ZeroAddress;

async function splitWith(p: Protocol, entries: Share[]) {
  const shares = sortShares(entries);
  const { splitter } = await mintWork(p, { shares });
  return { shares, splitter: (await ethers.getContractAt("RoyaltySplitter", splitter)) as unknown as Contract };
}

async function deploy(name: string, ...args: unknown[]) {
  const c = await (await ethers.getContractFactory(name)).deploy(...args);
  return c as unknown as Contract;
}

const withdrawAs = (p: Protocol, splitter: Contract, token: string, account: string) =>
  (splitter.connect(p.dave) as Contract).withdraw(token, account);

async function pay(p: Protocol, splitter: Contract, wei: bigint) {
  await (await p.owner.sendTransaction({ to: await splitter.getAddress(), value: wei })).wait();
}

describe("RoyaltySplitter withdraw failures", () => {
  let p: Protocol;
  beforeEach(async () => {
    p = await deployProtocol();
  });

  const simple = (p: Protocol) =>
    splitWith(p, [
      { account: p.alice.address, role: roleId("prompter"), bps: 6000 },
      { account: p.bob.address, role: roleId("trainer"), bps: 4000 },
    ]);

  describe("RoyaltySplitterUnknownAccount", () => {
    it("rejects an account outside the split, even with money waiting", async () => {
      const { splitter } = await simple(p);
      await pay(p, splitter, 1000n);
      await expectRevert(withdrawAs(p, splitter, ETH, p.carol.address), splitter, "RoyaltySplitterUnknownAccount", [
        p.carol.address,
      ]);
      expect(await ethers.provider.getBalance(await splitter.getAddress())).toBe(1000n);
    });

    it("rejects the zero account", async () => {
      const { splitter } = await simple(p);
      await pay(p, splitter, 1000n);
      await expectRevert(withdrawAs(p, splitter, ETH, ZeroAddress), splitter, "RoyaltySplitterUnknownAccount", [ZeroAddress]);
    });

    it("rejects an account outside the split for an ERC-20 too", async () => {
      const { splitter } = await simple(p);
      const erc20 = await deploy("TestERC20", "T", "T");
      await (await erc20.mint(await splitter.getAddress(), 10n)).wait();
      await expectRevert(
        withdrawAs(p, splitter, await erc20.getAddress(), p.dave.address),
        splitter,
        "RoyaltySplitterUnknownAccount",
        [p.dave.address],
      );
    });

    it("rejects the caller's own address when the caller is not in the split", async () => {
      const { splitter } = await simple(p);
      await pay(p, splitter, 1000n);
      await expectRevert(
        (splitter.connect(p.contributor) as Contract).withdraw(ETH, p.contributor.address),
        splitter,
        "RoyaltySplitterUnknownAccount",
        [p.contributor.address],
      );
    });
  });

  describe("RoyaltySplitterNothingOwed", () => {
    it("rejects a withdrawal before any income arrived", async () => {
      const { splitter } = await simple(p);
      await expectRevert(withdrawAs(p, splitter, ETH, p.alice.address), splitter, "RoyaltySplitterNothingOwed", [
        ETH,
        p.alice.address,
      ]);
    });

    it("rejects a second withdrawal after the account took everything", async () => {
      const { splitter } = await simple(p);
      await pay(p, splitter, 1000n);
      await (await withdrawAs(p, splitter, ETH, p.alice.address)).wait();
      await expectRevert(withdrawAs(p, splitter, ETH, p.alice.address), splitter, "RoyaltySplitterNothingOwed", [
        ETH,
        p.alice.address,
      ]);
      expect(await ethers.provider.getBalance(await splitter.getAddress())).toBe(400n);
    });

    it("rejects an ERC-20 the splitter never received, even with ETH waiting", async () => {
      const { splitter } = await simple(p);
      await pay(p, splitter, 1000n);
      const erc20 = await deploy("TestERC20", "T", "T");
      const t = await erc20.getAddress();
      await expectRevert(withdrawAs(p, splitter, t, p.alice.address), splitter, "RoyaltySplitterNothingOwed", [
        t,
        p.alice.address,
      ]);
    });

    it("rejects an account whose floor share of a tiny payment is 0 and who is not first", async () => {
      const { splitter, shares } = await simple(p);
      await pay(p, splitter, 1n);
      const second = shares[1].account;
      await expectRevert(withdrawAs(p, splitter, ETH, second), splitter, "RoyaltySplitterNothingOwed", [ETH, second]);
      // The wei is not stuck: it is the first entry's dust.
      expect(await splitter.owed(ETH, shares[0].account)).toBe(1n);
    });
  });

  describe("RoyaltySplitterTransferFailed", () => {
    async function withReverter(p: Protocol) {
      const reverter = await deploy("RevertingReceiver");
      const r = await reverter.getAddress();
      const { splitter } = await splitWith(p, [
        { account: r, role: roleId("trainer"), bps: 5000 },
        { account: p.alice.address, role: roleId("prompter"), bps: 3000 },
        { account: p.bob.address, role: roleId("platform"), bps: 2000 },
      ]);
      return { reverter, r, splitter };
    }

    it("reports a recipient whose receive reverts with RoyaltySplitterTransferFailed(ETH, account, amount)", async () => {
      const { r, splitter } = await withReverter(p);
      await pay(p, splitter, 10_000n);
      await expectRevert(withdrawAs(p, splitter, ETH, r), splitter, "RoyaltySplitterTransferFailed", [ETH, r, 5000n]);
      expect(await splitter.owed(ETH, r)).toBe(5000n);
      expect(await ethers.provider.getBalance(await splitter.getAddress())).toBe(10_000n);
    });

    it("does not stop the others: both withdraw in full after the failure, and its credit is kept", async () => {
      const { r, splitter } = await withReverter(p);
      await pay(p, splitter, 10_000n);
      await expectRevert(withdrawAs(p, splitter, ETH, r), splitter, "RoyaltySplitterTransferFailed", [ETH, r, 5000n]);
      for (const [who, amount] of [[p.alice.address, 3000n], [p.bob.address, 2000n]] as const) {
        const before = await ethers.provider.getBalance(who);
        const receipt = (await (await withdrawAs(p, splitter, ETH, who)).wait())!;
        expectEvent(receipt.logs, splitter, "RoyaltySplitterWithdrawn", [ETH, who, amount]);
        expect((await ethers.provider.getBalance(who)) - before).toBe(amount);
      }
      expect(await splitter.owed(ETH, r)).toBe(5000n);
      expect(await ethers.provider.getBalance(await splitter.getAddress())).toBe(5000n);
    });

    it("lets the recipient collect its kept credit, exactly, once it can receive", async () => {
      const { reverter, r, splitter } = await withReverter(p);
      await pay(p, splitter, 10_000n);
      await expectRevert(withdrawAs(p, splitter, ETH, r), splitter, "RoyaltySplitterTransferFailed", [ETH, r, 5000n]);
      await (await withdrawAs(p, splitter, ETH, p.alice.address)).wait();
      await pay(p, splitter, 2n); // more income while it was refusing
      await (await reverter.setAccepting(true)).wait();
      const receipt = (await (await withdrawAs(p, splitter, ETH, r)).wait())!;
      // 5000 kept + its share of the new 2 wei (1 floor; the 1 wei dust goes to the first entry).
      const first = (await splitter.split())[0][0];
      const extra = 1n + (first === r ? 1n : 0n);
      expectEvent(receipt.logs, splitter, "RoyaltySplitterDistributed", [ETH, 2n, 1n]);
      expectEvent(receipt.logs, splitter, "RoyaltySplitterWithdrawn", [ETH, r, 5000n + extra]);
      expect(await ethers.provider.getBalance(r)).toBe(5000n + extra);
    });

    it("keeps every account's ERC-20 flowing when one is blocked by the token (the token's error surfaces)", async () => {
      const { splitter } = await simple(p);
      const token = await deploy("SplitterBlocklistERC20");
      const t = await token.getAddress();
      await (await token.mint(await splitter.getAddress(), 10_000n)).wait();
      await (await token.setBlocked(p.alice.address, true)).wait();
      await expectRevert(withdrawAs(p, splitter, t, p.alice.address), token, "SplitterBlocklistERC20Blocked", [
        p.alice.address,
      ]);
      await (await withdrawAs(p, splitter, t, p.bob.address)).wait();
      expect(await token.balanceOf(p.bob.address)).toBe(4000n);
      await (await token.setBlocked(p.alice.address, false)).wait();
      await (await withdrawAs(p, splitter, t, p.alice.address)).wait();
      expect(await token.balanceOf(p.alice.address)).toBe(6000n);
      expect(await token.balanceOf(await splitter.getAddress())).toBe(0n);
    });
  });
});
