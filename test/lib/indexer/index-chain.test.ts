import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { deployContracts } from "@/lib/chain/deploy-contracts";
import { indexerContractsOf } from "@/lib/indexer/indexer-contracts";
import type { PrismaClient } from "@/lib/db/generated/client";
import { checkIndex, formatDifference } from "@/lib/indexer/check-index";
import { createChainSource, type ChainSource } from "@/lib/indexer/chain-source";
import { ChainMovedError, indexNextRange } from "@/lib/indexer/index-next-range";
import { indexToHead } from "@/lib/indexer/index-to-head";
import { dumpIndex } from "./dump-index";
import { milliEth, openTestDatabase, startMarketChain, type MarketChain, type MinedWork, type RefusingBidder, type TestDatabase } from "./market-chain";

// The indexer against a real chain (Hardhat Network over HTTP, contracts deployed by
// lib/chain) and a real database (PGlite with the repository's migrations). One market
// history is built once; each test indexes it into its own database in its own way (in
// one go, crashing mid-range, with logs delivered twice, across reorgs) and the results
// must agree row for row.

let chain: MarketChain;
let chainSource: ChainSource;
let main: TestDatabase;
const databases: TestDatabase[] = [];
let w1: MinedWork;
let w2: MinedWork;
let refuser: RefusingBidder;
const lower = (a: string) => a.toLowerCase();

async function freshDatabase(): Promise<TestDatabase> {
  const db = await openTestDatabase();
  databases.push(db);
  return db;
}

function index(prisma: PrismaClient, extra: Partial<Parameters<typeof indexToHead>[0]> = {}) {
  return indexToHead({ prisma, chain: chainSource, contracts: chain.contracts, confirmations: 0, ...extra });
}

async function check(prisma: PrismaClient) {
  return checkIndex({ prisma, chain: chainSource, provider: chain.provider, contracts: chain.contracts });
}

beforeAll(async () => {
  chain = await startMarketChain();
  chainSource = createChainSource(chain.provider);
  const [, a, , , b, c, d, r] = chain.accounts as [never, ...typeof chain.accounts];
  // Two works by A with the same split: one splitter, created once.
  w1 = await chain.mint(a!);
  w2 = await chain.mint(a!);
  refuser = await chain.deployRefusingBidder(r!);
  // Auction 1, a first sale: the refusing bidder is outbid (its refund becomes credit),
  // C wins, anyone settles, the whole price goes to the splitter.
  const a1 = await chain.createAuction(a!, w1.tokenId, milliEth(10));
  await refuser.bid(a1, milliEth(10));
  await chain.bid(c!, a1, milliEth(20));
  await chain.increaseTime(901);
  await chain.settle(d!, a1);
  // The trainer's share is paid out; the refusing bidder takes its credit.
  await chain.withdrawFromSplitter(d!, w1.splitter, chain.accounts[2]!.address);
  await refuser.setRefusing(false);
  await refuser.withdraw();
  // Auction 2 is cancelled; the token moves to B, who resells it in auction 3, still live,
  // where the refusing bidder is outbid again and keeps a credit.
  const a2 = await chain.createAuction(a!, w2.tokenId, milliEth(5));
  await chain.cancel(a!, a2);
  await chain.transfer(a!, b!.address, w2.tokenId);
  const a3 = await chain.createAuction(b!, w2.tokenId, milliEth(5));
  await refuser.setRefusing(true);
  await refuser.bid(a3, milliEth(5));
  await chain.bid(d!, a3, milliEth(6));
  main = await freshDatabase();
});

afterAll(async () => {
  for (const db of databases) await db.close().catch(() => undefined);
  await chain?.close();
});

describe("indexToHead", () => {
  test("default: mints, auctions, bids, settlement, credits and splitter payouts become exact rows", async () => {
    const { prisma } = main.db;
    const result = await index(prisma);
    expect(result.last.kind).toBe("idle");
    expect(result.duplicates).toBe(0);
    const [, a, trainer, platform, b, c, d] = chain.accounts.map((w) => lower(w.address));
    const house = chain.contracts.auctionHouse;
    const head = await chain.blockNumber();
    expect(await prisma.indexerCursor.findUnique({ where: { name: "market" } })).toMatchObject({ lastBlock: BigInt(head) });

    const tokens = await prisma.token.findMany({ orderBy: { tokenId: "asc" } });
    expect(tokens.map((t) => [t.tokenId.toFixed(), t.owner, t.contributor, t.splitter, t.contentHash, t.royaltyBps])).toEqual([
      ["1", c, a, w1.splitter, w1.contentHash, 1000],
      ["2", house, a, w1.splitter, w2.contentHash, 1000],
    ]);
    const works = await prisma.work.findMany({ orderBy: { tokenId: "asc" } });
    expect(works.map((w) => [w.tokenId.toFixed(), w.owner, w.contributor, w.contentHash, w.recordHash, w.txHash])).toEqual([
      ["1", c, a, w1.contentHash, w1.recordHash, w1.txHash],
      ["2", house, a, w2.contentHash, w2.recordHash, w2.txHash],
    ]);
    expect(works[0]!.recordCid).toMatch(/^bafk/);
    // Mint, auction 1 escrow and delivery; mint, auction 2 escrow and return, A to B, auction 3 escrow.
    const transfers = await prisma.ownershipEvent.findMany({ orderBy: [{ blockNumber: "asc" }, { logIndex: "asc" }] });
    expect(transfers.map((t) => [t.tokenId.toFixed(), t.from, t.to])).toEqual([
      ["1", "0x0000000000000000000000000000000000000000", a],
      ["2", "0x0000000000000000000000000000000000000000", a],
      ["1", a, house],
      ["1", house, c],
      ["2", a, house],
      ["2", house, a],
      ["2", a, b],
      ["2", b, house],
    ]);

    const auctions = await prisma.auction.findMany({ orderBy: { auctionId: "asc" } });
    expect(
      auctions.map((x) => [x.auctionId.toFixed(), x.tokenId.toFixed(), x.seller, x.status, x.primary, x.isArtwork, x.reserve.toFixed(), x.highestBidder, x.highestBid?.toFixed() ?? null, x.bidCount]),
    ).toEqual([
      ["1", "1", a, "SETTLED", true, true, milliEth(10).toString(), c, milliEth(20).toString(), 2],
      ["2", "2", a, "CANCELED", true, true, milliEth(5).toString(), null, null, 0],
      ["3", "2", b, "ACTIVE", false, true, milliEth(5).toString(), d, milliEth(6).toString(), 2],
    ]);
    const bids = await prisma.bid.findMany({ orderBy: [{ blockNumber: "asc" }, { logIndex: "asc" }] });
    expect(bids.map((x) => [x.auctionId.toFixed(), x.bidder, x.amount.toFixed(), x.extended])).toEqual([
      ["1", refuser.address, milliEth(10).toString(), false],
      // The countdown is as long as the extension window, so every later bid extends it.
      ["1", c, milliEth(20).toString(), true],
      ["3", refuser.address, milliEth(5).toString(), false],
      ["3", d, milliEth(6).toString(), true],
    ]);
    expect(auctions[2]!.endTime?.getTime()).toBe(bids[3]!.placedAt.getTime() + 900_000);
    expect(bids[3]!.endTime).toEqual(auctions[2]!.endTime);

    const settlements = await prisma.settlement.findMany();
    expect(settlements.map((s) => [s.auctionId.toFixed(), s.winner, s.amount.toFixed(), s.fee.toFixed(), s.royaltyReceiver, s.royalty.toFixed(), s.sellerProceeds.toFixed(), s.tokenTransferred])).toEqual([
      ["1", c, milliEth(20).toString(), "0", w1.splitter, milliEth(20).toString(), "0", true],
    ]);
    // The first refund was withdrawn; the second is still credited.
    expect((await prisma.auctionCredit.findMany()).map((x) => [x.account, x.amount.toFixed()])).toEqual([[refuser.address, milliEth(5).toString()]]);

    const splitter = await prisma.splitter.findUniqueOrThrow({ where: { address: w1.splitter }, include: { shares: { orderBy: { position: "asc" } } } });
    expect(splitter.undistributed.toFixed()).toBe("0");
    expect(new Set(splitter.shares.map((s) => `${s.account}:${s.role}:${s.bps}`))).toEqual(
      new Set([`${a}:prompter:7000`, `${trainer}:trainer:2000`, `${platform}:platform:1000`]),
    );
    const credits = await prisma.splitterCredit.findMany({ orderBy: { account: "asc" } });
    expect(new Set(credits.map((x) => `${x.account}:${x.amount.toFixed()}`))).toEqual(
      new Set([`${a}:${milliEth(14)}`, `${platform}:${milliEth(2)}`]),
    );
    expect((await prisma.splitterPayout.findMany()).map((p) => [p.splitter, p.account, p.amount.toFixed()])).toEqual([
      [w1.splitter, trainer, milliEth(4).toString()],
    ]);
    expect(await prisma.splitter.count()).toBe(1);
    void d;
  });

  test("behavior: a crash inside a range rolls the whole range back; a restart ends with the same rows and no doubles", async () => {
    const reference = await dumpIndex(main.db.prisma);
    const crashed = await freshDatabase();
    let applied = 0;
    await expect(
      index(crashed.db.prisma, {
        maxBlocks: 3,
        onLogApplied: () => {
          applied += 1;
          if (applied === 20) throw new Error("killed mid-range");
        },
      }),
    ).rejects.toThrow("killed mid-range");
    const cursor = Number((await crashed.db.prisma.indexerCursor.findUniqueOrThrow({ where: { name: "market" } })).lastBlock);
    expect(cursor).toBeGreaterThan(chain.contracts.deployBlock);
    expect(cursor).toBeLessThan(await chain.blockNumber());
    // Exactly the logs of the committed ranges are stored: none of the failed range's.
    const expected = reference.logs!.filter((log) => Number(log.blockNumber) <= cursor).length;
    expect(await crashed.db.prisma.indexedLog.count()).toBe(expected);
    expect(expected).toBeLessThan(19);

    // The process dies and starts again on the same data directory.
    const reopened = await crashed.reopen();
    const result = await index(reopened.prisma, { maxBlocks: 3 });
    expect(result.duplicates).toBe(0);
    expect(await dumpIndex(reopened.prisma)).toEqual(reference);
  });

  test("behavior: logs delivered twice, and again in later ranges, are applied once", async () => {
    const reference = await dumpIndex(main.db.prisma);
    const doubled = await freshDatabase();
    const twice: ChainSource = {
      getBlockNumber: () => chainSource.getBlockNumber(),
      getBlock: (n) => chainSource.getBlock(n),
      async getLogs(filter) {
        // Every log twice, and the logs of the four blocks before the range once more.
        const logs = await chainSource.getLogs({ ...filter, fromBlock: Math.max(0, filter.fromBlock - 4) });
        return [...logs, ...logs];
      },
    };
    const result = await indexToHead({ prisma: doubled.db.prisma, chain: twice, contracts: chain.contracts, confirmations: 0, maxBlocks: 2 });
    expect(result.duplicates).toBeGreaterThan(reference.logs!.length);
    expect(await dumpIndex(doubled.db.prisma)).toEqual(reference);
  });

  test("behavior: confirmations keep the index that many blocks behind the head", async () => {
    const lagging = await freshDatabase();
    const head = await chain.blockNumber();
    const result = await index(lagging.db.prisma, { confirmations: 3 });
    expect(result.last).toEqual({ kind: "idle", cursor: head - 3, head });
    const newest = await lagging.db.prisma.indexedLog.findFirst({ orderBy: { blockNumber: "desc" } });
    expect(Number(newest!.blockNumber)).toBeLessThanOrEqual(head - 3);
  });
});

describe("indexNextRange", () => {
  test("error: a range whose first block does not follow the indexed one (a reorg while reading) is not applied", async () => {
    const db = await freshDatabase();
    await index(db.db.prisma);
    const cursor = await chain.blockNumber();
    await chain.transfer(chain.accounts[5]!, chain.accounts[4]!.address, w1.tokenId);
    await chain.transfer(chain.accounts[4]!, chain.accounts[5]!.address, w1.tokenId);
    const forked: ChainSource = {
      ...chainSource,
      getBlock: async (n) => {
        const block = await chainSource.getBlock(n);
        return block === null || n !== cursor + 1 ? block : { ...block, parentHash: `0x${"ab".repeat(32)}` };
      },
    };
    const step = indexNextRange({ prisma: db.db.prisma, chain: forked, contracts: chain.contracts, confirmations: 0 });
    await expect(step).rejects.toThrow(ChainMovedError);
    await expect(step).rejects.toThrow(`block ${cursor + 1} does not follow the indexed block ${cursor}`);
    expect(Number((await db.db.prisma.indexerCursor.findUniqueOrThrow({ where: { name: "market" } })).lastBlock)).toBe(cursor);
    const next = await indexNextRange({ prisma: db.db.prisma, chain: chainSource, contracts: chain.contracts, confirmations: 0 });
    expect(next).toMatchObject({ kind: "indexed", from: cursor + 1, to: cursor + 2, applied: 2 });
    await index(main.db.prisma);
  });
});

describe("checkIndex", () => {
  test("default: a database indexed from the chain has no difference", async () => {
    const report = await check(main.db.prisma);
    expect(report.differences).toEqual([]);
    expect(report.block).toBe(await chain.blockNumber());
    expect(report.compared).toMatchObject({ tokens: 2, auctions: 3, credits: 1, splitterAccounts: 3 });
    expect(report.compared.logs).toBe(await main.db.prisma.indexedLog.count());
  });

  test("error: a tampered row is printed as the exact difference", async () => {
    const { prisma } = main.db;
    const c = lower(chain.accounts[5]!.address);
    const dead = "0x000000000000000000000000000000000000dead";
    await prisma.work.update({ where: { tokenId: "1" }, data: { owner: dead } });
    await prisma.auction.update({ where: { auctionId: "3" }, data: { highestBid: milliEth(7).toString() } });
    try {
      const report = await check(prisma);
      expect(report.differences.map(formatDifference)).toEqual([
        `work 1 owner: database ${dead}, chain ${c}`,
        `auction 3 highestBid: database ${milliEth(7)}, chain ${milliEth(6)}`,
      ]);
    } finally {
      await prisma.work.update({ where: { tokenId: "1" }, data: { owner: c } });
      await prisma.auction.update({ where: { auctionId: "3" }, data: { highestBid: milliEth(6).toString() } });
    }
    expect((await check(prisma)).differences).toEqual([]);
  });
});

describe("reorgs", () => {
  test("behavior: after evm_revert and other transactions the database matches the new chain", async () => {
    const { prisma } = main.db;
    const [, a, , , , c, d] = chain.accounts;
    await index(prisma);

    // A shorter new branch: the old one had a mint and a bid, the new one only another bid.
    const before = await chain.snapshot();
    const w3 = await chain.mint(a!);
    await chain.bid(c!, 3n, milliEth(7));
    await index(prisma);
    expect(await prisma.token.count()).toBe(3);
    expect(await prisma.work.findUnique({ where: { tokenId: w3.tokenId.toString() } })).not.toBeNull();
    await chain.revert(before);
    await chain.bid(c!, 3n, milliEth(8));
    const shorter = await index(prisma);
    expect(shorter.rolledBack).toBe(true);
    expect(await prisma.work.findUnique({ where: { tokenId: w3.tokenId.toString() } })).toBeNull();
    expect((await prisma.auction.findUniqueOrThrow({ where: { auctionId: "3" } })).highestBid?.toFixed()).toBe(milliEth(8).toString());
    expect((await check(prisma)).differences).toEqual([]);

    // A longer new branch, at the same heights as the old one and beyond.
    const again = await chain.snapshot();
    await chain.bid(d!, 3n, milliEth(9));
    await index(prisma);
    await chain.revert(again);
    const w4 = await chain.mint(a!);
    await chain.bid(d!, 3n, milliEth(10));
    await chain.transfer(a!, lower(c!.address), w4.tokenId);
    const longer = await index(prisma);
    expect(longer.rolledBack).toBe(true);
    expect((await prisma.token.findUniqueOrThrow({ where: { tokenId: w4.tokenId.toString() } })).owner).toBe(lower(c!.address));
    expect((await check(prisma)).differences).toEqual([]);

    // Row for row what a database indexed from scratch on the new chain holds.
    const scratch = await freshDatabase();
    await index(scratch.db.prisma);
    expect(await dumpIndex(prisma)).toEqual(await dumpIndex(scratch.db.prisma));
  });
});

describe("redeployment", () => {
  test("behavior: an index of contracts deployed before at other addresses is emptied, then built from the new ones", async () => {
    const { prisma } = main.db;
    await index(prisma);
    expect(await prisma.token.count()).toBeGreaterThan(0);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-redeploy-"));
    try {
      const { deployment } = await deployContracts({
        rpcUrl: chain.rpcUrl,
        deployerPrivateKey: chain.accounts[0]!.privateKey,
        attestorAddress: chain.attestor.address,
        deploymentsDir: dir,
        artifactsDir: path.resolve(import.meta.dirname, "../../../artifacts"),
      });
      const contracts = indexerContractsOf(deployment);
      const result = await indexToHead({ prisma, chain: chainSource, contracts, confirmations: 0 });
      expect(result.rolledBack).toBe(true);
      expect(await prisma.token.count()).toBe(0);
      expect(await prisma.work.count()).toBe(0);
      expect(await prisma.auction.count()).toBe(0);
      expect(await prisma.indexedLog.count({ where: { address: { notIn: [contracts.artwork, contracts.auctionHouse] } } })).toBe(0);
      const fresh = await freshDatabase();
      await indexToHead({ prisma: fresh.db.prisma, chain: chainSource, contracts, confirmations: 0 });
      expect(await dumpIndex(prisma)).toEqual(await dumpIndex(fresh.db.prisma));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
