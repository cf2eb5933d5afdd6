import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { POST as upload } from "@/app/api/uploads/route";
import { encodePng } from "@/inference/png-codec";
import { ALICE, errorOf, jsonRequest, multipartRequest, openTestStack, type TestStack } from "../../lib/generation/fixtures";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

const PNG = encodePng(new Uint8Array(8 * 8 * 3).fill(200), 8, 8);
/** The start of a JPEG (SOI + APP0 JFIF): uploads are recognised by their first bytes. */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const LIMIT = 10 * 1024 * 1024;

describe("POST /api/uploads", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await openTestStack();
  });
  afterAll(() => stack.close());

  test.each([
    ["PNG", PNG, "image/png"],
    ["JPEG", JPEG, "image/jpeg"],
  ] as const)("default: a %s is stored by CID and described", async (_name, bytes, type) => {
    const response = await upload(await multipartRequest("/api/uploads", bytes, {}, ALICE));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { cid: string };
    expect(body).toEqual({ cid: body.cid, sha256: `0x${createHash("sha256").update(bytes).digest("hex")}`, size: bytes.length, type });
    expect(await (await stack.runtime.contentStore()).get(body.cid)).toEqual(new Uint8Array(bytes));
  });

  test("error: 401 without a session", async () => {
    expect((await errorOf(await upload(await multipartRequest("/api/uploads", PNG, {}, null)))).status).toBe(401);
  });

  test("error: 400 naming the body when it is not multipart, the file when there is none", async () => {
    expect(await errorOf(await upload(await jsonRequest("/api/uploads", {}, ALICE)))).toEqual({
      status: 400,
      code: "INPUT_INVALID",
      message: "Invalid body: expected multipart/form-data.",
      details: { field: "body", reason: "expected multipart/form-data" },
    });
    expect(await errorOf(await upload(await multipartRequest("/api/uploads", null, { note: "x" }, ALICE)))).toEqual({
      status: 400,
      code: "INPUT_INVALID",
      message: "Invalid file: a file is required.",
      details: { field: "file", reason: "a file is required" },
    });
  });

  test("error: 400 naming the file when it is neither PNG nor JPEG (by its bytes)", async () => {
    expect(await errorOf(await upload(await multipartRequest("/api/uploads", new TextEncoder().encode("GIF89a not really"), {}, ALICE)))).toEqual({
      status: 400,
      code: "INPUT_INVALID",
      message: "Invalid file: only PNG and JPEG images can be uploaded.",
      details: { field: "file", reason: "not a PNG or JPEG image" },
    });
  });

  test("error: 413 FILE_TOO_LARGE over 10 MiB", async () => {
    const big = new Uint8Array(LIMIT + 1);
    big.set(PNG.subarray(0, 8));
    expect(await errorOf(await upload(await multipartRequest("/api/uploads", big, {}, ALICE)))).toEqual({
      status: 413,
      code: "FILE_TOO_LARGE",
      message: `The file is ${LIMIT + 1} bytes; the limit is ${LIMIT}.`,
      details: { field: "file", sizeBytes: LIMIT + 1, limitBytes: LIMIT },
    });
  });
});
