import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { Wallet } from "ethers";
import { KeyError } from "@/lib/errors";
import { createPrivateFile } from "./create-private-file";
import { readPrivateFile } from "./read-private-file";

// No `import "server-only"`: the start script (tsx) and vitest import it too; see
// attestor-key.ts.

/** Parameters of {@link loadSigningKey}. */
export interface LoadSigningKeyParameters {
  /** The key file, e.g. `<dataDir>/keys/attestor.key`. */
  file: string;
  /** A key from the environment; when given, no file is touched. */
  privateKey?: string;
  /** The environment variable `privateKey` comes from, for messages. */
  variable: string;
  /** How messages name the file, e.g. "Attestor key file". */
  label: string;
  /** What replacing the key entails, said in the "move it away" advice. */
  replaceNote: string;
}

/** What {@link loadSigningKey} returns. */
export interface SigningKey {
  /** Checksummed address of the key. */
  address: string;
  /** Signs (EIP-712). Not connected to a provider. */
  signer: Wallet;
  /** Where the key came from: the environment, a file found, or a file created now. */
  source: "env" | "file" | "created";
  /** The key file, when the key lives in one. */
  file?: string;
}

const KEY_PATTERN = /^0x[0-9a-fA-F]{64}$/;

/** A Wallet for `hex`, or a KeyError that says where the bad key came from (never the key). */
function walletFrom(hex: string, origin: string, fix: string): Wallet {
  if (!KEY_PATTERN.test(hex)) {
    throw new KeyError({
      code: "KEY_INVALID",
      message: `${origin} does not hold a private key (expected 0x followed by 64 hex digits); ${fix}`,
      details: { origin },
    });
  }
  try {
    return new Wallet(hex);
  } catch (cause) {
    // Right shape but outside the curve's range (zero, or not below the group order).
    // The cause is ethers' message, which does not include the key.
    throw new KeyError({
      code: "KEY_INVALID",
      message: `${origin} holds a value that is not a valid secp256k1 private key; ${fix}`,
      details: { origin },
      cause,
    });
  }
}

/**
 * A signing key the operator owns: the one given (from the environment) when there is one,
 * otherwise the key in `file`, created with a fresh random key on first start (file mode
 * 0600, directory 0700; two processes starting at once agree on one key).
 *
 * Never logs or returns the key in any message; errors name the variable or file and the
 * fix.
 *
 * @throws {KeyError} `KEY_INVALID` when the key (given or in the file) is malformed;
 *   `KEY_FILE_INSECURE` when the file is readable by group or others.
 */
export function loadSigningKey({ file, privateKey, variable, label, replaceNote }: LoadSigningKeyParameters): SigningKey {
  if (privateKey !== undefined) {
    const signer = walletFrom(privateKey.trim(), variable, "fix it or unset it to use the key file in the data directory");
    return { address: signer.address, signer, source: "env" };
  }
  const readKeyFile = (): Wallet =>
    walletFrom(
      readPrivateFile(file, { label, noun: "key" }),
      `${label} ${file}`,
      `restore it from a backup, or move it away to have a new key created (${replaceNote})`,
    );
  if (fs.existsSync(file)) {
    const signer = readKeyFile();
    return { address: signer.address, signer, source: "file", file };
  }
  const fresh = new Wallet(`0x${randomBytes(32).toString("hex")}`);
  if (createPrivateFile(file, `${fresh.privateKey}\n`)) return { address: fresh.address, signer: fresh, source: "created", file };
  // Another process created it first: use the winner's key.
  const signer = readKeyFile();
  return { address: signer.address, signer, source: "file", file };
}
