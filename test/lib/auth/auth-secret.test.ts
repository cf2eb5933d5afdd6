import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { authSecretPath, loadAuthSecret } from "@/lib/auth/auth-secret";
import { keyErrorOf, mode } from "../keys/key-file-helpers";

// Each test gets its own data directory, so file state never leaks between tests and the
// repository's .colophon/ is never touched.
let dataDir: string;
let secretFile: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-auth-secret-"));
  secretFile = path.join(dataDir, "keys", "auth.secret");
});

afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("loadAuthSecret", () => {
  test("default: first use creates <dataDir>/keys/auth.secret, 256 random bits, mode 0600 in a 0700 directory", () => {
    const loaded = loadAuthSecret({ dataDir });
    expect(authSecretPath(dataDir)).toBe(secretFile);
    expect(loaded.source).toBe("created");
    expect(loaded.file).toBe(secretFile);
    expect(loaded.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.readFileSync(secretFile, "utf8")).toBe(`${loaded.secret}\n`);
    expect(mode(secretFile)).toBe(0o600);
    expect(mode(path.dirname(secretFile))).toBe(0o700);
    // Only the secret file is left: the temporary file it was written through is gone.
    expect(fs.readdirSync(path.dirname(secretFile))).toEqual(["auth.secret"]);
  });

  test("behavior: later calls read the same secret, so sessions survive a restart", () => {
    const first = loadAuthSecret({ dataDir });
    const second = loadAuthSecret({ dataDir });
    expect(second).toEqual({ secret: first.secret, source: "file", file: secretFile });
  });

  test("behavior: two data directories get different secrets", () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-auth-secret-"));
    try {
      expect(loadAuthSecret({ dataDir }).secret).not.toBe(loadAuthSecret({ dataDir: other }).secret);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  test("behavior: a secret from the environment is used as given and no file is created", () => {
    const secret = "from-the-environment-0123456789abcdef";
    expect(loadAuthSecret({ dataDir, secret })).toEqual({ secret, source: "env" });
    expect(fs.existsSync(path.join(dataDir, "keys"))).toBe(false);
  });

  test("behavior: the secret is never written to the console", () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => vi.spyOn(console, m));
    loadAuthSecret({ dataDir });
    loadAuthSecret({ dataDir });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  test("error: a secret file readable by group or others is refused with KEY_FILE_INSECURE and the fix", () => {
    loadAuthSecret({ dataDir });
    fs.chmodSync(secretFile, 0o644);
    const error = keyErrorOf(() => loadAuthSecret({ dataDir }));
    expect(error.code).toBe("KEY_FILE_INSECURE");
    expect(error.message).toBe(
      `Session secret file ${secretFile} is accessible to group or others (mode 0644); run \`chmod 600 ${secretFile}\` and restart`,
    );
    expect(error.details).toEqual({ file: secretFile, mode: "0644" });
  });

  test("error: a group-readable-only file (0640) is refused too", () => {
    loadAuthSecret({ dataDir });
    fs.chmodSync(secretFile, 0o640);
    expect(keyErrorOf(() => loadAuthSecret({ dataDir })).code).toBe("KEY_FILE_INSECURE");
  });

  test("error: a file with too short a secret is refused with KEY_INVALID, never echoing it", () => {
    fs.mkdirSync(path.dirname(secretFile), { recursive: true, mode: 0o700 });
    fs.writeFileSync(secretFile, "short-secret\n", { mode: 0o600 });
    const error = keyErrorOf(() => loadAuthSecret({ dataDir }));
    expect(error.code).toBe("KEY_INVALID");
    expect(error.message).toBe(
      `Session secret file ${secretFile} holds 12 characters, fewer than 32; remove it to have a new secret created (everyone is then signed out)`,
    );
    expect(error.message).not.toContain("short-secret");
  });

  test("error: a directory where the file should be is refused with KEY_INVALID", () => {
    fs.mkdirSync(secretFile, { recursive: true });
    const error = keyErrorOf(() => loadAuthSecret({ dataDir }));
    expect(error.code).toBe("KEY_INVALID");
    expect(error.message).toBe(
      `Session secret file ${secretFile} is not a regular file; remove it to have a new secret created`,
    );
  });
});
