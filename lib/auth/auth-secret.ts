import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { KeyError } from "@/lib/errors";
import { readPrivateFile } from "@/lib/keys/read-private-file";
import { createPrivateFile } from "@/lib/keys/create-private-file";

// No `import "server-only"` although this file handles a secret: vitest imports it (through
// requireSignedIn), and the "server-only" package throws outside a React Server Components
// bundle. Nothing under app/components imports it.

/** Parameters of {@link loadAuthSecret}. */
export interface LoadAuthSecretParameters {
  /** The data directory; the secret file is `<dataDir>/keys/auth.secret`. */
  dataDir: string;
  /** A secret from the environment (AUTH_SECRET or NEXTAUTH_SECRET); when given, no file is touched. */
  secret?: string;
}

/** What {@link loadAuthSecret} returns. */
export interface AuthSecret {
  /** Key material for next-auth's session JWTs (encrypted with a key derived from it). */
  secret: string;
  /** Where it came from: the environment, a file found, or a file created now. */
  source: "env" | "file" | "created";
  /** The secret file, when the secret lives in one. */
  file?: string;
}

/** Shortest secret accepted from a file; the env module demands the same of AUTH_SECRET. */
const MIN_SECRET_LENGTH = 32;

/** Path of the session secret file inside a data directory. */
export function authSecretPath(dataDir: string): string {
  return path.join(dataDir, "keys", "auth.secret");
}

/** Reads an existing secret file after checking that only its owner can read it. */
function readSecretFile(file: string): string {
  const secret = readPrivateFile(file, { label: "Session secret file", noun: "secret" });
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new KeyError({
      code: "KEY_INVALID",
      message:
        `Session secret file ${file} holds ${secret.length} characters, fewer than ${MIN_SECRET_LENGTH}; ` +
        "remove it to have a new secret created (everyone is then signed out)",
      details: { file, length: secret.length },
    });
  }
  return secret;
}

/** Creates the secret file with a fresh secret, or reads the one a racing process wrote. */
function createSecretFile(file: string): { secret: string; created: boolean } {
  // 32 random bytes (256 bits) as base64url: 43 characters, no padding, safe in any file.
  const secret = randomBytes(32).toString("base64url");
  if (createPrivateFile(file, `${secret}\n`)) return { secret, created: true };
  return { secret: readSecretFile(file), created: false };
}

/**
 * The secret that encrypts session cookies: the one given (AUTH_SECRET, or its older name
 * NEXTAUTH_SECRET) when there is one, otherwise the one in `<dataDir>/keys/auth.secret`,
 * created on first use (file mode 0600, directory 0700). Keeping it in a file means
 * sessions survive a restart without any setting.
 *
 * Never logs or returns the secret in any message; errors name the file and the fix.
 *
 * @throws {KeyError} `KEY_FILE_INSECURE` when the file is readable by group or others;
 *   `KEY_INVALID` when it is not a regular file or holds too short a secret.
 */
export function loadAuthSecret({ dataDir, secret }: LoadAuthSecretParameters): AuthSecret {
  // The env module has already checked the length of a secret from the environment.
  if (secret !== undefined) return { secret, source: "env" };
  const file = authSecretPath(dataDir);
  if (fs.existsSync(file)) return { secret: readSecretFile(file), source: "file", file };
  const { secret: created, created: isNew } = createSecretFile(file);
  return { secret: created, source: isNew ? "created" : "file", file };
}
