-- CreateEnum
CREATE TYPE "AuctionStatus" AS ENUM ('ACTIVE', 'SETTLED', 'CANCELED');

-- CreateTable
CREATE TABLE "IndexedLog" (
    "txHash" TEXT NOT NULL,
    "logIndex" INTEGER NOT NULL,
    "blockNumber" BIGINT NOT NULL,
    "blockHash" TEXT NOT NULL,
    "blockTime" TIMESTAMP(3) NOT NULL,
    "address" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "topics" TEXT[],
    "data" TEXT NOT NULL,

    CONSTRAINT "IndexedLog_pkey" PRIMARY KEY ("txHash","logIndex")
);

-- CreateTable
CREATE TABLE "IndexedBlock" (
    "number" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,
    "timestamp" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndexedBlock_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "Token" (
    "tokenId" DECIMAL(78,0) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "recordHash" TEXT NOT NULL,
    "modelHash" TEXT NOT NULL,
    "metadataDigest" TEXT NOT NULL,
    "contributor" TEXT NOT NULL,
    "trainer" TEXT NOT NULL,
    "splitter" TEXT NOT NULL,
    "royaltyBps" INTEGER NOT NULL,
    "owner" TEXT NOT NULL,
    "mintedAt" TIMESTAMP(3) NOT NULL,
    "mintBlock" BIGINT NOT NULL,
    "txHash" TEXT NOT NULL,

    CONSTRAINT "Token_pkey" PRIMARY KEY ("tokenId")
);

-- CreateTable
CREATE TABLE "OwnershipEvent" (
    "txHash" TEXT NOT NULL,
    "logIndex" INTEGER NOT NULL,
    "tokenId" DECIMAL(78,0) NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "blockNumber" BIGINT NOT NULL,
    "blockTime" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OwnershipEvent_pkey" PRIMARY KEY ("txHash","logIndex")
);

-- CreateTable
CREATE TABLE "Auction" (
    "auctionId" DECIMAL(78,0) NOT NULL,
    "nft" TEXT NOT NULL,
    "isArtwork" BOOLEAN NOT NULL,
    "tokenId" DECIMAL(78,0) NOT NULL,
    "seller" TEXT NOT NULL,
    "reserve" DECIMAL(78,0) NOT NULL,
    "duration" INTEGER NOT NULL,
    "primary" BOOLEAN NOT NULL,
    "status" "AuctionStatus" NOT NULL DEFAULT 'ACTIVE',
    "endTime" TIMESTAMP(3),
    "highestBidder" TEXT,
    "highestBid" DECIMAL(78,0),
    "bidCount" INTEGER NOT NULL DEFAULT 0,
    "createdBlock" BIGINT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "txHash" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Auction_pkey" PRIMARY KEY ("auctionId")
);

-- CreateTable
CREATE TABLE "Bid" (
    "txHash" TEXT NOT NULL,
    "logIndex" INTEGER NOT NULL,
    "auctionId" DECIMAL(78,0) NOT NULL,
    "bidder" TEXT NOT NULL,
    "amount" DECIMAL(78,0) NOT NULL,
    "endTime" TIMESTAMP(3) NOT NULL,
    "extended" BOOLEAN NOT NULL,
    "blockNumber" BIGINT NOT NULL,
    "placedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bid_pkey" PRIMARY KEY ("txHash","logIndex")
);

-- CreateTable
CREATE TABLE "Settlement" (
    "auctionId" DECIMAL(78,0) NOT NULL,
    "winner" TEXT NOT NULL,
    "amount" DECIMAL(78,0) NOT NULL,
    "fee" DECIMAL(78,0) NOT NULL,
    "royaltyReceiver" TEXT NOT NULL,
    "royalty" DECIMAL(78,0) NOT NULL,
    "sellerProceeds" DECIMAL(78,0) NOT NULL,
    "tokenTransferred" BOOLEAN NOT NULL,
    "txHash" TEXT NOT NULL,
    "logIndex" INTEGER NOT NULL,
    "blockNumber" BIGINT NOT NULL,
    "settledAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Settlement_pkey" PRIMARY KEY ("auctionId")
);

-- CreateTable
CREATE TABLE "AuctionCredit" (
    "account" TEXT NOT NULL,
    "amount" DECIMAL(78,0) NOT NULL,

    CONSTRAINT "AuctionCredit_pkey" PRIMARY KEY ("account")
);

-- CreateTable
CREATE TABLE "Splitter" (
    "address" TEXT NOT NULL,
    "undistributed" DECIMAL(78,0) NOT NULL DEFAULT 0,
    "createdBlock" BIGINT NOT NULL,

    CONSTRAINT "Splitter_pkey" PRIMARY KEY ("address")
);

-- CreateTable
CREATE TABLE "SplitterShare" (
    "splitter" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "account" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "bps" INTEGER NOT NULL,

    CONSTRAINT "SplitterShare_pkey" PRIMARY KEY ("splitter","position")
);

-- CreateTable
CREATE TABLE "SplitterCredit" (
    "splitter" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "amount" DECIMAL(78,0) NOT NULL,

    CONSTRAINT "SplitterCredit_pkey" PRIMARY KEY ("splitter","token","account")
);

-- CreateTable
CREATE TABLE "SplitterPayout" (
    "txHash" TEXT NOT NULL,
    "logIndex" INTEGER NOT NULL,
    "splitter" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "account" TEXT NOT NULL,
    "amount" DECIMAL(78,0) NOT NULL,
    "blockNumber" BIGINT NOT NULL,
    "paidAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SplitterPayout_pkey" PRIMARY KEY ("txHash","logIndex")
);

-- CreateIndex
CREATE INDEX "IndexedLog_blockNumber_logIndex_idx" ON "IndexedLog"("blockNumber", "logIndex");

-- CreateIndex
CREATE UNIQUE INDEX "Token_contentHash_key" ON "Token"("contentHash");

-- CreateIndex
CREATE INDEX "Token_owner_idx" ON "Token"("owner");

-- CreateIndex
CREATE INDEX "Token_contributor_idx" ON "Token"("contributor");

-- CreateIndex
CREATE INDEX "Token_mintBlock_idx" ON "Token"("mintBlock");

-- CreateIndex
CREATE INDEX "OwnershipEvent_tokenId_blockNumber_idx" ON "OwnershipEvent"("tokenId", "blockNumber");

-- CreateIndex
CREATE INDEX "OwnershipEvent_to_idx" ON "OwnershipEvent"("to");

-- CreateIndex
CREATE INDEX "Auction_status_endTime_idx" ON "Auction"("status", "endTime");

-- CreateIndex
CREATE INDEX "Auction_createdBlock_idx" ON "Auction"("createdBlock");

-- CreateIndex
CREATE INDEX "Auction_seller_idx" ON "Auction"("seller");

-- CreateIndex
CREATE INDEX "Auction_nft_tokenId_idx" ON "Auction"("nft", "tokenId");

-- CreateIndex
CREATE INDEX "Bid_auctionId_blockNumber_idx" ON "Bid"("auctionId", "blockNumber");

-- CreateIndex
CREATE INDEX "Bid_bidder_idx" ON "Bid"("bidder");

-- CreateIndex
CREATE UNIQUE INDEX "Settlement_txHash_logIndex_key" ON "Settlement"("txHash", "logIndex");

-- CreateIndex
CREATE INDEX "SplitterShare_account_idx" ON "SplitterShare"("account");

-- CreateIndex
CREATE INDEX "SplitterCredit_account_idx" ON "SplitterCredit"("account");

-- CreateIndex
CREATE INDEX "SplitterPayout_account_idx" ON "SplitterPayout"("account");

-- CreateIndex
CREATE INDEX "SplitterPayout_splitter_idx" ON "SplitterPayout"("splitter");

-- AddForeignKey
ALTER TABLE "Bid" ADD CONSTRAINT "Bid_auctionId_fkey" FOREIGN KEY ("auctionId") REFERENCES "Auction"("auctionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Settlement" ADD CONSTRAINT "Settlement_auctionId_fkey" FOREIGN KEY ("auctionId") REFERENCES "Auction"("auctionId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SplitterShare" ADD CONSTRAINT "SplitterShare_splitter_fkey" FOREIGN KEY ("splitter") REFERENCES "Splitter"("address") ON DELETE CASCADE ON UPDATE CASCADE;

