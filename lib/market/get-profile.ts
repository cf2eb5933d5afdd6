import type { PrismaClient } from "@/lib/db/generated/client";
import { ETH_TOKEN } from "@/lib/indexer/contract-interfaces";
import { listAuctions } from "./list-auctions";
import { listLatestWorks } from "./load-work-cards";
import type { AuctionJson, MarketClockJson, WorkCardJson } from "./market-json";
import { readMarketClock, toClockJson } from "./read-market-clock";
import { splitterOwed } from "./splitter-owed";
import { toAuctionJsonList } from "./to-auction-json";

/** Most rows per profile section. */
const SECTION_LIMIT = 48;

/** An auction the account bid on, with where its bids stand. */
export interface ProfileBidJson {
  auction: AuctionJson;
  /** The account's highest bid on it, in wei. */
  myHighestBid: string;
  myBidCount: number;
  /** "leading": its bid is the highest of a running auction; "won": it won; "outbid": someone bid more; "refunded": it won but the token could not be delivered. */
  standing: "leading" | "won" | "outbid" | "refunded";
}

/** Money the account can withdraw now. */
export interface WithdrawableJson {
  /** AuctionHouse credit from refunds or proceeds whose push failed: `withdraw()`, in wei. */
  auctionHouse: string;
  /** Royalties and first-sale proceeds each splitter holds for the account: `withdraw(ETH, account)`. */
  splitters: Array<{ splitter: string; role: string; bps: number; owed: string; tokenIds: string[] }>;
  /** Everything above, in wei. */
  total: string;
}

/** What /profile/:address shows. */
export interface ProfileJson {
  address: string;
  /** Works the account minted as contributor, newest first. */
  created: WorkCardJson[];
  /** Works the account holds now (escrowed ones are in `listed`). */
  owned: WorkCardJson[];
  /** The account's auctions still open (its tokens are in escrow). */
  listed: AuctionJson[];
  bids: ProfileBidJson[];
  withdrawable: WithdrawableJson;
  /** Payouts the account received from splitters, newest first. */
  payouts: Array<{ splitter: string; amount: string; paidAt: string; txHash: string }>;
  clock: MarketClockJson;
}

/** A profile from the index; `address` is lowercase. */
export async function getProfile(prisma: PrismaClient, address: string): Promise<ProfileJson> {
  const clock = await readMarketClock(prisma);
  const [created, owned, listed, bidRows, credit, shareRows, payouts] = await Promise.all([
    listLatestWorks(prisma, SECTION_LIMIT, { contributor: address }),
    listLatestWorks(prisma, SECTION_LIMIT, { owner: address }),
    listAuctions(prisma, { status: "all", sort: "newest", limit: SECTION_LIMIT }, clock, { seller: address, status: "ACTIVE" }),
    prisma.bid.findMany({ where: { bidder: address }, orderBy: [{ blockNumber: "desc" }, { logIndex: "desc" }] }),
    prisma.auctionCredit.findUnique({ where: { account: address } }),
    prisma.splitterShare.findMany({ where: { account: address }, include: { owner: { include: { shares: true } } } }),
    prisma.splitterPayout.findMany({ where: { account: address }, orderBy: [{ blockNumber: "desc" }, { logIndex: "desc" }], take: SECTION_LIMIT }),
  ]);

  // Bids, one entry per auction.
  const perAuction = new Map<string, { max: bigint; count: number }>();
  for (const bid of bidRows) {
    const id = bid.auctionId.toFixed();
    const entry = perAuction.get(id) ?? { max: 0n, count: 0 };
    const amount = BigInt(bid.amount.toFixed());
    perAuction.set(id, { max: amount > entry.max ? amount : entry.max, count: entry.count + 1 });
  }
  const auctionIds = [...perAuction.keys()].slice(0, SECTION_LIMIT);
  const auctionRows = await prisma.auction.findMany({ where: { auctionId: { in: auctionIds } }, include: { settlement: true } });
  const auctionJson = await toAuctionJsonList(prisma, auctionRows, clock);
  const bids: ProfileBidJson[] = auctionIds.flatMap((id) => {
    const row = auctionRows.find((r) => r.auctionId.toFixed() === id);
    const json = auctionJson.find((a) => a.id === id);
    if (row === undefined || json === undefined) return [];
    const mine = perAuction.get(id)!;
    const leading = row.highestBidder === address;
    const standing: ProfileBidJson["standing"] = !leading
      ? "outbid"
      : row.status === "SETTLED"
        ? row.settlement?.tokenTransferred === false
          ? "refunded"
          : "won"
        : json.state === "ended"
          ? "won"
          : "leading";
    return [{ auction: json, myHighestBid: mine.max.toString(), myBidCount: mine.count, standing }];
  });

  // What splitters hold for the account.
  const splitterAddresses = [...new Set(shareRows.map((s) => s.splitter))];
  const [credits, splitterTokens] = await Promise.all([
    prisma.splitterCredit.findMany({ where: { account: address, token: ETH_TOKEN, splitter: { in: splitterAddresses } } }),
    prisma.token.findMany({ where: { splitter: { in: splitterAddresses } }, select: { tokenId: true, splitter: true }, orderBy: { tokenId: "asc" } }),
  ]);
  const splitters = splitterAddresses.map((splitter) => {
    const entries = shareRows.filter((s) => s.splitter === splitter);
    const owner = entries[0]!.owner;
    const owed = splitterOwed({
      shares: owner.shares,
      credit: BigInt(credits.find((c) => c.splitter === splitter)?.amount.toFixed() ?? "0"),
      undistributed: BigInt(owner.undistributed.toFixed()),
      account: address,
    });
    return {
      splitter,
      role: entries.map((e) => e.role).join(", "),
      bps: entries.reduce((sum, e) => sum + e.bps, 0),
      owed: owed.toString(),
      tokenIds: splitterTokens.filter((t) => t.splitter === splitter).map((t) => t.tokenId.toFixed()),
    };
  });
  splitters.sort((x, y) => (BigInt(y.owed) > BigInt(x.owed) ? 1 : BigInt(y.owed) < BigInt(x.owed) ? -1 : x.splitter.localeCompare(y.splitter)));
  const houseCredit = BigInt(credit?.amount.toFixed() ?? "0");
  const total = splitters.reduce((sum, s) => sum + BigInt(s.owed), houseCredit);

  return {
    address,
    created,
    owned,
    listed: listed.auctions,
    bids,
    withdrawable: { auctionHouse: houseCredit.toString(), splitters, total: total.toString() },
    payouts: payouts.map((p) => ({ splitter: p.splitter, amount: p.amount.toFixed(), paidAt: p.paidAt.toISOString(), txHash: p.txHash })),
    clock: toClockJson(clock),
  };
}
