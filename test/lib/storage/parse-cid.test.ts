import { base36 } from "multiformats/bases/base36";
import { base58btc } from "multiformats/bases/base58";
import { describe, expect, test } from "vitest";
import { InvalidCidError } from "@/lib/storage/content-store-error";
import { parseCid } from "@/lib/storage/parse-cid";

const HELLO_V1 = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";

describe("parseCid", () => {
  test("default: parses a CIDv1 in base32, as this project writes them", () => {
    const cid = parseCid(HELLO_V1);
    expect({ version: cid.version, code: cid.code, hash: cid.multihash.code, text: cid.toString() }).toEqual({
      version: 1,
      code: 0x55,
      hash: 0x12,
      text: HELLO_V1,
    });
  });

  test("behavior: parses the same CID written in base36 and base58btc", () => {
    const cid = parseCid(HELLO_V1);
    expect(parseCid(cid.toString(base36)).equals(cid)).toBe(true);
    expect(parseCid(cid.toString(base58btc)).equals(cid)).toBe(true);
  });

  test("behavior: parses a CIDv0", () => {
    const cid = parseCid("QmWATWQ7fVPP2EFGu71UkfnqhYXDYH566qy47CnJDgvs8u");
    expect({ version: cid.version, code: cid.code }).toEqual({ version: 0, code: 0x70 });
  });

  test("error: an empty string is InvalidCidError", () => {
    expect(() => parseCid("")).toThrow(InvalidCidError);
    expect(() => parseCid("")).toThrow(
      expect.objectContaining({
        code: "INPUT_INVALID",
        message: 'Invalid CID "": empty',
        details: { field: "cid", value: "", reason: "empty" },
      }),
    );
  });

  test("error: text that is no CID is InvalidCidError with the parser's reason", () => {
    expect(() => parseCid("not-a-cid")).toThrow(
      expect.objectContaining({
        name: "InvalidCidError",
        code: "INPUT_INVALID",
        details: {
          field: "cid",
          value: "not-a-cid",
          reason: "To parse non base32, base36 or base58btc encoded CID multibase decoder must be provided",
        },
      }),
    );
  });

  test("error: a CID cut short is InvalidCidError", () => {
    expect(() => parseCid(HELLO_V1.slice(0, 20))).toThrow(InvalidCidError);
  });

  test("error: overlong input is refused before parsing, and cut short in the message", () => {
    const long = `b${"a".repeat(299)}`;
    expect(() => parseCid(long)).toThrow(
      expect.objectContaining({
        message: `Invalid CID "${long.slice(0, 120)}…": longer than 256 characters`,
        details: { field: "cid", value: `${long.slice(0, 120)}…`, reason: "longer than 256 characters" },
      }),
    );
  });
});

