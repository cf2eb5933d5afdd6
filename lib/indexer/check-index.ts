import { Contract, ZeroAddress, type Provider } from "ethers";
import type { PrismaClient } from "@/lib/db/generated/client";
import { splitterOwed } from "@/lib/market/splitter-owed";
import type { ChainLog, ChainSource } from "./chain-source";
import { artworkInterface, auctionHouseInterface, royaltySplitterInterface } from "@/lib/contracts/contract-interfaces";
import { ETH_TOKEN, SPLITTER_TOPICS } from "./contract-interfaces";
import { decodeStoredLog } from "./decode-log";
import type { IndexerContracts } from "./indexer-contracts";
import { readCursor } from "./indexer-cursor";
import { DEFAULT_MAX_BLOCKS } from "./index-next-range";

/** One fact on which the database and the chain disagree. */
export interface IndexDifference {
  /** What the fact is about, e.g. "work 3", "auction 2", "credit 0xabc…", "log 0x…:4". */
  subject: string;
  /** The field, e.g. "owner". */
  field: string;
  /** The database's value ("(none)" when it has no row). */
  database: string;
  /** The chain's value ("(none)" when the chain has no such thing). */
  chain: string;
}

/** One line per difference: `work 3 owner: database 0x…, chain 0x…`. */
export function formatDifference({ subject, field, database, chain }: IndexDifference): string {
  return `${subject} ${field}: database ${database}, chain ${chain}`;
}

/** Parameters of {@link checkIndex}. */
export interface CheckIndexParameters {
  prisma: PrismaClient;
  chain: ChainSource;
  /** For contract reads at the indexed block. */
  provider: Provider;
  contracts: IndexerContracts;
}

/** What {@link checkIndex} found. */
export interface CheckIndexReturnType {
  /** The block the database reflects (its cursor), null before the first range. */
  block: number | null;
  head: number;
  /** Counts of what was compared. */
  compared: { logs: number; tokens: number; auctions: number; credits: number; splitterAccounts: number };
  differences: IndexDifference[];
}

const NONE = "(none)";
const lower = (v: unknown) => String(v).toLowerCase();
const seconds = (d: Date | null) => (d === null ? "0" : String(Math.floor(d.getTime() / 1000)));
const big = (v: { toFixed(): string } | null | undefined) => (v == null ? 0n : BigInt(v.toFixed()));

/** Runs `fn` over `items`, `limit` at a time, keeping order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

/**
 * Compares the database with the chain at the block the database reflects (its cursor, so
 * a lagging index is not a difference): the stored logs against the chain's logs of our
 * contracts and splitters, every token (owner and provenance, in Token and Work), every
 * auction (auctionOf), the AuctionHouse credit of every account that had one, and what
 * every splitter owes each account of its split. Returns every difference, in that order.
 */
export async function checkIndex({ prisma, chain, provider, contracts }: CheckIndexParameters): Promise<CheckIndexReturnType> {
  const head = await chain.getBlockNumber();
  const cursor = await readCursor(prisma);
  const compared = { logs: 0, tokens: 0, auctions: 0, credits: 0, splitterAccounts: 0 };
  if (cursor === undefined) return { block: null, head, compared, differences: [] };
  const blockTag = cursor;
  const differences: IndexDifference[] = [];
  const differ = (subject: string, field: string, database: unknown, onChain: unknown) => {
    const d = String(database);
    const c = String(onChain);
    if (d !== c) differences.push({ subject, field, database: d, chain: c });
  };

  // Logs: the index's history.
  const chainLogs = await readChainLogs(chain, contracts, cursor);
  const stored = await prisma.indexedLog.findMany({
    where: { blockNumber: { lte: BigInt(cursor) } },
    orderBy: [{ blockNumber: "asc" }, { logIndex: "asc" }],
  });
  const storedByKey = new Map(stored.map((log) => [`${log.txHash}:${log.logIndex}`, log]));
  const refundAccounts = new Set<string>();
  const splitterAddresses = new Set<string>();
  for (const { log, event } of chainLogs) {
    const key = `${log.transactionHash}:${log.logIndex}`;
    const row = storedByKey.get(key);
    storedByKey.delete(key);
    compared.logs += 1;
    if (event === "RefundDeferred") refundAccounts.add(`0x${log.topics[1]!.slice(26)}`);
    if (event === "SplitterCreated") splitterAddresses.add(`0x${log.topics[1]!.slice(26)}`);
    if (row === undefined) {
      differ(`log ${key}`, "event", NONE, event);
      continue;
    }
    differ(`log ${key}`, "event", row.event, event);
    differ(`log ${key}`, "blockHash", row.blockHash, log.blockHash);
  }
  for (const [key, row] of storedByKey) differ(`log ${key}`, "event", row.event, NONE);

  // Tokens: owner and provenance.
  const artwork = new Contract(contracts.artwork, artworkInterface, provider);
  const totalMinted = Number(await artwork.getFunction("totalMinted")({ blockTag }));
  const tokens = new Map((await prisma.token.findMany()).map((t) => [t.tokenId.toFixed(), t]));
  const works = new Map((await prisma.work.findMany()).map((w) => [w.tokenId.toFixed(), w]));
  const ids = Array.from({ length: totalMinted }, (_, i) => String(i + 1));
  const onChainTokens = await mapLimited(ids, 8, async (id) => ({
    id,
    owner: lower(await artwork.getFunction("ownerOf")(id, { blockTag })),
    provenance: await artwork.getFunction("provenanceOf")(id, { blockTag }),
  }));
  for (const { id, owner, provenance: p } of onChainTokens) {
    compared.tokens += 1;
    const facts = {
      owner,
      contentHash: lower(p.contentHash),
      recordHash: lower(p.recordHash),
      contributor: lower(p.contributor),
      mintedAt: String(p.mintedAt),
    };
    const token = tokens.get(id);
    tokens.delete(id);
    if (token === undefined) differ(`token ${id}`, "exists", NONE, "minted");
    else {
      differ(`token ${id}`, "owner", token.owner, facts.owner);
      differ(`token ${id}`, "contentHash", token.contentHash, facts.contentHash);
      differ(`token ${id}`, "recordHash", token.recordHash, facts.recordHash);
      differ(`token ${id}`, "modelHash", token.modelHash, lower(p.modelHash));
      differ(`token ${id}`, "metadataDigest", token.metadataDigest, lower(p.metadataDigest));
      differ(`token ${id}`, "contributor", token.contributor, facts.contributor);
      differ(`token ${id}`, "trainer", token.trainer, lower(p.trainer));
      differ(`token ${id}`, "splitter", token.splitter, lower(p.splitter));
      differ(`token ${id}`, "royaltyBps", token.royaltyBps, String(p.royaltyBps));
      differ(`token ${id}`, "mintedAt", seconds(token.mintedAt), facts.mintedAt);
    }
    const work = works.get(id);
    works.delete(id);
    if (work === undefined) differ(`work ${id}`, "exists", NONE, "minted");
    else {
      differ(`work ${id}`, "owner", work.owner, facts.owner);
      differ(`work ${id}`, "contentHash", work.contentHash, facts.contentHash);
      differ(`work ${id}`, "recordHash", work.recordHash, facts.recordHash);
      differ(`work ${id}`, "contributor", work.contributor, facts.contributor);
      differ(`work ${id}`, "mintedAt", seconds(work.mintedAt), facts.mintedAt);
    }
  }
  for (const id of tokens.keys()) differ(`token ${id}`, "exists", "minted", NONE);
  for (const id of works.keys()) differ(`work ${id}`, "exists", "minted", NONE);

  // Auctions: live ones field by field; closed ones (all zero on-chain) must be closed here.
  const house = new Contract(contracts.auctionHouse, auctionHouseInterface, provider);
  const totalAuctions = Number(await house.getFunction("totalAuctions")({ blockTag }));
  const auctions = new Map((await prisma.auction.findMany()).map((a) => [a.auctionId.toFixed(), a]));
  const auctionIds = Array.from({ length: totalAuctions }, (_, i) => String(i + 1));
  const onChainAuctions = await mapLimited(auctionIds, 8, async (id) => ({
    id,
    a: await house.getFunction("auctionOf")(id, { blockTag }),
  }));
  for (const { id, a } of onChainAuctions) {
    compared.auctions += 1;
    const row = auctions.get(id);
    auctions.delete(id);
    const subject = `auction ${id}`;
    const closedOnChain = lower(a.seller) === ZeroAddress;
    if (row === undefined) {
      differ(subject, "exists", NONE, closedOnChain ? "closed" : "open");
      continue;
    }
    if (closedOnChain) {
      differ(subject, "status", row.status === "ACTIVE" ? "ACTIVE" : "closed", "closed");
      continue;
    }
    differ(subject, "status", row.status, "ACTIVE");
    differ(subject, "nft", row.nft, lower(a.nft));
    differ(subject, "tokenId", row.tokenId.toFixed(), String(a.tokenId));
    differ(subject, "seller", row.seller, lower(a.seller));
    differ(subject, "reserve", row.reserve.toFixed(), String(a.reserve));
    differ(subject, "endTime", seconds(row.endTime), String(a.endTime));
    differ(subject, "highestBidder", row.highestBidder ?? ZeroAddress, lower(a.bidder));
    differ(subject, "highestBid", big(row.highestBid).toString(), String(a.amount));
  }
  for (const id of auctions.keys()) differ(`auction ${id}`, "exists", "yes", NONE);

  // AuctionHouse credit: every account the database or the chain's logs name.
  const credits = new Map((await prisma.auctionCredit.findMany()).map((c) => [c.account, big(c.amount)]));
  const creditAccounts = [...new Set([...credits.keys(), ...refundAccounts])].sort();
  const pending = await mapLimited(creditAccounts, 8, async (account) => ({
    account,
    amount: (await house.getFunction("pendingWithdrawal")(account, { blockTag })) as bigint,
  }));
  for (const { account, amount } of pending) {
    compared.credits += 1;
    differ(`credit ${account}`, "amount", (credits.get(account) ?? 0n).toString(), amount.toString());
  }

  // Splitters: what each owes each account of its split, in ETH.
  const splitters = await prisma.splitter.findMany({ include: { shares: true } });
  const splitterCredits = await prisma.splitterCredit.findMany({ where: { token: ETH_TOKEN } });
  for (const s of splitters) splitterAddresses.add(s.address);
  for (const address of [...splitterAddresses].sort()) {
    const row = splitters.find((s) => s.address === address);
    if (row === undefined) {
      differ(`splitter ${address}`, "exists", NONE, "created");
      continue;
    }
    const contract = new Contract(address, royaltySplitterInterface, provider);
    const accounts = [...new Set(row.shares.map((s) => s.account))].sort();
    const owed = await mapLimited(accounts, 8, async (account) => ({
      account,
      amount: (await contract.getFunction("owed")(ETH_TOKEN, account, { blockTag })) as bigint,
    }));
    for (const { account, amount } of owed) {
      compared.splitterAccounts += 1;
      const credit = splitterCredits.find((c) => c.splitter === address && c.account === account);
      const database = splitterOwed({ shares: row.shares, credit: big(credit?.amount), undistributed: big(row.undistributed), account });
      differ(`splitter ${address} owed to ${account}`, "amount", database.toString(), amount.toString());
    }
  }

  return { block: cursor, head, compared, differences };
}

/** The chain's logs of our contracts and of the splitters our Artwork created, up to `cursor`. */
async function readChainLogs(
  chain: ChainSource,
  contracts: IndexerContracts,
  cursor: number,
): Promise<Array<{ log: ChainLog; event: string }>> {
  const out: Array<{ log: ChainLog; event: string }> = [];
  const splitters = new Set<string>();
  for (let from = contracts.deployBlock; from <= cursor; from += DEFAULT_MAX_BLOCKS) {
    const to = Math.min(cursor, from + DEFAULT_MAX_BLOCKS - 1);
    const [main, split] = await Promise.all([
      chain.getLogs({ fromBlock: from, toBlock: to, address: [contracts.artwork, contracts.auctionHouse] }),
      chain.getLogs({ fromBlock: from, toBlock: to, topics: [[...SPLITTER_TOPICS]] }),
    ]);
    const logs = [...main, ...split.filter((l) => l.address !== contracts.artwork && l.address !== contracts.auctionHouse)];
    logs.sort((x, y) => x.blockNumber - y.blockNumber || x.logIndex - y.logIndex);
    for (const log of logs) {
      const isMain = log.address === contracts.artwork || log.address === contracts.auctionHouse;
      if (!isMain && !splitters.has(log.address)) continue;
      const event = decodeStoredLog(contracts, log);
      if (event === null) continue;
      if (event.name === "SplitterCreated") splitters.add(lower(event.args.getValue("splitter")));
      out.push({ log, event: event.name });
    }
  }
  return out;
}
