import { Contract, ZeroAddress } from "ethers";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createChainSource } from "@/lib/indexer/chain-source";
import { royaltySplitterInterface } from "@/lib/contracts/contract-interfaces";
import { indexToHead } from "@/lib/indexer/index-to-head";
import { getGallery } from "@/lib/market/get-gallery";
import { getProfile } from "@/lib/market/get-profile";
import { cidFromSha256 } from "@/lib/provenance/raw-block-cid";
import { milliEth, openTestDatabase, startMarketChain, type MarketChain, type MinedWork, type TestDatabase } from "../indexer/market-chain";

// The market's reads (lib/market) and its HTTP API (app/api/auctions) over a database the
// indexer filled from a real chain. The route modules get this database instead of the
// process runtime's.

let prisma: PrismaClient;
vi.mock("server-only", () => ({}));
vi.mock("@/lib/market/get-market-context", () => ({
  getMarketPrisma: async () => prisma,
  getMarketChainInfo: async () => null,
}));

let chain: MarketChain;
let store: TestDatabase;
const works: MinedWork[] = [];
const lower = (a: string) => a.toLowerCase();

beforeAll(async () => {
  chain = await startMarketChain();
  const [, a, , , , c, d] = chain.accounts;
  for (let i = 0; i < 5; i += 1) works.push(await chain.mint(a!));
  // 1: C bids, then time runs out: ended, not settled.
  const first = await chain.createAuction(a!, works[0]!.tokenId, milliEth(10));
  await chain.bid(c!, first, milliEth(10));
  // 2: D bids, time runs out, D settles: a first sale, all of it to the split.
  const second = await chain.createAuction(a!, works[4]!.tokenId, milliEth(5));
  await chain.bid(d!, second, milliEth(20));
  await chain.increaseTime(1_000);
  await chain.settle(d!, second);
  // 3: live, counting down; 4: open, awaiting its first bid; 5: cancelled.
  const third = await chain.createAuction(a!, works[1]!.tokenId, milliEth(5));
  await chain.bid(d!, third, milliEth(6));
  await chain.createAuction(a!, works[2]!.tokenId, milliEth(5));
  const fifth = await chain.createAuction(a!, works[3]!.tokenId, milliEth(5));
  await chain.cancel(a!, fifth);
  store = await openTestDatabase("colophon-market-");
  prisma = store.db.prisma;
  await indexToHead({ prisma, chain: createChainSource(chain.provider), contracts: chain.contracts, confirmations: 0 });
});

afterAll(async () => {
  await store?.close();
  await chain?.close();
});

async function getList(query: string) {
  const { GET } = await import("@/app/api/auctions/route");
  const response = await GET(new Request(`http://localhost/api/auctions${query}`));
  return { status: response.status, body: (await response.json()) as any };
}

async function getOne(id: string, query = "") {
  const { GET } = await import("@/app/api/auctions/[id]/route");
  const response = await GET(new Request(`http://localhost/api/auctions/${id}${query}`), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as any };
}

describe("GET /api/auctions", () => {
  test("default: live auctions, soonest end first, those awaiting a first bid last", async () => {
    const { status, body } = await getList("");
    expect(status).toBe(200);
    expect(body.auctions.map((x: any) => [x.id, x.state])).toEqual([
      ["3", "live"],
      ["4", "open"],
    ]);
    const live = body.auctions[0];
    expect(live).toMatchObject({
      url: "/auctions/3",
      tokenId: works[1]!.tokenId.toString(),
      isArtwork: true,
      seller: lower(chain.accounts[1]!.address),
      reserve: milliEth(5).toString(),
      highestBid: milliEth(6).toString(),
      highestBidder: lower(chain.accounts[6]!.address),
      bidCount: 1,
      minimumBid: (milliEth(6) + milliEth(6) / 10n).toString(),
      primary: true,
      duration: 900,
    });
    expect(live.work).toEqual({
      tokenId: works[1]!.tokenId.toString(),
      url: `/works/${works[1]!.tokenId}`,
      imageUrl: `/ipfs/${cidFromSha256(works[1]!.contentHash)}`,
      title: null,
      contributor: lower(chain.accounts[1]!.address),
      owner: chain.contracts.auctionHouse,
      mintedAt: expect.any(String),
    });
    expect(body.auctions[1].minimumBid).toBe(milliEth(5).toString());
    const head = await chain.blockNumber();
    const block = await chain.provider.getBlock(head);
    expect(body.clock).toEqual({ block: head, blockTime: new Date(block!.timestamp * 1000).toISOString(), now: expect.any(String) });
    // The chain's clock was moved ahead: auctions are judged by it, not by this machine's.
    expect(Date.parse(body.clock.now)).toBeGreaterThanOrEqual(block!.timestamp * 1000);
  });

  test("behavior: status and sort filter and order; limit caps the answer", async () => {
    const ids = async (q: string) => (await getList(q)).body.auctions.map((x: any) => `${x.id}:${x.state}`);
    expect(await ids("?status=live&sort=newest")).toEqual(["4:open", "3:live"]);
    expect(await ids("?status=ended&sort=ending")).toEqual(["2:settled", "1:ended", "5:canceled"]);
    expect(await ids("?status=ended&sort=newest")).toEqual(["5:canceled", "2:settled", "1:ended"]);
    expect(await ids("?status=all&sort=newest&limit=2")).toEqual(["5:canceled", "4:open"]);
    const ended = (await getList("?status=ended")).body.auctions;
    expect(ended.every((x: any) => x.minimumBid === null)).toBe(true);
  });

  test.each([
    ["?status=soon", "status", "must be one of live, ended, all"],
    ["?sort=price", "sort", "must be one of ending, newest"],
    ["?limit=0", "limit", "must be a whole number from 1 to 100"],
    ["?limit=ten", "limit", "must be a whole number from 1 to 100"],
    ["?limit=101", "limit", "must be at most 100"],
  ])("error: %s is a 400 naming the field", async (query, field, reason) => {
    const { status, body } = await getList(query);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: "INPUT_INVALID", message: `Invalid ${field}: ${reason}`, details: { field, reason } });
  });
});

describe("GET /api/auctions/:id", () => {
  test("default: the auction with its bids, settlement and the account's credit", async () => {
    const d = lower(chain.accounts[6]!.address);
    const { status, body } = await getOne("2", `?account=${chain.accounts[6]!.address}`);
    expect(status).toBe(200);
    expect(body.auction).toMatchObject({ id: "2", state: "settled", highestBid: milliEth(20).toString(), highestBidder: d, bidCount: 1 });
    expect(body.auction.bids).toEqual([
      expect.objectContaining({ bidder: d, amount: milliEth(20).toString(), extended: false }),
    ]);
    expect(body.auction.settlement).toMatchObject({
      winner: d,
      amount: milliEth(20).toString(),
      fee: "0",
      royaltyReceiver: works[4]!.splitter,
      royalty: milliEth(20).toString(),
      sellerProceeds: "0",
      tokenTransferred: true,
    });
    expect(body.account).toEqual({ address: d, credit: "0" });
  });

  test.each([
    ["99", "", 404, "NOT_FOUND", "id"],
    ["abc", "", 400, "INPUT_INVALID", "id"],
    ["0", "", 400, "INPUT_INVALID", "id"],
    ["1", "?account=0x123", 400, "INPUT_INVALID", "account"],
  ])("error: /api/auctions/%s%s answers %i naming the field", async (id, query, status, code, field) => {
    const answer = await getOne(id, query);
    expect(answer.status).toBe(status);
    expect(answer.body.error).toMatchObject({ code, details: { field } });
  });
});

describe("getGallery / getProfile", () => {
  test("default: the gallery has the latest works, live auctions and those ending soon", async () => {
    const gallery = await getGallery(prisma);
    expect(gallery.latestWorks.map((w) => w.tokenId)).toEqual(["5", "4", "3", "2", "1"]);
    expect(gallery.liveAuctions.map((a) => a.id)).toEqual(["4", "3"]);
    expect(gallery.endingSoon.map((a) => a.id)).toEqual(["3"]);
  });

  test("default: a profile lists created, owned, listed, bids and what can be withdrawn, as the chain says", async () => {
    const a = lower(chain.accounts[1]!.address);
    const d = lower(chain.accounts[6]!.address);
    const seller = await getProfile(prisma, a);
    expect(seller.created.map((w) => w.tokenId)).toEqual(["5", "4", "3", "2", "1"]);
    expect(seller.owned.map((w) => w.tokenId)).toEqual(["4"]);
    expect(seller.listed.map((x) => x.id)).toEqual(["4", "3", "1"]);
    // The first sale's 0.02 ETH sits undivided in the splitter: the profile must say what owed() says.
    const onChain = (await new Contract(works[4]!.splitter, royaltySplitterInterface, chain.provider).getFunction("owed")(ZeroAddress, a)) as bigint;
    expect(onChain).toBe(milliEth(14));
    expect(seller.withdrawable).toEqual({
      auctionHouse: "0",
      splitters: [{ splitter: works[4]!.splitter, role: "prompter", bps: 7000, owed: onChain.toString(), tokenIds: ["1", "2", "3", "4", "5"] }],
      total: onChain.toString(),
    });

    const bidder = await getProfile(prisma, d);
    expect(bidder.bids.map((b) => [b.auction.id, b.standing, b.myHighestBid])).toEqual([
      ["3", "leading", milliEth(6).toString()],
      ["2", "won", milliEth(20).toString()],
    ]);
    expect(bidder.owned.map((w) => w.tokenId)).toEqual(["5"]);
    const c = await getProfile(prisma, lower(chain.accounts[5]!.address));
    expect(c.bids.map((b) => [b.auction.id, b.standing])).toEqual([["1", "won"]]);
  });
});
