import { getAddress } from "ethers";
import { Prisma } from "@/lib/db/generated/client";
import { recordTypedDataV4 } from "@/lib/provenance/eip712";
import { hashRecord } from "@/lib/provenance/hash-record";
import type { ProvenanceRecord } from "@/lib/provenance/record-schema";
import { assembleRecord, sourceImageCidsOf } from "./assemble-record";
import { describeRecord } from "./describe-record";
import { mintRequestSchema } from "./mint-request-json";
import type { ProvenanceDeps } from "./provenance-deps";
import { ProvenanceFlowError } from "./provenance-flow-error";
import type { DraftRecordInput } from "./record-request-schemas";
import { resolveParents } from "./resolve-parents";

/** Parameters of {@link draftRecord}. */
export interface DraftRecordParameters {
  deps: ProvenanceDeps;
  /** The signed-in address; must be the generation's contributor. */
  signedIn: string;
  input: DraftRecordInput;
}

/** EIP-712 typed data as `eth_signTypedData_v4` takes it (with the EIP712Domain type). */
export interface TypedDataV4 {
  types: Record<string, Array<{ name: string; type: string }>>;
  domain: Record<string, unknown>;
  primaryType: string;
  message: Record<string, unknown>;
}

/** What {@link draftRecord} returns (the body of POST /api/records). */
export interface DraftRecordReturnType {
  recordId: string;
  record: ProvenanceRecord;
  /** sha256 of the record's canonical bytes (the on-chain recordHash). */
  recordHash: string;
  /** The record in plain words, one sentence per fact. */
  summary: string[];
  /** What the contributor's wallet signs. */
  typedData: TypedDataV4;
}

/**
 * Assembles the provenance record of a kept generation from the contributor's choices and
 * saves it as the generation's DRAFT record (replacing an earlier draft, so the person can
 * change the split or statement and see the record again before signing).
 *
 * @throws ProvenanceFlowError NOT_FOUND (generationId), FORBIDDEN (signed in as someone
 *   other than the contributor), CONFLICT (already minted, or attested and the attestation
 *   still valid), INPUT_INVALID (parents).
 */
export async function draftRecord({ deps, signedIn, input }: DraftRecordParameters): Promise<DraftRecordReturnType> {
  const generation = await deps.prisma.generation.findUnique({ where: { id: input.generationId }, include: { model: true } });
  if (generation === null) {
    throw new ProvenanceFlowError({
      code: "NOT_FOUND",
      message: `No kept generation ${input.generationId}`,
      details: { field: "generationId", reason: "not found" },
    });
  }
  const contributor = getAddress(generation.contributor);
  if (contributor !== getAddress(signedIn)) {
    throw new ProvenanceFlowError({
      code: "FORBIDDEN",
      message: `Only the generation's contributor ${contributor} may record it; you are signed in as ${getAddress(signedIn)}`,
      details: { field: "generationId", reason: "not the contributor", contributor },
    });
  }

  const existing = await deps.prisma.provenanceRecord.findUnique({ where: { generationId: generation.id } });
  if (existing?.status === "MINTED") {
    throw new ProvenanceFlowError({
      code: "CONFLICT",
      message: `This generation is already minted as work #${existing.tokenId?.toFixed()}`,
      details: { field: "generationId", reason: "already minted", recordId: existing.id, tokenId: existing.tokenId?.toFixed() },
    });
  }
  if (existing?.status === "ATTESTED") {
    // A signed mint request is out there until its deadline; a new record before then
    // would leave two valid attestations for one image.
    const request = mintRequestSchema.safeParse(existing.mintRequest);
    const deadline = request.success ? Number(request.data.deadline) : 0;
    if (deadline * 1000 > deps.now().getTime()) {
      throw new ProvenanceFlowError({
        code: "CONFLICT",
        message: `This record is signed and attested; mint it, or change it after ${new Date(deadline * 1000).toISOString()} when the attestation expires`,
        details: { field: "generationId", reason: "attested", recordId: existing.id, deadline: String(deadline) },
      });
    }
  }

  const image = await deps.contentStore.get(generation.imageCid);
  const parents = await resolveParents({
    deps,
    tokenIds: input.parents,
    sourceImageCids: sourceImageCidsOf(generation.params),
    contentHash: `0x${generation.imageSha256.replace(/^0x/i, "").toLowerCase()}`,
  });
  const record = assembleRecord({ generation, image, input, parents, now: deps.now() });
  const recordHash = hashRecord(record);

  // A new draft replaces the old one whole: signatures and a mint request belong to the
  // record they were made for.
  const draft = { contributor: contributor.toLowerCase(), record: record as Prisma.InputJsonObject, recordHash, status: "DRAFT" as const };
  const saved = await deps.prisma.provenanceRecord.upsert({
    where: { generationId: generation.id },
    create: { ...draft, generationId: generation.id },
    update: {
      ...draft,
      recordCid: null,
      contributorSignature: null,
      attestorSignature: null,
      mintRequest: Prisma.DbNull,
      mintSignature: null,
    },
  });

  return {
    recordId: saved.id,
    record,
    recordHash,
    summary: describeRecord(record, {
      accountNames: {
        [record.model.trainer.toLowerCase()]: "the model's trainer",
        [deps.platformAccount.toLowerCase()]: "the platform",
        [contributor.toLowerCase()]: "you",
      },
    }),
    typedData: JSON.parse(recordTypedDataV4(record)) as TypedDataV4,
  };
}
