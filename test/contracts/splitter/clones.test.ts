import { beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { Contract, ZeroAddress, concat, getCreate2Address, keccak256, solidityPacked, toBeHex, zeroPadValue } from "ethers";
import { deployProtocol, ethers, expectEvent, findEvents, mintWork, normalise, type Protocol } from "../fixtures";
import { roleId, sortShares, type Share } from "@/lib/contracts/mint-request";

/** The clone's immutable args: per entry account (20) | role (32) | bps (2). */
function packSplit(shares: readonly Share[]): string {
  return concat(shares.map((s) => solidityPacked(["address", "bytes32", "uint16"], [s.account, s.role, s.bps])));
}

/** OpenZeppelin Clones' creation code for an EIP-1167 proxy with immutable args. */
function cloneInitCode(implementation: string, args: string): string {
  const argsLen = (args.length - 2) / 2;
  return concat([
    "0x61",
    zeroPadValue(toBeHex(argsLen + 0x2d), 2),
    "0x3d81600a3d39f3363d3d373d3d3d363d73",
    implementation,
    "0x5af43d82803e903d91602b57fd5bf3",
    args,
  ]);
}

const tuples = (shares: readonly Share[]) => shares.map((s) => [s.account, s.role, s.bps]);

describe("RoyaltySplitter clones", () => {
  let p: Protocol;
  beforeEach(async () => {
    p = await deployProtocol();
  });

  it("deploys each split set at the CREATE2 address of (artwork, keccak(packed split), clone code)", async () => {
    const { req, splitter } = await mintWork(p);
    const packed = packSplit(req.shares);
    const expected = getCreate2Address(
      await p.artwork.getAddress(),
      keccak256(packed),
      keccak256(cloneInitCode(await p.splitterImpl.getAddress(), packed)),
    );
    expect(splitter).toBe(expected);
    expect(await p.artwork.splitterFor(req.shares)).toBe(expected);
  });

  it("deploys a minimal proxy to the implementation that carries the packed split as immutable args", async () => {
    const { req, splitter } = await mintWork(p);
    const init = cloneInitCode(await p.splitterImpl.getAddress(), packSplit(req.shares));
    expect(await ethers.provider.getCode(splitter)).toBe("0x" + init.slice(2 + 20));
  });

  it("reuses one clone for the same split set: same address, SplitterCreated only on the first mint", async () => {
    const first = await mintWork(p);
    const second = await mintWork(p);
    const third = await mintWork(p, { shares: first.req.shares, to: p.alice.address, royaltyBps: 0 });
    expect(second.splitter).toBe(first.splitter);
    expect(third.splitter).toBe(first.splitter);
    expect(first.splitter).toBe(await p.artwork.splitterFor(first.req.shares));
    expectEvent(first.receipt.logs, p.artwork, "SplitterCreated", [first.splitter, tuples(first.req.shares)]);
    expect(findEvents(second.receipt.logs, p.artwork, "SplitterCreated")).toHaveLength(0);
    expect(findEvents(third.receipt.logs, p.artwork, "SplitterCreated")).toHaveLength(0);
  });

  it("gives split sets that differ only in bps different clones", async () => {
    const first = await mintWork(p);
    const shares = first.req.shares.map((s, i) => ({ ...s, bps: i === 0 ? s.bps + 1 : i === 1 ? s.bps - 1 : s.bps }));
    const second = await mintWork(p, { shares });
    expect(second.splitter).not.toBe(first.splitter);
    expectEvent(second.receipt.logs, p.artwork, "SplitterCreated", [second.splitter, tuples(shares)]);
  });

  it("divides ETH that was sent to the predicted address before the clone existed", async () => {
    const shares = sortShares([
      { account: p.alice.address, role: roleId("prompter"), bps: 7000 },
      { account: p.bob.address, role: roleId("trainer"), bps: 3000 },
    ]);
    const predicted = await p.artwork.splitterFor(shares);
    await (await p.owner.sendTransaction({ to: predicted, value: 1000n })).wait();
    const { splitter } = await mintWork(p, { shares });
    expect(splitter).toBe(predicted);
    const s = (await ethers.getContractAt("RoyaltySplitter", splitter)) as unknown as Contract;
    expect(await s.owed(ZeroAddress, p.alice.address)).toBe(700n);
    const before = await ethers.provider.getBalance(p.bob.address);
    await (await (s.connect(p.dave) as Contract).withdraw(ZeroAddress, p.bob.address)).wait();
    expect((await ethers.provider.getBalance(p.bob.address)) - before).toBe(300n);
  });

  it("reads the split back from any clone, in order, through split() and Artwork.sharesOf", async () => {
    const accounts = p.signers.slice(8, 16).map((s) => s.address);
    const shares = sortShares(accounts.map((account, i) => ({ account, role: roleId(`r${i}`), bps: 1250 })));
    const { tokenId, splitter } = await mintWork(p, { shares });
    const s = (await ethers.getContractAt("RoyaltySplitter", splitter)) as unknown as Contract;
    expect(normalise(await s.split())).toEqual(
      normalise([shares.map((x) => x.account), shares.map((x) => x.role), shares.map((x) => x.bps)]),
    );
    expect(normalise(await p.artwork.sharesOf(tokenId))).toEqual(normalise(tuples(shares)));
  });

  it("property: every valid split packs, predicts, deploys and reads back exactly", async () => {
    const pool = p.signers.slice(8, 20).map((s) => s.address);
    const roles = ["prompter", "trainer", "curator"].map(roleId);
    const splitArb = fc
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
    const impl = await p.splitterImpl.getAddress();
    const artwork = await p.artwork.getAddress();
    await fc.assert(
      fc.asyncProperty(splitArb, async (shares) => {
        const packed = packSplit(shares);
        const expected = getCreate2Address(artwork, keccak256(packed), keccak256(cloneInitCode(impl, packed)));
        expect(await p.artwork.splitterFor(shares)).toBe(expected);
        const { tokenId, splitter } = await mintWork(p, { shares });
        expect(splitter).toBe(expected);
        expect(normalise(await p.artwork.sharesOf(tokenId))).toEqual(normalise(tuples(shares)));
      }),
      { numRuns: 30 },
    );
  });
});
