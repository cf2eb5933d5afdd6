import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Wallet } from "ethers";
import { readPrivateFile } from "@/lib/keys/read-private-file";
import { createPrivateFile } from "./create-private-file";
import { KeyError } from "@/lib/errors";

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

/** What {@link loadAttestorKey} returns. */
export interface AttestorKey {
  /** Checksummed address the Artwork contract must authorise as attestor. */
  address: string;
  /** Signs attestations (EIP-712). Not connected to a provider. */
  signer: Wallet;
  /** Where the key came from: the environment, a file found, or a file created now. */
  source: "env" | "file" | "created";
  /** The key file, when the key lives in one. */
  file?: string;
}

/** Path of the attestor key file inside a data directory. */
export function attestorKeyPath(dataDir: string): string {
  return path.join(dataDir, "keys", "attestor.key");
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

/** Reads an existing key file after checking that only its owner can read it. */
function readKeyFile(file: string): Wallet {
  const content = readPrivateFile(file, { label: "Attestor key file", noun: "key" });
  return walletFrom(
    content,
    `Attestor key file ${file}`,
    "restore it from a backup, or move it away to have a new key created (the new address must then be authorised on the Artwork contract)",
  );
}

/** Creates the key file with a fresh random key, or reads the one a racing process wrote. */
function createKeyFile(file: string): { wallet: Wallet; created: boolean } {
  const wallet = new Wallet(`0x${randomBytes(32).toString("hex")}`);
  if (createPrivateFile(file, `${wallet.privateKey}\n`)) return { wallet, created: true };
  return { wallet: readKeyFile(file), created: false };
}

/**
 * The attestor's signing key: the one given (from ATTESTOR_PRIVATE_KEY) when there is one,
 * otherwise the key in `<dataDir>/keys/attestor.key`, created on first start (file mode
 * 0600, directory 0700).
 *
 * Never logs or returns the key in any message; errors name the variable or file and the
 * fix.
 *
 * @throws {KeyError} `KEY_INVALID` when the key (given or in the file) is malformed;
 *   `KEY_FILE_INSECURE` when the file is readable by group or others.
 */
export function loadAttestorKey({ dataDir, privateKey }: LoadAttestorKeyParameters): AttestorKey {
  if (privateKey !== undefined) {
    const signer = walletFrom(
      privateKey.trim(),
      "ATTESTOR_PRIVATE_KEY",
      "fix it or unset it to use the key file in the data directory",
    );
    return { address: signer.address, signer, source: "env" };
  }
  const file = attestorKeyPath(dataDir);
  if (fs.existsSync(file)) {
    const signer = readKeyFile(file);
    return { address: signer.address, signer, source: "file", file };
  }
  const { wallet: signer, created } = createKeyFile(file);
  return { address: signer.address, signer, source: created ? "created" : "file", file };
}
