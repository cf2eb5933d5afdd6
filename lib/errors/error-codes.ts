/**
 * Every error code the server can produce, with the HTTP status it maps to. This table is
 * the one place where codes meet statuses: route handlers and domain code never pick a
 * status themselves. A domain that adds a code adds it here.
 *
 * A code names what went wrong in words a caller can branch on; the status says whose
 * fault it is (4xx: the request, 5xx: us or a part we depend on).
 */
export const ERROR_STATUS = {
  // Input: the caller can fix the request.
  INPUT_INVALID: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  // Provenance flow (lib/provenance/server): a body over the size limit, a body of a type
  // the route does not take, a signature or mint transaction that does not check out.
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  // HTTP edge (lib/http): a method the route does not answer (e.g. GET on a POST-only callback).
  METHOD_NOT_ALLOWED: 405,
  // The web server's admission queue is full (scripts/web-server.ts): come back after Retry-After.
  SERVER_BUSY: 429,
  SIGNATURE_INVALID: 422,
  MINT_MISMATCH: 422,

  // Configuration and keys: an operator has to fix a setting or a file.
  CONFIG_INVALID: 500,
  KEY_INVALID: 500,
  KEY_FILE_INSECURE: 500,

  // A part we depend on is down, not ready or too slow: retrying later may work.
  DATABASE_UNAVAILABLE: 503,
  CHAIN_UNAVAILABLE: 503,
  STORAGE_UNAVAILABLE: 503,
  INFERENCE_UNAVAILABLE: 503,
  TIMEOUT: 504,
  // Stored content whose blocks do not match their hashes: the gateway refuses to serve it.
  CONTENT_CORRUPT: 502,

  // Database domain (lib/db): a locked embedded database is busy (retry once the other
  // process stops); broken migrations need an operator.
  DATABASE_LOCKED: 503,
  MIGRATION_FAILED: 500,
  MIGRATION_FAILED_EARLIER: 500,
  MIGRATIONS_INVALID: 500,

  // Chain domain (lib/chain): local node, journal and deployments. All are operator
  // problems seen at start-up; a request that meets one gets a 503 (not ready) or 500.
  PORT_IN_USE: 500,
  NON_LOOPBACK_HOST: 500,
  DATA_DIR_LOCKED: 500,
  JOURNAL_CORRUPT: 500,
  JOURNAL_INCOMPATIBLE: 500,
  REPLAY_DIVERGED: 500,
  JOURNAL_WRITE_FAILED: 503,
  CHAIN_NODE_FAILED: 503,
  DEPLOYMENT_NOT_FOUND: 503,
  DEPLOYMENT_INVALID: 500,
  ARTIFACT_NOT_FOUND: 500,
  DEPLOYMENT_FAILED: 500,

  // Generation domain (lib/generation, with the codes of inference/inference-error.ts): a
  // model file or a generation request the caller can fix is a 4xx, an inference fault of
  // ours a 5xx; a full queue and the rate limit come with Retry-After.
  FILE_TOO_LARGE: 413,
  NOT_ONNX: 422,
  EXTERNAL_DATA_NOT_ALLOWED: 422,
  DIMENSIONS_TOO_LARGE: 422,
  // Images (inference/images): a header over the pixel budget; every decoder busy (Retry-After).
  IMAGE_TOO_LARGE: 422,
  IMAGE_DECODER_BUSY: 429,
  UNSUPPORTED_OPERATOR: 422,
  UNSUPPORTED_SIGNATURE: 422,
  LOAD_FAILED: 422,
  PROBE_FAILED: 422,
  MANIFEST_INVALID: 400,
  CARD_SIGNATURE_INVALID: 422,
  MODEL_HASH_MISMATCH: 422,
  MODEL_NOT_FOUND: 404,
  RATE_LIMITED: 429,
  QUEUE_FULL: 503,
  PROVIDER_UNAVAILABLE: 503,
  INFERENCE_FAILED: 500,
  // Model sandbox (inference/sandbox): a stranger's model over the sandbox's memory or time
  // limit is the model's fault; a host without bubblewrap/prlimit refuses such models (503);
  // asking the in-process pool for a model that is not built in is a bug of ours.
  MODEL_RESOURCE_LIMIT: 422,
  SANDBOX_UNAVAILABLE: 503,
  UNTRUSTED_MODEL_IN_PROCESS: 500,

  // Anything we did not anticipate; its details are logged, never sent.
  INTERNAL: 500,
} as const satisfies Record<string, number>;

/** A known error code. */
export type ErrorCode = keyof typeof ERROR_STATUS;
