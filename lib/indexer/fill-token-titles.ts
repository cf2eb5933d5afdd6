import { sha256 } from "ethers";
import type { PrismaClient } from "@/lib/db/generated/client";
import { DependencyError } from "@/lib/errors";
import { tokenMetadataSchema } from "@/lib/provenance/metadata-schema";
import { cidFromSha256, MAX_RAW_BLOCK_BYTES } from "@/lib/provenance/raw-block-cid";
import { ContentStoreError } from "@/lib/storage/content-store-error";

/** Parameters of {@link fillTokenTitles}. */
export interface FillTokenTitlesParameters {
  prisma: Pick<PrismaClient, "token">;
  /** Reads a file by CID (the content store's get: the local blockstore or IPFS). */
  readContent: (cid: string) => Promise<Uint8Array>;
  /** Tokens read per call, oldest first; the rest wait for the next call. */
  limit?: number;
  /** Where a missing or invalid metadata document is reported. Defaults to console.warn. */
  log?: (message: string) => void;
  /** The clock; tests pass their own. Defaults to now. */
  now?: Date;
}

/** What {@link fillTokenTitles} did. */
export interface FillTokenTitlesReturnType {
  /** Tokens whose title was read from their metadata. */
  titled: number;
  /** Tokens whose metadata was missing or invalid: title left empty, not tried again. */
  failed: number;
  /** Whether the content store was unavailable, so the remaining tokens wait for the next call. */
  deferred: boolean;
}

/** A store that did not answer (a Kubo node down, a timeout): worth trying again later. */
function isStoreDown(error: unknown): boolean {
  return error instanceof DependencyError || (error instanceof ContentStoreError && error.code === "STORAGE_UNAVAILABLE");
}

/** Why the metadata gave no title; thrown inside {@link readTitle} only. */
class MetadataProblem extends Error {}

/** The metadata's `name`, from the raw block whose sha256 the token's metadataDigest is. */
async function readTitle(readContent: FillTokenTitlesParameters["readContent"], metadataDigest: string): Promise<string> {
  const cid = cidFromSha256(metadataDigest);
  let bytes: Uint8Array;
  try {
    bytes = await readContent(cid);
  } catch (error) {
    if (isStoreDown(error)) throw error;
    throw new MetadataProblem(`metadata ${cid} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The size first: a document of one raw block is at most 256 KiB, so nothing larger is
  // hashed or parsed. Then every byte against the digest the chain holds, whatever the store
  // says it checked: the title shown must be the minted one.
  if (bytes.length > MAX_RAW_BLOCK_BYTES) throw new MetadataProblem(`metadata ${cid} is ${bytes.length} bytes, over the ${MAX_RAW_BLOCK_BYTES}-byte limit of one block`);
  if (sha256(bytes) !== metadataDigest.toLowerCase()) throw new MetadataProblem(`metadata ${cid} does not match its digest ${metadataDigest}`);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new MetadataProblem(`metadata ${cid} is not UTF-8 JSON`);
  }
  const parsed = tokenMetadataSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MetadataProblem(`metadata ${cid} is not token metadata (${issue?.path.join(".") || "document"}: ${issue?.message})`);
  }
  return parsed.data.name;
}

/**
 * Fills Token.title from each token's metadata: the index rebuilds tokens from chain events
 * alone (after the database is deleted, say), and the title lives only in the metadata
 * document the token's metadataDigest names. Reads the tokens not tried yet, oldest first;
 * a missing, oversized, altered or invalid document leaves the title empty, is logged and
 * is not tried again. When the content store is down the rest wait for the next call.
 *
 * Runs after indexing, outside its transaction, so a slow or broken store never holds up
 * the index.
 *
 * @throws what the database throws; never a content-store or metadata failure.
 */
export async function fillTokenTitles({
  prisma,
  readContent,
  limit = 50,
  log = (message) => console.warn(message),
  now = new Date(),
}: FillTokenTitlesParameters): Promise<FillTokenTitlesReturnType> {
  const tokens = await prisma.token.findMany({
    where: { metadataReadAt: null },
    orderBy: [{ mintBlock: "asc" }, { tokenId: "asc" }],
    take: limit,
    select: { tokenId: true, metadataDigest: true },
  });
  const result: FillTokenTitlesReturnType = { titled: 0, failed: 0, deferred: false };
  for (const { tokenId, metadataDigest } of tokens) {
    let title: string | null = null;
    try {
      title = await readTitle(readContent, metadataDigest);
      result.titled += 1;
    } catch (error) {
      if (isStoreDown(error)) {
        // Not the document's fault: this token and the rest are tried again next time.
        log(`[indexer] token ${tokenId.toFixed()}: no title yet, the content store is unavailable (${(error as Error).message}); trying again later`);
        result.deferred = true;
        return result;
      }
      // Anything else is about this document (or a fault reading it): logged once, the title
      // stays empty, and the next token is read.
      log(`[indexer] token ${tokenId.toFixed()}: no title: ${error instanceof Error ? error.message : String(error)}`);
      result.failed += 1;
    }
    // Only while still untried: a rollback may have replaced the row meanwhile.
    await prisma.token.updateMany({ where: { tokenId, metadataDigest, metadataReadAt: null }, data: { title, metadataReadAt: now } });
  }
  return result;
}
