import path from "node:path";
import { loadSigningKey, type SigningKey } from "./load-signing-key";

// No `import "server-only"` here although this file handles a private key: the start
// script (tsx) and vitest import it too, and the "server-only" package throws outside a
// React Server Components bundle. It is still reached from the web app only through
// lib/runtime, which does carry the marker.

/** Parameters of {@link loadAttestorKey}. */
export interface LoadAttestorKeyParameters {
  /** The data directory; the key file is `<dataDir>/keys/attestor.key`. */
  dataDir: string;
  /** A key from the environment (ATTESTOR_PRIVATE_KEY); when given, no file is touched. */
  privateKey?: string;
}

/** What {@link loadAttestorKey} returns; `address` is the one the Artwork contract must authorise. */
export type AttestorKey = SigningKey;

/** Path of the attestor key file inside a data directory. */
export function attestorKeyPath(dataDir: string): string {
  return path.join(dataDir, "keys", "attestor.key");
}

/**
 * The attestor's signing key: the one given (from ATTESTOR_PRIVATE_KEY) when there is one,
 * otherwise the key in `<dataDir>/keys/attestor.key`, created on first start (file mode
 * 0600, directory 0700). See {@link loadSigningKey}.
 *
 * @throws {KeyError} `KEY_INVALID` when the key (given or in the file) is malformed;
 *   `KEY_FILE_INSECURE` when the file is readable by group or others.
 */
export function loadAttestorKey({ dataDir, privateKey }: LoadAttestorKeyParameters): AttestorKey {
  return loadSigningKey({
    file: attestorKeyPath(dataDir),
    privateKey,
    variable: "ATTESTOR_PRIVATE_KEY",
    label: "Attestor key file",
    replaceNote: "the new address must then be authorised on the Artwork contract",
  });
}
