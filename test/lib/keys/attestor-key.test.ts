import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { Wallet } from "ethers";
import { attestorKeyPath, loadAttestorKey } from "@/lib/keys/attestor-key";
import { keyErrorOf, mode } from "./key-file-helpers";

// Each test gets its own data directory, so file state never leaks between tests and the
// repository's .colophon/ is never touched.
let dataDir: string;
let keyFile: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-keys-"));
  keyFile = path.join(dataDir, "keys", "attestor.key");
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("loadAttestorKey", () => {
  test("default: first start creates <dataDir>/keys/attestor.key with mode 0600 in a 0700 directory", () => {
    const key = loadAttestorKey({ dataDir });
    expect(attestorKeyPath(dataDir)).toBe(keyFile);
    expect(key.source).toBe("created");
    expect(key.file).toBe(keyFile);
    expect(mode(keyFile)).toBe(0o600);
    expect(mode(path.dirname(keyFile))).toBe(0o700);
    const content = fs.readFileSync(keyFile, "utf8");
    expect(content).toMatch(/^0x[0-9a-f]{64}\n$/);
    expect(new Wallet(content.trim()).address).toBe(key.address);
    expect(key.signer.address).toBe(key.address);
    // Only the key file is left: the temporary file it was written through is gone.
    expect(fs.readdirSync(path.dirname(keyFile))).toEqual(["attestor.key"]);
  });

  test("behavior: the second call reuses the same key", () => {
    const first = loadAttestorKey({ dataDir });
    const second = loadAttestorKey({ dataDir });
    expect(second.source).toBe("file");
    expect(second.address).toBe(first.address);
  });

  test("behavior: a key file with surrounding whitespace (hand-edited) is read", () => {
    const wallet = Wallet.createRandom();
    fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
    fs.writeFileSync(keyFile, `  ${wallet.privateKey}\r\n\n`, { mode: 0o600 });
    expect(loadAttestorKey({ dataDir }).address).toBe(wallet.address);
  });

  test("behavior: the environment key wins and no file is created", () => {
    const wallet = Wallet.createRandom();
    const key = loadAttestorKey({ dataDir, privateKey: wallet.privateKey });
    expect(key).toMatchObject({ address: wallet.address, source: "env" });
    expect(key.file).toBeUndefined();
    expect(fs.existsSync(path.join(dataDir, "keys"))).toBe(false);
  });

  test("behavior: the environment key wins over an existing key file", () => {
    const fromFile = loadAttestorKey({ dataDir });
    const wallet = Wallet.createRandom();
    const key = loadAttestorKey({ dataDir, privateKey: wallet.privateKey });
    expect(key.address).toBe(wallet.address);
    expect(key.address).not.toBe(fromFile.address);
  });

  test("behavior: a loose keys directory is tightened to 0700 when the key is created", () => {
    fs.mkdirSync(path.dirname(keyFile), { mode: 0o755 });
    fs.chmodSync(path.dirname(keyFile), 0o755);
    loadAttestorKey({ dataDir });
    expect(mode(path.dirname(keyFile))).toBe(0o700);
  });

  test.each([0o644, 0o640, 0o604, 0o660])(
    "error: a key file with mode %o is refused, naming the file and chmod 600",
    (bad) => {
      loadAttestorKey({ dataDir });
      fs.chmodSync(keyFile, bad);
      const error = keyErrorOf(() => loadAttestorKey({ dataDir }));
      const shown = bad.toString(8).padStart(4, "0");
      expect(error.code).toBe("KEY_FILE_INSECURE");
      expect(error.message).toBe(
        `Attestor key file ${keyFile} is accessible to group or others (mode ${shown}); run \`chmod 600 ${keyFile}\` and restart`,
      );
      expect(error.details).toEqual({ file: keyFile, mode: shown });
    },
  );

  test("error: a key file that is not a key is refused without echoing its content", () => {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
    fs.writeFileSync(keyFile, "not-a-key-SECRETISH\n", { mode: 0o600 });
    const error = keyErrorOf(() => loadAttestorKey({ dataDir }));
    expect(error.code).toBe("KEY_INVALID");
    expect(error.message).toBe(
      `Attestor key file ${keyFile} does not hold a private key (expected 0x followed by 64 hex digits); restore it from a backup, or move it away to have a new key created (the new address must then be authorised on the Artwork contract)`,
    );
    expect(error.message).not.toContain("SECRETISH");
  });

  test("error: a key file holding zero (well-formed but not a valid key) is refused", () => {
    fs.mkdirSync(path.dirname(keyFile), { recursive: true, mode: 0o700 });
    fs.writeFileSync(keyFile, `0x${"0".repeat(64)}\n`, { mode: 0o600 });
    const error = keyErrorOf(() => loadAttestorKey({ dataDir }));
    expect(error.code).toBe("KEY_INVALID");
    expect(error.message).toBe(
      `Attestor key file ${keyFile} holds a value that is not a valid secp256k1 private key; restore it from a backup, or move it away to have a new key created (the new address must then be authorised on the Artwork contract)`,
    );
  });

  test("error: a key path that is a directory is refused", () => {
    fs.mkdirSync(keyFile, { recursive: true });
    const error = keyErrorOf(() => loadAttestorKey({ dataDir }));
    expect(error.code).toBe("KEY_INVALID");
    expect(error.message).toBe(
      `Attestor key file ${keyFile} is not a regular file; remove it to have a new key created`,
    );
  });

  test("error: a malformed environment key names ATTESTOR_PRIVATE_KEY and never the value", () => {
    const bad = `0x${"g".repeat(64)}`;
    const error = keyErrorOf(() => loadAttestorKey({ dataDir, privateKey: bad }));
    expect(error.code).toBe("KEY_INVALID");
    expect(error.message).toBe(
      "ATTESTOR_PRIVATE_KEY does not hold a private key (expected 0x followed by 64 hex digits); fix it or unset it to use the key file in the data directory",
    );
    expect(fs.existsSync(path.join(dataDir, "keys"))).toBe(false);
  });
});
