import { getAddress } from "ethers";
import { Prisma } from "@/lib/db/generated/client";
import { recordTypedDataV4 } from "@/lib/provenance/eip712";
import { hashRecord } from "@/lib/provenance/hash-record";
import type { ProvenanceRecord } from "@/lib/provenance/record-schema";
import { assembleRecord, sourceImageCidsOf } from "./assemble-record";
import { describeRecord } from "./describe-record";
import type { ProvenanceDeps } from "./provenance-deps";
import { ProvenanceFlowError } from "./provenance-flow-error";
import { readTokenByContent } from "./read-token-by-content";
import { requireMintTerms } from "./require-mint-terms";
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
 * An ATTESTED record is drafted again at once when the chain holds no token with its
 * image's content hash (its mint reverted or was never sent).
 *
 * @throws ProvenanceFlowError NOT_FOUND (generationId), FORBIDDEN (signed in as someone
 *   other than the contributor), CONFLICT (already minted: in the database, or on chain),
 *   INPUT_INVALID (parents; a split the contract would refuse on this chain).
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
    // An attested record may be drafted again (a new split, a new statement) as soon as the
    // chain shows its mint did not happen: a mint that reverted, or was never sent, leaves
    // no token with this image's content hash. Only a token on chain locks the record.
    const tokenId = await readTokenByContent(deps, contentHashOf(generation.imageSha256));
    if (tokenId !== null) {
      throw new ProvenanceFlowError({
        code: "CONFLICT",
        message: `This generation is already minted as work #${tokenId}; confirm the mint instead of drafting it again`,
        details: { field: "generationId", reason: "minted on chain", recordId: existing.id, tokenId: tokenId.toString() },
      });
    }
  }

  // The chain-specific rules the request schema cannot know: no public dev account may be
  // paid, nor be the trainer, off the local dev chain.
  requireMintTerms(
    { split: input.split, royaltyBps: input.royaltyBps, trainer: getAddress(generation.model.trainer) },
    { chainId: deps.chainId, subject: "generation", idField: "generationId" },
  );

  const image = await deps.contentStore.get(generation.imageCid);
  const parents = await resolveParents({
    deps,
    tokenIds: input.parents,
    sourceImageCids: sourceImageCidsOf(generation.params),
    contentHash: contentHashOf(generation.imageSha256),
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

/** A stored image sha256 as the chain's content hash: 0x + 64 lower-case hex digits. */
function contentHashOf(imageSha256: string): string {
  return `0x${imageSha256.replace(/^0x/i, "").toLowerCase()}`;
}
