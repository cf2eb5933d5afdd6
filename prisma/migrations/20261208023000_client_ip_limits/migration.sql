-- AlterTable
ALTER TABLE "AuthNonce" ADD COLUMN     "clientIp" TEXT;

-- AlterTable
ALTER TABLE "GenerationJob" ADD COLUMN     "clientIp" TEXT;

-- CreateIndex
CREATE INDEX "AuthNonce_clientIp_createdAt_idx" ON "AuthNonce"("clientIp", "createdAt");

-- CreateIndex
CREATE INDEX "GenerationJob_clientIp_createdAt_idx" ON "GenerationJob"("clientIp", "createdAt");
