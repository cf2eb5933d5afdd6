import { describe, expect, test } from "vitest";
import { MAX_VERIFY_IMAGE_BYTES, parseVerifyRequest } from "@/lib/provenance/server/parse-verify-request";
import { PNG } from "./fixtures";

const json = (body: unknown) =>
  new Request("http://localhost/api/verify", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

function multipart(fields: Record<string, string | File>): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Request("http://localhost/api/verify", { method: "POST", body: form });
}

describe("parseVerifyRequest", () => {
  test("default: an image file, with or without a re-run", async () => {
    const file = new File([PNG as Uint8Array<ArrayBuffer>], "work.png", { type: "image/png" });
    expect(await parseVerifyRequest(multipart({ file }))).toEqual({ target: { kind: "image", bytes: PNG, fileName: "work.png" }, reproduce: false });
    expect((await parseVerifyRequest(multipart({ file, reproduce: "on" }))).reproduce).toBe(true);
  });

  test("default: a browser's boundary keeps its capitals (Chromium sends ----WebKitFormBoundary…)", async () => {
    const boundary = "----WebKitFormBoundaryQz3XkP9aB7cDeFgH";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="work.png"\r\nContent-Type: image/png\r\n\r\n`;
    const body = Buffer.concat([Buffer.from(head), Buffer.from(PNG), Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const request = new Request("http://localhost/api/verify", {
      method: "POST",
      headers: { "content-type": `Multipart/Form-Data; boundary=${boundary}` },
      body,
    });
    expect(await parseVerifyRequest(request)).toEqual({ target: { kind: "image", bytes: PNG, fileName: "work.png" }, reproduce: false });
  });

  test("default: a token id (string or number) and a content hash (any case, with or without 0x)", async () => {
    expect(await parseVerifyRequest(json({ tokenId: "12" }))).toEqual({ target: { kind: "tokenId", tokenId: 12n }, reproduce: false });
    expect(await parseVerifyRequest(json({ tokenId: 12, reproduce: true }))).toEqual({ target: { kind: "tokenId", tokenId: 12n }, reproduce: true });
    expect(await parseVerifyRequest(json({ contentHash: "AB".repeat(32) }))).toEqual({
      target: { kind: "contentHash", contentHash: `0x${"ab".repeat(32)}` },
      reproduce: false,
    });
  });

  test.each([
    [{ tokenId: "0" }, { field: "tokenId", reason: "must be a token id from 1 to 2^256-1" }],
    [{ tokenId: (1n << 256n).toString() }, { field: "tokenId", reason: "must be a token id from 1 to 2^256-1" }],
    [{ tokenId: "1\u0000" }, { field: "tokenId", reason: "contains a NUL character" }],
    [{ tokenId: "1", reproduce: "yes" }, { field: "reproduce", reason: "Invalid input: expected boolean, received string" }],
  ])("error: %j is a 400 naming the field", async (body, details) => {
    await expect(parseVerifyRequest(json(body))).rejects.toMatchObject({ code: "INPUT_INVALID", details });
  });

  test("error: an empty file, a text field as file, and a bad reproduce flag are 400s", async () => {
    await expect(parseVerifyRequest(multipart({ file: new File([], "empty.png") }))).rejects.toMatchObject({ details: { field: "file", reason: "is empty" } });
    await expect(parseVerifyRequest(multipart({ file: "text" }))).rejects.toMatchObject({ details: { field: "file", reason: "must be a file, not a text field" } });
    const file = new File([PNG as Uint8Array<ArrayBuffer>], "work.png");
    await expect(parseVerifyRequest(multipart({ file, reproduce: "maybe" }))).rejects.toMatchObject({ details: { field: "reproduce" } });
  });

  test("error: a body without a content type is a 415; broken JSON or multipart a 400 on body", async () => {
    await expect(parseVerifyRequest(new Request("http://localhost/", { method: "POST", body: new Uint8Array([1]) }))).rejects.toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      details: { field: "content-type", reason: expect.stringMatching(/^missing/) },
    });
    const broken = new Request("http://localhost/", { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    await expect(parseVerifyRequest(broken)).rejects.toMatchObject({ details: { field: "body", reason: "expected a JSON object" } });
    const badForm = new Request("http://localhost/", { method: "POST", headers: { "content-type": "multipart/form-data; boundary=zz" }, body: "garbage" });
    await expect(parseVerifyRequest(badForm)).rejects.toMatchObject({ details: { field: "body", reason: "not a readable multipart/form-data body" } });
  });

  test("error: a file over 20 MB is a 413", async () => {
    const file = new File([new Uint8Array(MAX_VERIFY_IMAGE_BYTES + 1)], "big.png");
    await expect(parseVerifyRequest(multipart({ file }))).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      details: { field: "file", reason: "too large", limitBytes: MAX_VERIFY_IMAGE_BYTES, sizeBytes: MAX_VERIFY_IMAGE_BYTES + 1 },
    });
  });
});
