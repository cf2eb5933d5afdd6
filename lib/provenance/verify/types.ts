import type { ModelCard } from "../../../inference/model-card";
import type { Share } from "../../contracts/mint-request";
import type { TokenMetadata } from "../metadata-schema";
import type { ProvenanceRecord } from "../record-schema";

/** A token's provenance as Artwork.provenanceOf returns it (hashes lower-case, addresses checksummed). */
export interface OnChainProvenance {
  contentHash: string;
  recordHash: string;
  modelHash: string;
  metadataDigest: string;
  contributor: string;
  /** Unix seconds. */
  mintedAt: bigint;
  royaltyBps: number;
  trainer: string;
  splitter: string;
}

/** Where a token's ArtworkMinted event is. */
export interface MintInfo {
  blockNumber: number;
  /** Unix seconds of the block. */
  timestamp: number;
  txHash: string;
}

/** One ArtworkMinted event, for scans. */
export interface MintedWork {
  tokenId: bigint;
  contentHash: string;
  recordHash: string;
  metadataDigest: string;
  blockNumber: number;
  txHash: string;
}

/**
 * The reads verification needs from the chain: the Artwork contract's views and its
 * ArtworkMinted events. Nothing else (no database, no API): the CLI and the server both
 * pass {@link createEthersChainReader} over their own RPC provider.
 */
export interface ChainReader {
  /** The Artwork contract's address (checksummed). */
  readonly artworkAddress: string;
  chainId(): Promise<bigint>;
  /** Provenance fixed at mint, or null when the token does not exist. */
  provenanceOf(tokenId: bigint): Promise<OnChainProvenance | null>;
  /** Token id of an image hash, 0n when none. */
  tokenByContentHash(contentHash: string): Promise<bigint>;
  sharesOf(tokenId: bigint): Promise<Share[]>;
  royaltyInfo(tokenId: bigint, salePrice: bigint): Promise<{ receiver: string; amount: bigint }>;
  /** The splitter address the contract derives for a split set (reverts, hence throws, on an invalid set). */
  splitterFor(shares: readonly Share[]): Promise<string>;
  tokenURI(tokenId: bigint): Promise<string>;
  isAttestor(account: string): Promise<boolean>;
  /** Current owner, or null when the token does not exist. */
  ownerOf(tokenId: bigint): Promise<string | null>;
  /** Block, time and transaction of the token's ArtworkMinted event, or null if no log is found. */
  mintInfo(tokenId: bigint): Promise<MintInfo | null>;
  /** ArtworkMinted events, oldest first (for similarity scans). */
  mintedWorks(): Promise<MintedWork[]>;
}

/**
 * Content by CID. Implementations should check the bytes against the CID (the gateway
 * fetcher always does); verification re-checks what it relies on anyway, so a fetcher that
 * returns wrong bytes makes a step fail, never pass.
 *
 * Throws ContentMismatchError when bytes came back that do not match the CID, and
 * ContentUnavailableError when none could be had (not found, unreachable, too large).
 */
export interface ContentFetcher {
  get(cid: string): Promise<Uint8Array>;
}

/** What a re-run of the model produced. */
export interface ReproducedImage {
  png: Uint8Array;
  /** sha256 of `png`, 0x-hex. */
  sha256: string;
  /** Provider the re-run used ("cpu", "cuda", "webgpu"). */
  executionProvider: string;
  onnxruntime: string;
}

/** What a reproducer is given: the verified record, model file and source images. */
export interface ReproduceRequest {
  record: ProvenanceRecord;
  modelBytes: Uint8Array;
  /** The model card (needed to register the file with the inference module). */
  card: ModelCard;
  cardSignature: string;
  sourceImages: Uint8Array[];
}

/** Runs a recorded generation again (inference/ on this machine). */
export interface Reproducer {
  reproduce(request: ReproduceRequest): Promise<ReproducedImage>;
}

/** A minted work that looks like a given image. */
export interface SimilarWork {
  tokenId: bigint;
  contentHash: string;
  /** Hamming distance between perceptual hashes (0..64). */
  distance: number;
}

/** Finds minted works whose images look like an image (by perceptual hash). */
export interface SimilarFinder {
  /** The nearest works first, at most `limit`, each within `maxDistance`. */
  findSimilar(perceptualHash: string, options: { limit: number; maxDistance: number }): Promise<SimilarWork[]>;
}

/** What to verify: an image file, a token id or a content hash. */
export type VerifyInput = { imageBytes: Uint8Array } | { tokenId: bigint } | { contentHash: string };

/** What verification reads through. */
export interface VerifyDependencies {
  chain: ChainReader;
  content: ContentFetcher;
  /** Given: the generation is re-run and compared (the `reproduce` step becomes required). */
  reproduce?: Reproducer;
  /** Given: an image that matches no token is compared with minted works. */
  similar?: SimilarFinder;
  /** How many generations of parents to walk (default 3); deeper ones are checked on-chain only. */
  maxParentDepth?: number;
  /** Mean absolute difference per channel (0..255) accepted when re-running on another provider. Default 1. */
  reproduceTolerance?: number;
  /** Allowed lead of record.createdAt over the mint block time, in seconds (clock skew). Default 600. */
  clockSkewSeconds?: number;
}

/** Ids of the verification steps, in report order. */
export const STEP_IDS = [
  "image-hash",
  "token",
  "record",
  "metadata",
  "attestor-signature",
  "contributor-signature",
  "model-card",
  "parents",
  "split",
  "reproduce",
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Titles shown beside each step. */
export const STEP_TITLES: Record<StepId, string> = {
  "image-hash": "Image hash matches the token",
  token: "Token exists on-chain",
  record: "Provenance record matches the on-chain record hash",
  metadata: "Token metadata matches the on-chain digest",
  "attestor-signature": "Attestor signed the record and is authorised",
  "contributor-signature": "Contributor co-signed the record",
  "model-card": "Model card is signed by the trainer and names the model",
  parents: "Parent works verify",
  split: "Royalty split matches the chain",
  reproduce: "Re-running the model gives the same image",
};

export type StepStatus = "pass" | "fail" | "not-checkable";

/** One step of a verification report. */
export interface VerificationStep {
  id: StepId;
  title: string;
  status: StepStatus;
  /** One sentence: why it passed, failed or could not be checked. */
  reason: string;
  /** Whether the verdict needs this step to pass. */
  required: boolean;
  /** Facts behind the reason (hashes, addresses, CIDs); JSON-safe (bigints as strings). */
  details: Record<string, unknown>;
}

/**
 * - pass: every required step passed.
 * - fail: a step failed.
 * - incomplete: nothing failed, but a required step could not be checked (content missing...).
 * - altered-copy: the image matches no token but looks like a minted work.
 * - not-found: the image, token or content hash matches no token and nothing looks like it.
 */
export type Verdict = "pass" | "fail" | "incomplete" | "altered-copy" | "not-found";

/** The result of {@link verifyWork}: JSON-safe (bigints as decimal strings). */
export interface VerificationReport {
  verdict: Verdict;
  /** One line for people. */
  summary: string;
  chainId: string;
  artwork: string;
  tokenId: string | null;
  contentHash: string | null;
  steps: VerificationStep[];
  /** When the image matched no token: the nearest minted works. */
  similar: { tokenId: string; contentHash: string; distance: number }[];
  /** What was read, for display (absent parts could not be read or trusted). */
  work: {
    owner?: string;
    provenance?: Record<string, string | number>;
    mint?: MintInfo;
    record?: ProvenanceRecord;
    recordCid?: string;
    metadata?: TokenMetadata;
    metadataCid?: string;
    /** Parent reports, one per parent, when walked. */
    parents?: VerificationReport[];
  };
}
