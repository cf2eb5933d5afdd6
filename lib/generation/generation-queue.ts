import type { GenerationFacts } from "@/inference/generate-image";
import type { GenerationRequest } from "./generation-request";

/** Which implementation runs the jobs. */
export type GenerationQueueKind = "in-process" | "bullmq";

/** Admission limits of a queue. */
export interface GenerationLimits {
  /** Jobs waiting or running, all users together; a job beyond it is QUEUE_FULL (503). */
  maxDepth: number;
  /** Jobs one requester may submit per minute; beyond it RATE_LIMITED (429). */
  perRequesterPerMinute: number;
  /**
   * Jobs one network address (lib/http/client-ip.ts) may submit per minute, all its accounts
   * together, so new wallets are not free; beyond it RATE_LIMITED (429). Higher than the
   * per-account limit: several people may share an address.
   */
  perIpPerMinute: number;
  /**
   * Fair share, as a fraction of maxDepth: once the queue is at least half full, one account
   * or one address may hold at most max(1, floor(maxDepth * fairShare)) jobs waiting or
   * running; beyond it RATE_LIMITED (429).
   */
  fairShare: number;
}

/** Defaults of {@link GenerationLimits}. */
export const DEFAULT_GENERATION_LIMITS: GenerationLimits = { maxDepth: 32, perRequesterPerMinute: 10, perIpPerMinute: 30, fairShare: 0.25 };

/**
 * What a runner needs to fetch and check a model by itself (a worker on another host has no
 * database, only the content store): the Model row's file and signed card.
 */
export interface GenerationModelRef {
  /** Model id: the database id, and the id in the inference registry. */
  id: string;
  /** sha256 of the .onnx file, 0x-prefixed. */
  sha256: string;
  fileCid: string;
  cardCid: string;
  cardSignature: string;
  /** Built-in models are in every runner's registry already. */
  builtIn: boolean;
}

/** One job as queued: the persisted GenerationJob's id, its model and the request. */
export interface GenerationPayload {
  jobId: string;
  model: GenerationModelRef;
  request: GenerationRequest;
}

/** One generated variation. */
export interface GenerationResult {
  /** CID of the PNG in the content store. */
  cid: string;
  /** sha256 of the PNG bytes, 0x-prefixed. */
  sha256: string;
  /** PNG size in bytes. */
  size: number;
  width: number;
  height: number;
  /** The request seed of this variation (seed + index); `facts.seed` is the 32-bit model seed. */
  seed: number;
  /**
   * How it was made: model hash, ONNX Runtime version, execution provider, 32-bit model seed,
   * params with defaults, latent... as inference/ reports them, except that each latent
   * value is written as the shortest decimal (at most 9 digits) that Math.fround turns back
   * into the exact float32 the model was fed.
   */
  facts: GenerationFacts;
}

/** A change in a job, as the events route streams it. */
export type GenerationJobUpdate =
  | { type: "progress"; progress: number }
  | { type: "result"; results: GenerationResult[] }
  | { type: "error"; message: string };

/** Listener of {@link GenerationQueue.subscribe}. */
export type GenerationJobListener = (update: GenerationJobUpdate) => void;

/**
 * The generation job queue. Two implementations: in-process (the embedded default; jobs run
 * in this process, one at a time) and BullMQ on Redis (web servers enqueue, `npm run worker`
 * processes run them). Either way the job's state is persisted in GenerationJob as it
 * changes, so a web restart loses neither progress nor results, and `subscribe` delivers
 * updates as they happen.
 */
export interface GenerationQueue {
  readonly kind: GenerationQueueKind;
  readonly limits: GenerationLimits;
  /** Jobs waiting or running now (all requesters). */
  depth(): Promise<number>;
  /**
   * Queues a job already stored as QUEUED in GenerationJob.
   *
   * @throws GenerationError QUEUE_FULL (with `retryAfterSeconds`) when `maxDepth` jobs wait or run.
   */
  enqueue(payload: GenerationPayload): Promise<void>;
  /** Calls `listener` with each update of the job; returns the function that stops it. */
  subscribe(jobId: string, listener: GenerationJobListener): () => void;
  /** Stops taking jobs, lets a running in-process job finish, and closes connections. */
  close(): Promise<void>;
}
