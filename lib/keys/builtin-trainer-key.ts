import path from "node:path";
import { getAddress } from "ethers";
import { loadSigningKey, type SigningKey } from "./load-signing-key";

// No `import "server-only"`: the start script and the worker (tsx) and vitest import it
// too. The web app reaches it only through lib/runtime, which carries the marker.

/** Parameters of {@link loadBuiltinTrainerKey}. */
export interface LoadBuiltinTrainerKeyParameters {
  /** The data directory; the key file is `<dataDir>/keys/builtin-trainer.key`. */
  dataDir: string;
  /** A key from the environment (BUILTIN_TRAINER_PRIVATE_KEY); when given, no file is touched. */
  privateKey?: string;
  /** Where the built-in models' trainer share is paid (BUILTIN_TRAINER_PAYOUT_ADDRESS); default the key's address. */
  payoutAddress?: string;
}

/** What {@link loadBuiltinTrainerKey} returns. */
export interface BuiltinTrainerKey extends SigningKey {
  /** Checksummed account the mint page proposes for the built-in models' trainer share. */
  payoutAddress: string;
}

/** Path of the built-in models' trainer key file inside a data directory. */
export function builtinTrainerKeyPath(dataDir: string): string {
  return path.join(dataDir, "keys", "builtin-trainer.key");
}

/**
 * The key that signs the built-in models' cards, which the operator owns: the one given
 * (BUILTIN_TRAINER_PRIVATE_KEY) when there is one, otherwise the key in
 * `<dataDir>/keys/builtin-trainer.key`, created on first start like the attestor key (file
 * mode 0600, directory 0700). With the address their trainer share is paid to.
 *
 * @throws {KeyError} `KEY_INVALID` when the key is malformed; `KEY_FILE_INSECURE` when the
 *   file is readable by group or others.
 */
export function loadBuiltinTrainerKey({ dataDir, privateKey, payoutAddress }: LoadBuiltinTrainerKeyParameters): BuiltinTrainerKey {
  const key = loadSigningKey({
    file: builtinTrainerKeyPath(dataDir),
    privateKey,
    variable: "BUILTIN_TRAINER_PRIVATE_KEY",
    label: "Built-in models' trainer key file",
    replaceNote: "the built-in models are then signed again by the new key, and their share proposed to it",
  });
  return { ...key, payoutAddress: getAddress(payoutAddress ?? key.address) };
}
