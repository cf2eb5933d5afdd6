import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { POST as upload } from "@/app/api/uploads/route";
import { encodePng } from "@/inference/png-codec";
import { ALICE, errorOf, jsonRequest, multipartRequest, openTestStack, type TestStack } from "../../lib/generation/fixtures";
import { hugeSofJpeg, legalJpeg, lyingPng, pngBomb, pngMagicNonImage, truncatedPng } from "../../lib/images/hostile-images";
import { PNG_BOMB_REFUSAL } from "../../lib/images/png-bomb-refusal";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

const PNG = encodePng(new Uint8Array(8 * 8 * 3).fill(200), 8, 8);
/** A whole baseline JPEG: uploads are decoded in full, so a JPEG's first bytes are not enough. */
const JPEG = legalJpeg(8, 8);
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

  test("error: 415 naming the content type when it is not multipart, 400 naming the file when there is none", async () => {
    expect(await errorOf(await upload(await jsonRequest("/api/uploads", {}, ALICE)))).toEqual({
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: "Send the body as multipart/form-data",
      details: { field: "content-type", reason: "expected multipart/form-data, not application/json", expected: "multipart/form-data" },
    });
    expect(await errorOf(await upload(await multipartRequest("/api/uploads", null, { note: "x" }, ALICE)))).toEqual({
      status: 400,
      code: "INPUT_INVALID",
      message: "Invalid file: a file is required",
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

  test("error: 422 IMAGE_TOO_LARGE for the 522 KB 8192x8192 16-bit bomb, naming the limit and its values", async () => {
    expect(await errorOf(await upload(await multipartRequest("/api/uploads", await pngBomb(), {}, ALICE)))).toEqual({ status: 422, ...PNG_BOMB_REFUSAL });
  });

  test("error: 422 IMAGE_TOO_LARGE for a JPEG whose SOF claims 65535x65535", async () => {
    expect(await errorOf(await upload(await multipartRequest("/api/uploads", hugeSofJpeg(), {}, ALICE)))).toMatchObject({
      status: 422,
      code: "IMAGE_TOO_LARGE",
      details: { field: "file", format: "jpeg", width: 65535, height: 65535, limit: "maxSide", maxSide: 8192 },
    });
  });

  test.each([
    ["a header that lies about its size", lyingPng(), "the image data inflate past the 784 bytes its header allows"],
    ["truncated image data", truncatedPng(), "the IDAT chunk at byte 33 runs past the end of the file (truncated)"],
    ["a PNG signature in front of text", pngMagicNonImage(), "the PNG does not start with a 13-byte IHDR chunk"],
  ])("error: 400 INPUT_INVALID naming the file for %s", async (_name, bytes, reason) => {
    const refusal = await errorOf(await upload(await multipartRequest("/api/uploads", bytes, {}, ALICE)));
    expect(refusal).toMatchObject({ status: 400, code: "INPUT_INVALID", details: { field: "file", reason } });
  });

  test("error: 400 INPUT_INVALID for a JPEG cut short (only its first bytes were checked before)", async () => {
    const refusal = await errorOf(await upload(await multipartRequest("/api/uploads", JPEG.subarray(0, JPEG.length - 60), {}, ALICE)));
    expect(refusal).toMatchObject({ status: 400, code: "INPUT_INVALID", details: { field: "file" } });
  });

  test("error: 413 PAYLOAD_TOO_LARGE over 10 MiB, naming the file and the limit", async () => {
    const big = new Uint8Array(LIMIT + 1);
    big.set(PNG.subarray(0, 8));
    expect(await errorOf(await upload(await multipartRequest("/api/uploads", big, {}, ALICE)))).toEqual({
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: `The file is larger than the limit of ${LIMIT} bytes`,
      details: { field: "file", reason: "too large", sizeBytes: LIMIT + 1, limitBytes: LIMIT },
    });
  });
});
