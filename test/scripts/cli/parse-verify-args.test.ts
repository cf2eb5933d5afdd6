import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseVerifyArgs, UsageError } from "@/scripts/cli/parse-verify-args";

const URLS = ["--rpc", "http://127.0.0.1:8545", "--gateway", "http://127.0.0.1:3000"];
const HASH = `0x${"ab".repeat(32)}`;

/** Parses with a file system holding only `files`. */
function parseWith(files: string[], ...args: string[]) {
  return parseVerifyArgs([...args, ...URLS], { fileExists: (name) => files.includes(name) });
}

function usageErrorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error("expected a UsageError");
}

describe("parseVerifyArgs: what to verify", () => {
  test("default: a number is a token id when no file has that name", () => {
    expect(parseWith([], "2")?.target).toEqual({ kind: "token", tokenId: 2n });
  });

  test("default: 0x and 64 hex digits is a content hash (lower-cased) when no file has that name", () => {
    expect(parseWith([], HASH.toUpperCase().replace("0X", "0x"))?.target).toEqual({ kind: "content-hash", contentHash: HASH });
  });

  test("default: any other name is a file", () => {
    expect(parseWith([], "work.png")?.target).toEqual({ kind: "file", path: "work.png" });
  });

  test("behavior: ./2 is the file named 2", () => {
    expect(parseWith(["2", "./2"], "./2")?.target).toEqual({ kind: "file", path: "./2" });
  });

  test("behavior: --token 2 is token #2 even beside a file named 2", () => {
    expect(parseWith(["2"], "--token", "2")?.target).toEqual({ kind: "token", tokenId: 2n });
  });

  test("behavior: --file 2 is the file, --hash is the content hash, whatever exists", () => {
    expect(parseWith(["2"], "--file", "2")?.target).toEqual({ kind: "file", path: "2" });
    expect(parseWith([HASH], "--hash", HASH)?.target).toEqual({ kind: "content-hash", contentHash: HASH });
  });

  test("error: a bare name that is both a file and a token id is refused, saying how to choose", () => {
    expect(usageErrorOf(() => parseWith(["2"], "2"))).toBe(
      '"2" is both a file here and a token id; say which: ./2 (or --file 2) for the file, --token 2 for the token.',
    );
  });

  test("error: a bare name that is both a file and a content hash is refused, saying how to choose", () => {
    expect(usageErrorOf(() => parseWith([HASH], HASH))).toBe(
      `"${HASH}" is both a file here and a content hash; say which: ./${HASH} (or --file ${HASH}) for the file, --hash ${HASH} for the content hash.`,
    );
  });

  test("error: a file named like a short hex string is ambiguous too (it is not silently read as a bad hash)", () => {
    expect(usageErrorOf(() => parseWith(["0xab"], "0xab"))).toContain("is both a file here and a content hash");
  });

  test("error: two ways of naming the work at once are refused", () => {
    expect(usageErrorOf(() => parseWith([], "2", "--token", "3"))).toBe("One work at a time; got 2: 2 --token.");
    expect(usageErrorOf(() => parseWith([], "--file", "a.png", "--hash", HASH))).toBe("One work at a time; got 2: --file --hash.");
  });

  test("error: --token and --hash check their values", () => {
    expect(usageErrorOf(() => parseWith([], "--token", "two"))).toBe('--token takes a decimal token id, got "two".');
    expect(usageErrorOf(() => parseWith([], "--token", "0"))).toBe("Token ids run from 1 to 2^256 - 1, got 0.");
    expect(usageErrorOf(() => parseWith([], "--hash", "0x12"))).toBe("A content hash is 0x followed by 64 hex digits, got 2 digits.");
    expect(usageErrorOf(() => parseWith([], "--hash", "abc"))).toBe('--hash takes 0x followed by 64 hex digits, got "abc".');
  });

  test("error: nothing named", () => {
    expect(usageErrorOf(() => parseWith([]))).toBe("Say what to verify: an image file, a token id or a 0x content hash.");
  });
});

describe("parseVerifyArgs on the real file system", () => {
  const cwd = process.cwd();
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-cli-args-"));
    fs.writeFileSync(path.join(dir, "2"), "tampered");
    process.chdir(dir);
  });
  afterAll(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("error: `colophon verify 2` in a folder holding a file named 2 is refused", () => {
    expect(usageErrorOf(() => parseVerifyArgs(["2", ...URLS]))).toContain('"2" is both a file here and a token id');
  });

  test("default: `colophon verify 3` there is token #3", () => {
    expect(parseVerifyArgs(["3", ...URLS])?.target).toEqual({ kind: "token", tokenId: 3n });
  });
});
