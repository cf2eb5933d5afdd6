-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "RecordStatus" AS ENUM ('DRAFT', 'ATTESTED', 'MINTED');

-- CreateTable
CREATE TABLE "AuthNonce" (
    "nonce" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthNonce_pkey" PRIMARY KEY ("nonce")
);

-- CreateTable
CREATE TABLE "GenerationJob" (
    "id" TEXT NOT NULL,
    "requester" TEXT NOT NULL,
    "modelId" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "results" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GenerationJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvenanceRecord" (
    "id" TEXT NOT NULL,
    "generationId" TEXT NOT NULL,
    "contributor" TEXT NOT NULL,
    "record" JSONB NOT NULL,
    "recordHash" TEXT NOT NULL,
    "recordCid" TEXT,
    "contributorSignature" TEXT,
    "attestorSignature" TEXT,
    "mintRequest" JSONB,
    "mintSignature" TEXT,
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "tokenId" DECIMAL(78,0),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProvenanceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthNonce_expiresAt_idx" ON "AuthNonce"("expiresAt");

-- CreateIndex
CREATE INDEX "GenerationJob_requester_createdAt_idx" ON "GenerationJob"("requester", "createdAt");

-- CreateIndex
CREATE INDEX "GenerationJob_status_idx" ON "GenerationJob"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ProvenanceRecord_generationId_key" ON "ProvenanceRecord"("generationId");

-- CreateIndex
CREATE INDEX "ProvenanceRecord_contributor_createdAt_idx" ON "ProvenanceRecord"("contributor", "createdAt");

-- CreateIndex
CREATE INDEX "ProvenanceRecord_recordHash_idx" ON "ProvenanceRecord"("recordHash");

