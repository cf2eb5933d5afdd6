import { getBytes, toUtf8String, type Result } from "ethers";
import type { Prisma } from "@/lib/db/generated/client";
import { recordCidFromHash } from "@/lib/provenance/hash-record";
import { ETH_TOKEN } from "./contract-interfaces";
import type { DecodedEvent } from "./decode-log";
import type { IndexerContracts } from "./indexer-contracts";
import type { StoredLog } from "./stored-log";

/** A Prisma client inside the indexer's transaction. */
export type IndexerTx = Prisma.TransactionClient;

const lower = (value: unknown) => String(value).toLowerCase();
const dec = (value: unknown) => (value as bigint).toString();
const hex32 = (value: unknown) => String(value).toLowerCase();
const seconds = (value: unknown) => new Date(Number(value as bigint) * 1000);
/** A Decimal column as a bigint (the columns hold whole numbers). */
const big = (value: { toFixed(): string } | null | undefined) => (value == null ? 0n : BigInt(value.toFixed()));

/** A bytes32 role id as the ASCII name it pads, or its hex when it is not text. */
export function roleName(role: string): string {
  const bytes = getBytes(role);
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end -= 1;
  try {
    const text = toUtf8String(bytes.subarray(0, end));
    // eslint-disable-next-line no-control-regex
    return /^[\x20-\x7e]+$/.test(text) ? text : role.toLowerCase();
  } catch {
    return role.toLowerCase();
  }
}

/**
 * Folds one log into the derived tables (tokens, owners, works, auctions, bids,
 * settlements, credits, splitters, payouts). Called once per log, in (blockNumber,
 * logIndex) order, inside the transaction that stored the log; replaying every stored log
 * through it from empty tables rebuilds the same rows. Events without a table (approvals,
 * admin changes) are kept in IndexedLog only.
 */
export async function applyLog(tx: IndexerTx, contracts: IndexerContracts, log: StoredLog, event: DecodedEvent): Promise<void> {
  const a = event.args;
  const at = { blockNumber: log.blockNumber };
  switch (`${event.contract}.${event.name}`) {
    case "Artwork.Transfer":
      return applyTransfer(tx, log, a);
    case "Artwork.SplitterCreated": {
      const shares = (a.getValue("shares") as Result[]).map((share, position) => ({
        position,
        account: lower(share.getValue("account")),
        role: roleName(String(share.getValue("role"))),
        bps: Number(share.getValue("bps")),
      }));
      await tx.splitter.create({
        data: { address: lower(a.getValue("splitter")), createdBlock: log.blockNumber, shares: { create: shares } },
      });
      return;
    }
    case "Artwork.ArtworkMinted":
      return applyMint(tx, log, a);
    case "AuctionHouse.AuctionCreated":
      await tx.auction.create({
        data: {
          auctionId: dec(a.getValue("auctionId")),
          nft: lower(a.getValue("nft")),
          isArtwork: lower(a.getValue("nft")) === contracts.artwork,
          tokenId: dec(a.getValue("tokenId")),
          seller: lower(a.getValue("seller")),
          reserve: dec(a.getValue("reserve")),
          duration: Number(a.getValue("duration")),
          primary: Boolean(a.getValue("primary")),
          createdBlock: at.blockNumber,
          createdAt: log.blockTime,
          txHash: log.txHash,
        },
      });
      return;
    case "AuctionHouse.AuctionReserveUpdated":
      await tx.auction.update({
        where: { auctionId: dec(a.getValue("auctionId")) },
        data: { reserve: dec(a.getValue("reserve")) },
      });
      return;
    case "AuctionHouse.AuctionCanceled":
      await tx.auction.update({
        where: { auctionId: dec(a.getValue("auctionId")) },
        data: { status: "CANCELED", closedAt: log.blockTime },
      });
      return;
    case "AuctionHouse.AuctionBid": {
      const auctionId = dec(a.getValue("auctionId"));
      const bidder = lower(a.getValue("bidder"));
      const amount = dec(a.getValue("amount"));
      const endTime = seconds(a.getValue("endTime"));
      await tx.bid.create({
        data: {
          txHash: log.txHash,
          logIndex: log.logIndex,
          auctionId,
          bidder,
          amount,
          endTime,
          extended: Boolean(a.getValue("extended")),
          blockNumber: log.blockNumber,
          placedAt: log.blockTime,
        },
      });
      await tx.auction.update({
        where: { auctionId },
        data: { highestBidder: bidder, highestBid: amount, endTime, bidCount: { increment: 1 } },
      });
      return;
    }
    case "AuctionHouse.AuctionSettled": {
      const auctionId = dec(a.getValue("auctionId"));
      const receiver = lower(a.getValue("royaltyReceiver"));
      const royalty = a.getValue("royalty") as bigint;
      const transferred = Boolean(a.getValue("tokenTransferred"));
      await tx.settlement.create({
        data: {
          auctionId,
          winner: lower(a.getValue("winner")),
          amount: dec(a.getValue("amount")),
          fee: dec(a.getValue("fee")),
          royaltyReceiver: receiver,
          royalty: royalty.toString(),
          sellerProceeds: dec(a.getValue("sellerProceeds")),
          tokenTransferred: transferred,
          txHash: log.txHash,
          logIndex: log.logIndex,
          blockNumber: log.blockNumber,
          settledAt: log.blockTime,
        },
      });
      await tx.auction.update({ where: { auctionId }, data: { status: "SETTLED", closedAt: log.blockTime } });
      // The royalty was pushed to the splitter (a failed push shows as RefundDeferred, which
      // takes it back out): income the splitter has not divided yet.
      if (transferred && royalty > 0n) await addUndistributed(tx, receiver, royalty);
      return;
    }
    case "AuctionHouse.RefundDeferred": {
      const account = lower(a.getValue("account"));
      const amount = a.getValue("amount") as bigint;
      await addCredit(tx, account, amount);
      await addUndistributed(tx, account, -amount);
      return;
    }
    case "AuctionHouse.Withdrawn": {
      const account = lower(a.getValue("account"));
      const amount = a.getValue("amount") as bigint;
      await addCredit(tx, account, -amount);
      await addUndistributed(tx, account, amount);
      return;
    }
    case "RoyaltySplitter.RoyaltySplitterDistributed":
      return applyDistribution(tx, log.address, lower(a.getValue("token")), a.getValue("amount") as bigint, a.getValue("dust") as bigint);
    case "RoyaltySplitter.RoyaltySplitterWithdrawn": {
      const token = lower(a.getValue("token"));
      const account = lower(a.getValue("account"));
      const amount = a.getValue("amount") as bigint;
      await tx.splitterPayout.create({
        data: {
          txHash: log.txHash,
          logIndex: log.logIndex,
          splitter: log.address,
          token,
          account,
          amount: amount.toString(),
          blockNumber: log.blockNumber,
          paidAt: log.blockTime,
        },
      });
      await addSplitterCredit(tx, log.address, token, account, -amount);
      return;
    }
    default:
      return;
  }
}

async function applyTransfer(tx: IndexerTx, log: StoredLog, a: Result): Promise<void> {
  const tokenId = dec(a.getValue("tokenId"));
  const to = lower(a.getValue("to"));
  await tx.ownershipEvent.create({
    data: {
      txHash: log.txHash,
      logIndex: log.logIndex,
      tokenId,
      from: lower(a.getValue("from")),
      to,
      blockNumber: log.blockNumber,
      blockTime: log.blockTime,
    },
  });
  // At a mint the Transfer comes before ArtworkMinted, so there is no row yet: the mint
  // takes its owner from this event.
  await tx.token.updateMany({ where: { tokenId }, data: { owner: to } });
  await tx.work.updateMany({ where: { tokenId }, data: { owner: to } });
}

async function applyMint(tx: IndexerTx, log: StoredLog, a: Result): Promise<void> {
  const tokenId = dec(a.getValue("tokenId"));
  const contributor = lower(a.getValue("contributor"));
  const contentHash = hex32(a.getValue("contentHash"));
  const recordHash = hex32(a.getValue("recordHash"));
  const lastTransfer = await tx.ownershipEvent.findFirst({
    where: { tokenId },
    orderBy: [{ blockNumber: "desc" }, { logIndex: "desc" }],
  });
  const owner = lastTransfer?.to ?? contributor;
  await tx.token.create({
    data: {
      tokenId,
      contentHash,
      recordHash,
      modelHash: hex32(a.getValue("modelHash")),
      metadataDigest: hex32(a.getValue("metadataDigest")),
      contributor,
      trainer: lower(a.getValue("trainer")),
      splitter: lower(a.getValue("splitter")),
      royaltyBps: Number(a.getValue("royaltyBps")),
      owner,
      mintedAt: log.blockTime,
      mintBlock: log.blockNumber,
      txHash: log.txHash,
    },
  });
  // The same row the provenance flow writes when the contributor confirms the mint
  // (lib/provenance/server/confirm-mint.ts): same key, same values, whoever comes first.
  const facts = {
    contentHash,
    recordHash,
    recordCid: recordCidFromHash(recordHash),
    contributor,
    owner,
    mintedAt: log.blockTime,
    txHash: log.txHash,
  };
  await tx.work.upsert({ where: { tokenId }, create: { tokenId, ...facts }, update: facts });
}

async function addCredit(tx: IndexerTx, account: string, delta: bigint): Promise<void> {
  const row = await tx.auctionCredit.findUnique({ where: { account } });
  const amount = big(row?.amount) + delta;
  if (amount === 0n) {
    if (row !== null) await tx.auctionCredit.delete({ where: { account } });
    return;
  }
  await tx.auctionCredit.upsert({ where: { account }, create: { account, amount: amount.toString() }, update: { amount: amount.toString() } });
}

/** ETH held by a known splitter and not yet divided; other accounts are ignored. */
async function addUndistributed(tx: IndexerTx, address: string, delta: bigint): Promise<void> {
  const row = await tx.splitter.findUnique({ where: { address } });
  if (row === null) return;
  const next = big(row.undistributed) + delta;
  await tx.splitter.update({ where: { address }, data: { undistributed: (next < 0n ? 0n : next).toString() } });
}

async function addSplitterCredit(tx: IndexerTx, splitter: string, token: string, account: string, delta: bigint): Promise<void> {
  const key = { splitter, token, account };
  const row = await tx.splitterCredit.findUnique({ where: { splitter_token_account: key } });
  const amount = big(row?.amount) + delta;
  if (amount === 0n) {
    if (row !== null) await tx.splitterCredit.delete({ where: { splitter_token_account: key } });
    return;
  }
  await tx.splitterCredit.upsert({
    where: { splitter_token_account: key },
    create: { ...key, amount: amount.toString() },
    update: { amount: amount.toString() },
  });
}

/**
 * A division as RoyaltySplitter._distribute does it: each entry gets floor(amount * bps /
 * 10,000), the first entry also the dust.
 */
async function applyDistribution(tx: IndexerTx, splitter: string, token: string, amount: bigint, dust: bigint): Promise<void> {
  const shares = await tx.splitterShare.findMany({ where: { splitter }, orderBy: { position: "asc" } });
  for (const share of shares) {
    let part = (amount * BigInt(share.bps)) / 10_000n;
    if (share.position === 0) part += dust;
    if (part > 0n) await addSplitterCredit(tx, splitter, token, share.account, part);
  }
  if (token === ETH_TOKEN) await addUndistributed(tx, splitter, -amount);
}
