-- CreateEnum
CREATE TYPE "ModelStatus" AS ENUM ('PENDING', 'ACTIVE', 'RETIRED');

-- CreateTable
CREATE TABLE "Model" (
    "id" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "trainer" TEXT NOT NULL,
    "fileCid" TEXT NOT NULL,
    "cardCid" TEXT NOT NULL,
    "cardSignature" TEXT NOT NULL,
    "trainerShareBps" INTEGER NOT NULL DEFAULT 0,
    "status" "ModelStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Model_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Generation" (
    "id" TEXT NOT NULL,
    "contributor" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "prompt" TEXT NOT NULL,
    "seed" BIGINT NOT NULL,
    "params" JSONB NOT NULL,
    "imageCid" TEXT NOT NULL,
    "imageSha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "facts" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Generation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Work" (
    "tokenId" DECIMAL(78,0) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "recordHash" TEXT NOT NULL,
    "recordCid" TEXT NOT NULL,
    "contributor" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "mintedAt" TIMESTAMP(3) NOT NULL,
    "txHash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Work_pkey" PRIMARY KEY ("tokenId")
);

-- CreateTable
CREATE TABLE "IndexerCursor" (
    "name" TEXT NOT NULL,
    "lastBlock" BIGINT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IndexerCursor_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "Model_sha256_key" ON "Model"("sha256");

-- CreateIndex
CREATE INDEX "Model_status_idx" ON "Model"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Model_trainer_name_version_key" ON "Model"("trainer", "name", "version");

-- CreateIndex
CREATE INDEX "Generation_contributor_createdAt_idx" ON "Generation"("contributor", "createdAt");

-- CreateIndex
CREATE INDEX "Generation_imageSha256_idx" ON "Generation"("imageSha256");

-- CreateIndex
CREATE INDEX "Generation_modelId_idx" ON "Generation"("modelId");

-- CreateIndex
CREATE UNIQUE INDEX "Work_contentHash_key" ON "Work"("contentHash");

-- CreateIndex
CREATE INDEX "Work_owner_idx" ON "Work"("owner");

-- CreateIndex
CREATE INDEX "Work_contributor_idx" ON "Work"("contributor");

-- AddForeignKey
ALTER TABLE "Generation" ADD CONSTRAINT "Generation_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "Model"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
