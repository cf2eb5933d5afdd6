-- AlterTable
ALTER TABLE "Token" ADD COLUMN     "metadataReadAt" TIMESTAMP(3),
ADD COLUMN     "title" TEXT;

-- CreateIndex
CREATE INDEX "Token_metadataReadAt_idx" ON "Token"("metadataReadAt");
