import { BaseError, type BaseErrorParameters } from "../errors/base-error";
import type { ErrorCode } from "../errors/error-codes";

/**
 * Codes of the chain domain (local node, journal, deployments), with what each means.
 * Their HTTP statuses live with every other code in lib/errors/error-codes.ts.
 */
const CHAIN_ERROR_CODES = {
  PORT_IN_USE: "The JSON-RPC port is taken by another process.",
  NON_LOOPBACK_HOST: "A host other than a loopback address was asked for: the dev keys are public.",
  DATA_DIR_LOCKED: "Another live process serves the same chain data directory.",
  JOURNAL_CORRUPT: "A journal line before the last one cannot be read: not a torn write, real damage.",
  JOURNAL_INCOMPATIBLE: "The journal was written for another chain id.",
  REPLAY_DIVERGED: "Replaying the journal produced a different block, transaction or result.",
  JOURNAL_WRITE_FAILED: "Appending to the journal failed; the node refuses requests until restarted.",
  CHAIN_NODE_FAILED: "The child chain node exited or never printed its ready line.",
  DEPLOYMENT_NOT_FOUND: "There is no deployments/<chainId>.json.",
  DEPLOYMENT_INVALID: "deployments/<chainId>.json exists but does not match the schema.",
  ARTIFACT_NOT_FOUND: "A contract artifact is missing or lacks its ABI or bytecode.",
  DEPLOYMENT_FAILED: "A deploy or authorisation transaction failed.",
} as const satisfies Partial<Record<ErrorCode, string>>;

export type ChainErrorCode = keyof typeof CHAIN_ERROR_CODES;

/** True for a chain code; used to carry a code across a process boundary. */
export function isChainErrorCode(code: string): code is ChainErrorCode {
  return Object.hasOwn(CHAIN_ERROR_CODES, code);
}

/**
 * A failure of the chain domain. Messages name the port, file or address involved and the
 * fix; they never contain key material.
 */
export class ChainError extends BaseError<ChainErrorCode> {
  override name = "ChainError";

  constructor(parameters: BaseErrorParameters<ChainErrorCode>) {
    super(parameters);
  }
}
