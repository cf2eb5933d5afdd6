/**
 * Every failure of the inference module with a stable code.
 *
 * `inference/` is a leaf (a GPU worker or the CLI loads it alone), so it cannot extend the
 * server's `BaseError` in `lib/errors/`. This class carries the same shape (code, short
 * message, details, cause) so the server can map it in its one code-to-status table.
 *
 * Which side is at fault, for that table: codes marked "caller" are 4xx (the uploaded file
 * or the request can be fixed), codes marked "server" are 5xx.
 */
export type InferenceErrorCode =
  /** caller: the bytes are not an ONNX ModelProto (not protobuf, truncated, or no graph). */
  | "NOT_ONNX"
  /** caller: the file is larger than the size limit. */
  | "FILE_TOO_LARGE"
  /** caller: the graph's inputs/outputs match no supported kind; details has found vs expected. */
  | "UNSUPPORTED_SIGNATURE"
  /** caller: a declared dimension, initializer or requested image size exceeds a limit. */
  | "DIMENSIONS_TOO_LARGE"
  /** caller: the model references tensors in external files (only self-contained models). */
  | "EXTERNAL_DATA_NOT_ALLOWED"
  /** caller: the graph uses an operator we refuse (control flow, custom domains). */
  | "UNSUPPORTED_OPERATOR"
  /** caller: ONNX Runtime refused to load the model; details has its message. */
  | "LOAD_FAILED"
  /** caller: the model loaded, but a probe run failed or returned the wrong shape. */
  | "PROBE_FAILED"
  /** caller: a generation request is invalid (prompt, seed, size, params, source image). */
  | "INPUT_INVALID"
  /** caller: an image's header claims more pixels or pixel bytes than the decode budget; details has both. */
  | "IMAGE_TOO_LARGE"
  /** caller: every image decoder is busy and the wait queue is full; details.retryAfterSeconds says when to retry. */
  | "IMAGE_DECODER_BUSY"
  /** caller: no model with that id is registered. */
  | "MODEL_NOT_FOUND"
  /** caller: a manifest or model card does not match its schema. */
  | "MANIFEST_INVALID"
  /** caller: the model card's signature does not recover the card's trainer address. */
  | "CARD_SIGNATURE_INVALID"
  /** caller: the model file's sha256 differs from the one its manifest (or card) names. */
  | "MODEL_HASH_MISMATCH"
  /** server: a strictly requested execution provider could not be initialised. */
  | "PROVIDER_UNAVAILABLE"
  /** server: ONNX Runtime failed while running a model that had loaded. */
  | "INFERENCE_FAILED"
  /**
   * caller: a model run in the sandbox went over its memory, time or CPU limit, or crashed
   * its worker; details.limit says which ("memory", "time", "cpu", "crash") with the value.
   */
  | "MODEL_RESOURCE_LIMIT"
  /**
   * server: models that are not built in run only in the isolated sandbox, and it cannot
   * start on this host; details.missing and details.fix say what to install.
   */
  | "SANDBOX_UNAVAILABLE"
  /** server: code asked the in-process session pool for a model that is not built in. */
  | "UNTRUSTED_MODEL_IN_PROCESS";

/** Parameters of {@link InferenceError}. */
export interface InferenceErrorParameters {
  /** Values that explain the failure (sizes, limits, shapes); never secrets. */
  details?: Record<string, unknown>;
  /** The lower-level error (an ONNX Runtime or protobuf exception). */
  cause?: unknown;
}

/** An error raised on purpose by the inference module. */
export class InferenceError extends Error {
  override name = "InferenceError";
  readonly code: InferenceErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: InferenceErrorCode, message: string, parameters: InferenceErrorParameters = {}) {
    super(message, parameters.cause === undefined ? undefined : { cause: parameters.cause });
    this.code = code;
    this.details = parameters.details ?? {};
  }
}

/** Narrows an unknown error to an {@link InferenceError}, optionally with a given code. */
export function isInferenceError(error: unknown, code?: InferenceErrorCode): error is InferenceError {
  return error instanceof InferenceError && (code === undefined || error.code === code);
}

/** The message of an unknown thrown value, on one line. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}
