import { cidFromSha256 } from "../raw-block-cid";
import { recordCidFromHash } from "../hash-record";
import type { TokenMetadata } from "../metadata-schema";
import { DEFAULT_SIMILARITY_DISTANCE, perceptualHash } from "../perceptual-hash";
import { ProvenanceError } from "../provenance-error";
import type { ProvenanceRecord } from "../record-schema";
import { sha256Hex0x } from "./check-bytes-match-cid";
import { checkMetadata, cidOfTokenUri } from "./check-metadata";
import { checkModelCard } from "./check-model-card";
import { checkParents } from "./check-parents";
import { checkRecordAgainstChain, needsRecord, readRecord } from "./check-record";
import { checkReproduction } from "./check-reproduction";
import { checkAttestorSignature, checkContributorSignature } from "./check-signatures";
import { checkSplit } from "./check-split";
import { fetchChecked } from "./fetch-checked";
import { fail, jsonSafe, makeStep, notCheckable, pass, short, type Outcome } from "./step";
import {
  STEP_IDS,
  type OnChainProvenance,
  type StepId,
  type VerificationReport,
  type VerificationStep,
  type Verdict,
  type VerifyDependencies,
  type VerifyInput,
} from "./types";

/** Default number of parent generations verified in full. */
export const DEFAULT_MAX_PARENT_DEPTH = 3;

const CONTENT_HASH = /^0x[0-9a-fA-F]{64}$/;

function parseInput(input: VerifyInput): VerifyInput {
  if ("imageBytes" in input) {
    if (!(input.imageBytes instanceof Uint8Array) || input.imageBytes.length === 0) {
      throw new ProvenanceError({ code: "INPUT_INVALID", message: "The image is empty.", details: { field: "imageBytes" } });
    }
    return input;
  }
  if ("tokenId" in input) {
    if (typeof input.tokenId !== "bigint" || input.tokenId < 1n || input.tokenId >= 1n << 256n) {
      throw new ProvenanceError({ code: "INPUT_INVALID", message: "A token id is an integer from 1 to 2^256 - 1.", details: { field: "tokenId" } });
    }
    return input;
  }
  if (!CONTENT_HASH.test(input.contentHash)) {
    throw new ProvenanceError({ code: "INPUT_INVALID", message: "A content hash is 0x followed by 64 hex digits.", details: { field: "contentHash" } });
  }
  return { contentHash: input.contentHash.toLowerCase() };
}

/** Every step in report order; steps not reached are not checkable with `missing`'s reason. */
function completeSteps(found: Partial<Record<StepId, VerificationStep>>, missing: string, reproduceRequested: boolean): VerificationStep[] {
  return STEP_IDS.map(
    (id) => found[id] ?? makeStep(id, "not-checkable", id === "reproduce" && !reproduceRequested ? "not requested (--reproduce re-runs the model)" : missing, {}, id !== "reproduce" || reproduceRequested),
  );
}

function verdictOf(steps: VerificationStep[]): Verdict {
  if (steps.some((step) => step.status === "fail")) return "fail";
  if (steps.some((step) => step.required && step.status !== "pass")) return "incomplete";
  return "pass";
}

function summaryOf(verdict: Verdict, tokenId: bigint, steps: VerificationStep[]): string {
  if (verdict === "pass") return `Token #${tokenId} verifies: every required check passed.`;
  if (verdict === "fail") {
    const step = steps.find((s) => s.status === "fail")!;
    return `Token #${tokenId} does NOT verify: ${step.title.toLowerCase()}: ${step.reason}.`;
  }
  const step = steps.find((s) => s.required && s.status !== "pass")!;
  return `Token #${tokenId} could not be fully verified: ${step.title.toLowerCase()}: ${step.reason}.`;
}

/** Settles a promise into a value or an error, so parallel reads never leave a rejection unhandled. */
async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

function valueOrThrow<T>(settled: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!settled.ok) throw settled.error;
  return settled.value;
}

interface Context {
  deps: VerifyDependencies;
  chainId: bigint;
  /** Generations of parents still to verify in full. */
  depthLeft: number;
}

/**
 * Verifies a work from an image file, a token id or a content hash, reading only the chain
 * and content-addressed storage through `deps` (never a database), so the CLI and the
 * server run the same code. Each step reports pass, fail or not checkable with its reason;
 * the verdict is pass only if every required step passed.
 *
 * An image that matches no token is compared by perceptual hash with minted works (when
 * `deps.similar` is given): a near match gives the verdict "altered-copy", never a pass.
 *
 * Throws ProvenanceError INPUT_INVALID for malformed input and CHAIN_UNAVAILABLE when the
 * chain cannot be read; everything about the work itself is reported, not thrown.
 */
export async function verifyWork(input: VerifyInput, deps: VerifyDependencies): Promise<VerificationReport> {
  const parsed = parseInput(input);
  const chainId = await deps.chain.chainId();
  return verifyAt(parsed, { deps, chainId, depthLeft: deps.maxParentDepth ?? DEFAULT_MAX_PARENT_DEPTH });
}

async function verifyAt(input: VerifyInput, context: Context): Promise<VerificationReport> {
  const { deps, chainId } = context;
  const { chain, content } = deps;
  const reproduceRequested = deps.reproduce !== undefined;
  const base = { chainId: chainId.toString(), artwork: chain.artworkAddress, similar: [] as VerificationReport["similar"], work: {} as VerificationReport["work"] };
  const steps: Partial<Record<StepId, VerificationStep>> = {};
  const put = (id: StepId, outcome: Outcome, required = true) => {
    steps[id] = makeStep(id, outcome.status, outcome.reason, outcome.details ?? {}, required);
  };

  // 1. Which token: by the image's hash, the content hash, or the id.
  let tokenId: bigint;
  let contentHash: string | null = null;
  let givenImage: Uint8Array | null = null;
  if ("tokenId" in input) tokenId = input.tokenId;
  else {
    if ("imageBytes" in input) {
      givenImage = input.imageBytes;
      contentHash = sha256Hex0x(input.imageBytes);
    } else contentHash = input.contentHash;
    tokenId = await chain.tokenByContentHash(contentHash);
    if (tokenId === 0n) return notMinted(input, contentHash, base, deps, reproduceRequested);
  }

  const provenance = await chain.provenanceOf(tokenId);
  if (!provenance) {
    put("token", fail(`token #${tokenId} does not exist on Artwork ${chain.artworkAddress}`));
    const all = completeSteps(steps, "needs a minted token", reproduceRequested);
    return { ...base, verdict: "not-found", summary: `No token #${tokenId} exists on Artwork ${chain.artworkAddress}.`, tokenId: tokenId.toString(), contentHash, steps: all };
  }
  contentHash = provenance.contentHash;

  // 2. Everything that needs only the token id, in parallel.
  const recordCid = recordCidFromHash(provenance.recordHash);
  const metadataCid = cidFromSha256(provenance.metadataDigest);
  const [owner, mint, tokenUri, recordFetched, metadataFetched] = await Promise.all([
    settle(chain.ownerOf(tokenId)),
    settle(chain.mintInfo(tokenId)),
    settle(chain.tokenURI(tokenId)),
    fetchChecked(content, recordCid, "record", { checkCid: false }),
    fetchChecked(content, metadataCid, "metadata", { checkCid: false }),
  ]);
  // The mint event only adds the block and transaction to the report: a log query the RPC
  // refuses does not stop the verification.
  const mintInfo = mint.ok ? mint.value : null;
  const mintLookup = mint.ok ? (mint.value ? "found" : "no ArtworkMinted log found") : `failed: ${(mint.error as Error).message}`;
  const mintedAt = new Date(Number(provenance.mintedAt) * 1000).toISOString();
  put(
    "token",
    pass(
      `token #${tokenId} was minted by ${provenance.contributor} at ${mintedAt}${mintInfo ? ` (block ${mintInfo.blockNumber}, tx ${short(mintInfo.txHash)})` : ""}`,
      { tokenId, owner: valueOrThrow(owner), contributor: provenance.contributor, mintedAt, mint: mintInfo, mintLookup, provenance },
    ),
  );
  base.work = { owner: valueOrThrow(owner) ?? undefined, provenance: jsonSafe(provenance) as Record<string, string | number>, mint: mintInfo ?? undefined, recordCid, metadataCid };

  // 3. The record, by the CID its on-chain hash gives.
  const readOutcome = readRecord(recordFetched, provenance.recordHash, recordCid);
  const record: ProvenanceRecord | null = readOutcome.record;
  if (record) base.work.record = record;

  // 4. The metadata behind tokenURI (its record cross-checks need the record).
  const metadataCheck = checkMetadata({ fetched: metadataFetched, tokenUri: valueOrThrow(tokenUri), provenance, metadataCid, record });
  const metadata: TokenMetadata | null = metadataCheck.metadata;
  put("metadata", metadataCheck.outcome);
  if (metadata) base.work.metadata = metadata;

  // 5. The image: given, or fetched by the record's (else the metadata's) image CID.
  let imageBytes: Uint8Array | null = null;
  if (givenImage) {
    imageBytes = givenImage;
    put("image-hash", pass(`the image's sha256 ${short(contentHash)} is the content hash of token #${tokenId}`, { contentHash }));
  } else {
    const imageCid = record?.image.cid ?? (metadata ? cidOfTokenUri(metadata.image) : null);
    if (!imageCid) put("image-hash", notCheckable("needs the image's CID from the record or the metadata, and neither could be read"));
    else {
      const image = await fetchChecked(content, imageCid, "image", { checkCid: false });
      if (!image.ok) put("image-hash", { status: image.status, reason: image.reason, details: { imageCid } });
      else {
        const actual = sha256Hex0x(image.bytes);
        if (actual === provenance.contentHash) {
          imageBytes = image.bytes;
          put("image-hash", pass(`the image at ${imageCid} hashes to the content hash of token #${tokenId}`, { imageCid, contentHash }));
        } else {
          put("image-hash", fail(`the image served at ${imageCid} hashes to ${short(actual)}, not token #${tokenId}'s content hash ${short(provenance.contentHash)}`, { imageCid, servedSha256: actual }));
        }
      }
    }
  }

  // 6. Record against the chain and the image.
  put("record", readOutcome.outcome ?? (await checkRecordAgainstChain(record!, provenance, imageBytes ? { bytes: imageBytes } : null, deps.clockSkewSeconds ?? 600, recordCid)));

  // 7. Signatures (carried by the metadata, checked against the chain's fields).
  const [attestor, cardFetched, split] = await Promise.all([
    checkAttestorSignature(metadata, provenance, chain),
    record ? fetchChecked(content, record.model.cardCid, "model card") : Promise.resolve(null),
    record ? checkSplit(record, tokenId, provenance, chain) : Promise.resolve(needsRecord(readOutcome.outcome)),
  ]);
  put("attestor-signature", attestor);
  put("contributor-signature", checkContributorSignature(metadata, provenance));
  put("split", split);

  // 8. Model card.
  let card: ReturnType<typeof checkModelCard> | null = null;
  if (record && cardFetched) {
    card = checkModelCard({ fetched: cardFetched, record, metadata, provenance });
    put("model-card", card.outcome);
  } else put("model-card", needsRecord(readOutcome.outcome));

  // 9. Parents.
  if (record) {
    const parents = await checkParents({
      record,
      tokenId,
      chainId,
      chain,
      walk: context.depthLeft > 0,
      depthLeft: context.depthLeft,
      // checkParents only walks parents minted before this token, so the walk cannot loop.
      verifyParent: (parentId) => verifyAt({ tokenId: parentId }, { ...context, depthLeft: context.depthLeft - 1 }),
    });
    put("parents", parents.outcome);
    if (parents.reports.length > 0) base.work.parents = parents.reports;
  } else put("parents", needsRecord(readOutcome.outcome));

  // 10. Re-run the model (only when asked).
  if (deps.reproduce) {
    if (!record) put("reproduce", needsRecord(readOutcome.outcome));
    else if (!card?.card || !card.signature || card.outcome.status !== "pass") put("reproduce", notCheckable("needs a model card that verifies"));
    else {
      put(
        "reproduce",
        await checkReproduction({
          reproducer: deps.reproduce,
          content,
          record,
          card: card.card,
          cardSignature: card.signature,
          provenance,
          imageBytes,
          tolerance: deps.reproduceTolerance ?? 1,
        }),
      );
    }
  }

  const all = completeSteps(steps, "not reached", reproduceRequested);
  const verdict = verdictOf(all);
  return { ...base, verdict, summary: summaryOf(verdict, tokenId, all), tokenId: tokenId.toString(), contentHash, steps: all };
}

/** The report for an image or content hash that no token has: a near match is an altered copy. */
async function notMinted(
  input: VerifyInput,
  contentHash: string,
  base: Pick<VerificationReport, "chainId" | "artwork" | "similar" | "work">,
  deps: VerifyDependencies,
  reproduceRequested: boolean,
): Promise<VerificationReport> {
  const found: Partial<Record<StepId, VerificationStep>> = {};
  const what = "imageBytes" in input ? "image's sha256" : "content hash";
  found["image-hash"] = makeStep("image-hash", "fail", `no token has this ${what} ${short(contentHash)}`, { contentHash });
  found.token = makeStep("token", "fail", `no token on Artwork ${deps.chain.artworkAddress} has content hash ${short(contentHash)}`, { contentHash });
  const steps = completeSteps(found, "needs a minted token", reproduceRequested);
  const report = (verdict: Verdict, summary: string, extra: Partial<VerificationReport> = {}): VerificationReport => ({
    ...base,
    verdict,
    summary,
    tokenId: null,
    contentHash,
    steps,
    ...extra,
  });
  if (!("imageBytes" in input)) return report("not-found", `No minted work has content hash ${contentHash}.`);
  let hash: string;
  try {
    hash = await perceptualHash(input.imageBytes);
  } catch (error) {
    // Over the decode budget, or no decoder free: the caller's answer is a 422 or a 429, not a report.
    const code = (error as { code?: unknown }).code;
    if (code === "IMAGE_TOO_LARGE" || code === "IMAGE_DECODER_BUSY") throw error;
    return report("not-found", `No minted work has this image (sha256 ${contentHash}); it could not be compared by look: ${(error as Error).message}`);
  }
  if (!deps.similar) return report("not-found", `No minted work has this image (sha256 ${contentHash}); no similarity search was configured.`, { work: { ...base.work } });
  const similar = await deps.similar.findSimilar(hash, { limit: 5, maxDistance: DEFAULT_SIMILARITY_DISTANCE });
  const listed = similar.map((work) => ({ tokenId: work.tokenId.toString(), contentHash: work.contentHash, distance: work.distance }));
  if (listed.length === 0) return report("not-found", `No minted work has this image (sha256 ${contentHash}) or looks like it (perceptual hash ${hash}).`);
  const nearest = listed[0]!;
  return report(
    "altered-copy",
    `Looks like token #${nearest.tokenId} (distance ${nearest.distance}): this copy was altered or re-encoded; it is not the minted image and does not verify.`,
    { similar: listed },
  );
}
