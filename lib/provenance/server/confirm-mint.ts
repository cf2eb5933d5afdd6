import { getAddress, hexlify, isError, type Log, type TransactionReceipt } from "ethers";
import { provenanceRecordSchema } from "@/lib/provenance/record-schema";
import { recordCidFromHash } from "@/lib/provenance/hash-record";
import { artworkInterface } from "@/lib/contracts/contract-interfaces";
import { callChain } from "./call-chain";
import { loadOwnRecord } from "./load-own-record";
import type { ProvenanceDeps } from "./provenance-deps";
import { ProvenanceFlowError } from "./provenance-flow-error";

/** How long confirming waits for a transaction that is known but not yet mined. */
export const CONFIRM_WAIT_MS = 30_000;

/** Parameters of {@link confirmMint}. */
export interface ConfirmMintParameters {
  deps: ProvenanceDeps;
  recordId: string;
  /** The signed-in address; must be the record's contributor. */
  signedIn: string;
  /** Hash of the mint transaction the contributor's wallet sent. */
  txHash: string;
  /** Override of {@link CONFIRM_WAIT_MS} (tests). */
  waitMs?: number;
}

/** What {@link confirmMint} returns (the body of POST /api/records/:id/minted). */
export interface ConfirmMintReturnType {
  recordId: string;
  status: "MINTED";
  /** Decimal token id. */
  tokenId: string;
  txHash: string;
  blockNumber: number;
  /** Where the work's page is. */
  url: string;
}

/**
 * Records a mint the contributor's wallet sent: reads the transaction's receipt from the
 * chain (never trusting the caller's word), finds the Artwork's ArtworkMinted event in it,
 * checks its content hash, record hash and contributor are this record's, then marks the
 * record MINTED with the token id and creates the Work row. Idempotent: confirming the same
 * transaction again returns the same answer.
 *
 * @throws ProvenanceFlowError NOT_FOUND (record, or an unknown transaction), FORBIDDEN,
 *   CONFLICT (not attested yet, still pending, or minted by another transaction),
 *   MINT_MISMATCH (reverted, or not a mint of this record).
 */
export async function confirmMint({ deps, recordId, signedIn, txHash, waitMs = CONFIRM_WAIT_MS }: ConfirmMintParameters): Promise<ConfirmMintReturnType> {
  const row = await loadOwnRecord({ deps, recordId, signedIn });
  if (row.status === "MINTED" && row.tokenId !== null) {
    const work = await deps.prisma.work.findUnique({ where: { tokenId: row.tokenId } });
    if (work !== null && work.txHash.toLowerCase() !== txHash) {
      throw new ProvenanceFlowError({
        code: "CONFLICT",
        message: `This record was minted as work #${row.tokenId.toFixed()} by transaction ${work.txHash}, not ${txHash}`,
        details: { field: "txHash", reason: "minted by another transaction", tokenId: row.tokenId.toFixed(), mintTxHash: work.txHash },
      });
    }
  } else if (row.status !== "ATTESTED") {
    throw new ProvenanceFlowError({
      code: "CONFLICT",
      message: "Sign the record first: only an attested record can be minted",
      details: { field: "id", reason: `status is ${row.status}` },
    });
  }

  const record = provenanceRecordSchema.parse(row.record);
  const receipt = await readReceipt(deps, txHash, waitMs);
  if (receipt.status !== 1) {
    throw mismatch("the transaction reverted: nothing was minted", { status: receipt.status });
  }
  const artwork = getAddress(deps.artworkAddress);
  const minted = receipt.logs
    .filter((log) => getAddress(log.address) === artwork)
    .map((log) => parse(log))
    .find((event) => event?.name === "ArtworkMinted");
  if (minted === undefined || minted === null) {
    throw mismatch(`the transaction has no ArtworkMinted event of the Artwork contract ${artwork}`, { artwork });
  }
  const tokenId = minted.args.getValue("tokenId") as bigint;
  const contentHash = hexlify(minted.args.getValue("contentHash") as string).toLowerCase();
  const recordHash = hexlify(minted.args.getValue("recordHash") as string).toLowerCase();
  const contributor = getAddress(minted.args.getValue("contributor") as string);
  if (contentHash !== record.image.sha256) {
    throw mismatch(`it minted content ${contentHash}, not this record's image ${record.image.sha256}`, { contentHash, expected: record.image.sha256 });
  }
  if (recordHash !== row.recordHash) {
    throw mismatch(`it minted record ${recordHash}, not this record ${row.recordHash}`, { recordHash, expected: row.recordHash });
  }
  if (contributor !== getAddress(record.contributor.address)) {
    throw mismatch(`it names contributor ${contributor}, not ${record.contributor.address}`, { contributor });
  }
  // The token goes to the request's `to`: the Transfer from the zero address says who.
  const transfer = receipt.logs
    .filter((log) => getAddress(log.address) === artwork)
    .map((log) => parse(log))
    .find((event) => event?.name === "Transfer" && (event.args.getValue("tokenId") as bigint) === tokenId);
  const owner = transfer ? getAddress(transfer.args.getValue("to") as string) : contributor;
  const block = await callChain("reading the mint block", () => deps.provider.getBlock(receipt.blockNumber));
  const mintedAt = new Date((block?.timestamp ?? Math.floor(deps.now().getTime() / 1000)) * 1000);
  const id = tokenId.toString();

  await deps.prisma.$transaction([
    deps.prisma.provenanceRecord.update({ where: { id: row.id }, data: { status: "MINTED", tokenId: id } }),
    deps.prisma.work.upsert({
      where: { tokenId: id },
      // An indexer may have created the row first; ownership it tracked since is kept.
      update: { recordCid: recordCidFromHash(recordHash), txHash: receipt.hash.toLowerCase() },
      create: {
        tokenId: id,
        contentHash,
        recordHash,
        recordCid: recordCidFromHash(recordHash),
        contributor: contributor.toLowerCase(),
        owner: owner.toLowerCase(),
        mintedAt,
        txHash: receipt.hash.toLowerCase(),
      },
    }),
  ]);
  return { recordId: row.id, status: "MINTED", tokenId: id, txHash: receipt.hash.toLowerCase(), blockNumber: receipt.blockNumber, url: `/works/${id}` };
}

function parse(log: Log) {
  try {
    return artworkInterface.parseLog(log);
  } catch {
    return null;
  }
}

function mismatch(reason: string, details: Record<string, unknown>): ProvenanceFlowError {
  return new ProvenanceFlowError({
    code: "MINT_MISMATCH",
    message: `That transaction is not a mint of this record: ${reason}`,
    details: { field: "txHash", reason, ...details },
  });
}

/** The receipt, waiting a little for a transaction that is known but not yet mined. */
async function readReceipt(deps: ProvenanceDeps, txHash: string, waitMs: number): Promise<TransactionReceipt> {
  const receipt = await callChain("reading the mint receipt", () => deps.provider.getTransactionReceipt(txHash));
  if (receipt !== null) return receipt;
  const tx = await callChain("reading the mint transaction", () => deps.provider.getTransaction(txHash));
  if (tx === null) {
    throw new ProvenanceFlowError({
      code: "NOT_FOUND",
      message: `The chain knows no transaction ${txHash}`,
      details: { field: "txHash", reason: "unknown transaction" },
    });
  }
  try {
    const mined = await deps.provider.waitForTransaction(txHash, 1, waitMs);
    if (mined !== null) return mined;
  } catch (error) {
    if (!isError(error, "TIMEOUT")) throw error;
  }
  throw new ProvenanceFlowError({
    code: "CONFLICT",
    message: `Transaction ${txHash} is not mined yet; confirm again once it is`,
    details: { field: "txHash", reason: "pending" },
  });
}
