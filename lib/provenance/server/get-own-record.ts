import { recordTypedDataV4 } from "@/lib/provenance/eip712";
import { provenanceRecordSchema, type ProvenanceRecord } from "@/lib/provenance/record-schema";
import { cidFromSha256 } from "@/lib/provenance/raw-block-cid";
import { describeRecord } from "./describe-record";
import type { TypedDataV4 } from "./draft-record";
import { loadOwnRecord } from "./load-own-record";
import { mintRequestSchema, type MintRequestJson } from "./mint-request-json";
import type { ProvenanceDeps } from "./provenance-deps";

/** What {@link getOwnRecord} returns (the body of GET /api/records/:id). */
export interface OwnRecordView {
  recordId: string;
  status: "DRAFT" | "ATTESTED" | "MINTED";
  record: ProvenanceRecord;
  recordHash: string;
  summary: string[];
  typedData: TypedDataV4;
  /** The signed mint request, while the record is ATTESTED. */
  attestation: { mintRequest: MintRequestJson; mintSignature: string; artworkAddress: string; chainId: number; metadataCid: string } | null;
  tokenId: string | null;
}

/**
 * A record as its contributor sees it, to pick up where they left off (after a reload,
 * an attested record can be minted without signing again).
 *
 * @throws ProvenanceFlowError NOT_FOUND, FORBIDDEN (not the contributor).
 */
export async function getOwnRecord({
  deps,
  recordId,
  signedIn,
}: {
  deps: Pick<ProvenanceDeps, "prisma" | "chainId" | "artworkAddress" | "platformAccount">;
  recordId: string;
  signedIn: string;
}): Promise<OwnRecordView> {
  const row = await loadOwnRecord({ deps, recordId, signedIn });
  const record = provenanceRecordSchema.parse(row.record);
  const request = mintRequestSchema.safeParse(row.mintRequest);
  return {
    recordId: row.id,
    status: row.status,
    record,
    recordHash: row.recordHash,
    summary: describeRecord(record, {
      accountNames: {
        [record.model.trainer.toLowerCase()]: "the model's trainer",
        [deps.platformAccount.toLowerCase()]: "the platform",
        [record.contributor.address.toLowerCase()]: "you",
      },
    }),
    typedData: JSON.parse(recordTypedDataV4(record)) as TypedDataV4,
    attestation:
      row.status === "ATTESTED" && request.success && row.mintSignature !== null
        ? {
            mintRequest: request.data,
            mintSignature: row.mintSignature,
            artworkAddress: deps.artworkAddress,
            chainId: deps.chainId,
            metadataCid: cidFromSha256(request.data.metadataDigest),
          }
        : null,
    tokenId: row.tokenId?.toFixed() ?? null,
  };
}
