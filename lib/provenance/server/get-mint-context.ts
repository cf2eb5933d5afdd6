import { getAddress } from "ethers";
import type { PrismaClient } from "@/lib/db/generated/client";
import { sourceImageCidsOf } from "./assemble-record";
import type { ChainDeps } from "./provenance-deps";

/** What the mint page needs about a kept generation, JSON-safe. */
export interface MintContext {
  generation: {
    id: string;
    /** Checksummed contributor address. */
    contributor: string;
    prompt: string;
    seed: string;
    imageCid: string;
    imageSha256: string;
    createdAt: string;
    model: {
      name: string;
      version: string;
      kind: string;
      trainer: string;
      trainerShareBps: number;
      /**
       * Checksummed account the split proposes for the trainer's share: the trainer, or for
       * the built-in models the operator's payout account (BUILTIN_TRAINER_PAYOUT_ADDRESS).
       */
      trainerShareAccount: string;
    };
    sourceImageCids: string[];
  };
  chain: { chainId: number; artworkAddress: string; platformAccount: string } | null;
  /** The generation's record so far, if one was drafted. */
  record: { id: string; status: "DRAFT" | "ATTESTED" | "MINTED"; tokenId: string | null } | null;
  /** Minted works whose images were this generation's source images: the default parents. */
  parentTokenIds: string[];
}

/** The operator's built-in models' trainer: the key's address and where their share is paid. */
export interface BuiltinTrainerAccounts {
  address: string;
  payoutAddress: string;
}

/**
 * The mint page's data for a kept generation, or null when there is none with that id.
 * `chain` is null when the chain or its deployment cannot be read (the page says so). With
 * `builtinTrainer`, a model that key signed proposes its share to the payout account.
 */
export async function getMintContext(
  {
    prisma,
    chain,
    builtinTrainer,
  }: { prisma: PrismaClient; chain: Pick<ChainDeps, "chainId" | "artworkAddress" | "platformAccount"> | null; builtinTrainer?: BuiltinTrainerAccounts },
  generationId: string,
): Promise<MintContext | null> {
  if (generationId.length === 0 || generationId.length > 100) return null;
  const generation = await prisma.generation.findUnique({ where: { id: generationId }, include: { model: true } });
  if (generation === null) return null;
  const record = await prisma.provenanceRecord.findUnique({ where: { generationId } });
  const sourceImageCids = sourceImageCidsOf(generation.params);
  let parentTokenIds: string[] = [];
  if (sourceImageCids.length > 0) {
    const sources = await prisma.generation.findMany({ where: { imageCid: { in: sourceImageCids } }, select: { imageSha256: true } });
    const works = await prisma.work.findMany({
      where: { contentHash: { in: sources.map((s) => s.imageSha256.toLowerCase()), not: generation.imageSha256.toLowerCase() } },
      orderBy: { tokenId: "asc" },
      select: { tokenId: true },
    });
    parentTokenIds = works.map((w) => w.tokenId.toFixed());
  }
  return {
    generation: {
      id: generation.id,
      contributor: getAddress(generation.contributor),
      prompt: generation.prompt,
      seed: generation.seed.toString(),
      imageCid: generation.imageCid,
      imageSha256: generation.imageSha256,
      createdAt: generation.createdAt.toISOString(),
      model: {
        name: generation.model.name,
        version: generation.model.version,
        kind: generation.model.kind,
        trainer: getAddress(generation.model.trainer),
        trainerShareBps: generation.model.trainerShareBps,
        trainerShareAccount:
          builtinTrainer !== undefined && getAddress(generation.model.trainer) === getAddress(builtinTrainer.address)
            ? getAddress(builtinTrainer.payoutAddress)
            : getAddress(generation.model.trainer),
      },
      sourceImageCids,
    },
    chain: chain === null ? null : { chainId: chain.chainId, artworkAddress: chain.artworkAddress, platformAccount: chain.platformAccount },
    record: record === null ? null : { id: record.id, status: record.status, tokenId: record.tokenId?.toFixed() ?? null },
    parentTokenIds,
  };
}
