import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { Wallet } from "ethers";
import { loadAttestorKey } from "@/lib/keys/attestor-key";
import { builtinTrainerKeyPath, loadBuiltinTrainerKey } from "@/lib/keys/builtin-trainer-key";
import { checkOperatorAccounts } from "@/lib/keys/check-operator-accounts";
import { DEV_ACCOUNT_ADDRESSES } from "@/lib/chain/dev-accounts";
import { LOCAL_CHAIN_ID } from "@/lib/chain/local-chain-constants";
import { ConfigError } from "@/lib/errors";
import { keyErrorOf, mode } from "./key-file-helpers";

let dataDir: string;
let keyFile: string;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-keys-"));
  keyFile = builtinTrainerKeyPath(dataDir);
});

afterEach(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("loadBuiltinTrainerKey", () => {
  test("default: first start creates a fresh key in keys/builtin-trainer.key, mode 0600, and pays its own address", () => {
    const key = loadBuiltinTrainerKey({ dataDir });
    expect(key).toMatchObject({ source: "created", file: keyFile, payoutAddress: key.address });
    expect(keyFile).toBe(path.join(dataDir, "keys", "builtin-trainer.key"));
    expect(mode(keyFile)).toBe(0o600);
    expect(mode(path.dirname(keyFile))).toBe(0o700);
    expect(fs.readFileSync(keyFile, "utf8").trim()).toBe(key.signer.privateKey);
  });

  test("behavior: the next start reads the same key", () => {
    const first = loadBuiltinTrainerKey({ dataDir });
    const second = loadBuiltinTrainerKey({ dataDir });
    expect(second).toMatchObject({ source: "file", address: first.address });
  });

  test("behavior: it is a key of its own, not the attestor's", () => {
    expect(loadBuiltinTrainerKey({ dataDir }).address).not.toBe(loadAttestorKey({ dataDir }).address);
  });

  test("behavior: BUILTIN_TRAINER_PRIVATE_KEY wins, and no file is written", () => {
    const wallet = Wallet.createRandom();
    expect(loadBuiltinTrainerKey({ dataDir, privateKey: wallet.privateKey })).toMatchObject({ source: "env", address: wallet.address });
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  test("behavior: the payout address is the one set, checksummed", () => {
    const payout = Wallet.createRandom().address;
    expect(loadBuiltinTrainerKey({ dataDir, payoutAddress: payout.toLowerCase() }).payoutAddress).toBe(payout);
  });

  test("error: a key file others can read is refused", () => {
    loadBuiltinTrainerKey({ dataDir });
    fs.chmodSync(keyFile, 0o644);
    const error = keyErrorOf(() => loadBuiltinTrainerKey({ dataDir }));
    expect(error.code).toBe("KEY_FILE_INSECURE");
    expect(error.message).toMatch(/^Built-in models' trainer key file .* is accessible to group or others \(mode 0644\)/);
  });

  test("error: a malformed BUILTIN_TRAINER_PRIVATE_KEY names the variable, never the value", () => {
    const error = keyErrorOf(() => loadBuiltinTrainerKey({ dataDir, privateKey: "0xnotakey" }));
    expect(error.code).toBe("KEY_INVALID");
    expect(error.message).toMatch(/^BUILTIN_TRAINER_PRIVATE_KEY does not hold a private key/);
    expect(error.message).not.toContain("notakey");
  });
});

describe("checkOperatorAccounts", () => {
  const mine = () => ({ attestor: Wallet.createRandom().address, builtinTrainer: Wallet.createRandom().address, builtinTrainerPayout: Wallet.createRandom().address });

  test("default: the operator's own accounts pass on any chain", () => {
    expect(() => checkOperatorAccounts({ chainId: 1, ...mine() })).not.toThrow();
  });

  test("behavior: dev accounts are fine on the local dev chain", () => {
    const [a, b, c] = DEV_ACCOUNT_ADDRESSES;
    expect(() => checkOperatorAccounts({ chainId: LOCAL_CHAIN_ID, attestor: a!, builtinTrainer: b!, builtinTrainerPayout: c! })).not.toThrow();
  });

  test("error: off the local chain every dev account is named by its variable", () => {
    const [a, b, c] = DEV_ACCOUNT_ADDRESSES;
    let error: unknown;
    try {
      checkOperatorAccounts({ chainId: 11155111n, attestor: a!, builtinTrainer: b!, builtinTrainerPayout: c! });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((issue) => issue.variable)).toEqual(["ATTESTOR_PRIVATE_KEY", "BUILTIN_TRAINER_PRIVATE_KEY", "BUILTIN_TRAINER_PAYOUT_ADDRESS"]);
    expect((error as ConfigError).issues[2]!.reason).toMatch(/public Hardhat dev account .* not on chain 11155111; set it to an account you control$/);
  });
});
