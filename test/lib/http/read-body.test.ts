import { describe, expect, test } from "vitest";
import { readBody } from "@/lib/http/read-body";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readMultipartForm } from "@/lib/http/read-multipart-form";

const MIB = 1024 * 1024;

/** A chunked body (no Content-Length) of `chunks` MiB, counting how many chunks were pulled. */
function chunkedRequest(chunks: number, headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(MIB).fill(0x61));
    },
  });
  const request = new Request("http://localhost/", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("readBody", () => {
  test("default: the whole body when it fits", async () => {
    const bytes = await readBody(new Request("http://localhost/", { method: "POST", body: "hello" }), { limitBytes: 5 });
    expect(new TextDecoder().decode(bytes)).toBe("hello");
  });

  test("behavior: a chunked 100 MiB body stops being read as soon as it passes the cap", async () => {
    const { request, pulled } = chunkedRequest(100);
    await expect(readBody(request, { limitBytes: 2 * MIB })).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      details: { field: "body", reason: "too large", limitBytes: 2 * MIB, sizeBytes: 3 * MIB },
    });
    // At most one chunk of read-ahead beyond the one that passed the cap.
    expect(pulled()).toBeLessThanOrEqual(4);
  });

  test("behavior: a declared Content-Length over the cap is refused before reading", async () => {
    const { request, pulled } = chunkedRequest(100, { "content-length": String(100 * MIB) });
    await expect(readBody(request, { limitBytes: MIB })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { limitBytes: MIB, sizeBytes: 100 * MIB } });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  test("behavior: a Content-Length that lies low does not lift the cap", async () => {
    const { request } = chunkedRequest(10, { "content-length": "10" });
    await expect(readBody(request, { limitBytes: MIB })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  test("error: a body read twice is a 400", async () => {
    const request = new Request("http://localhost/", { method: "POST", body: "x" });
    await request.text();
    await expect(readBody(request, { limitBytes: 10 })).rejects.toMatchObject({ code: "INPUT_INVALID", details: { field: "body" } });
  });
});

describe("readJsonBody", () => {
  const json = (body: string, type = "application/json") => new Request("http://localhost/", { method: "POST", body, headers: { "content-type": type } });

  test("default: parses application/json (with a charset parameter too)", async () => {
    expect(await readJsonBody(json('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(json('{"a":1}', "Application/JSON; charset=utf-8"))).toEqual({ a: 1 });
  });

  test.each([["text/plain"], [""], ["application/x-www-form-urlencoded"], ["multipart/form-data; boundary=x"]])("error: content type %j is a 415", async (type) => {
    const request = new Request("http://localhost/", { method: "POST", body: '{"a":1}', headers: type === "" ? {} : { "content-type": type } });
    if (type === "") request.headers.delete("content-type");
    await expect(readJsonBody(request)).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", details: { field: "content-type" } });
  });

  test("error: not JSON or not UTF-8 is a 400 on body; over the cap a 413 naming it", async () => {
    await expect(readJsonBody(json("{"))).rejects.toMatchObject({ code: "INPUT_INVALID", details: { field: "body", reason: "expected a JSON object" } });
    const latin1 = new Request("http://localhost/", { method: "POST", body: new Uint8Array([0x22, 0xff, 0x22]), headers: { "content-type": "application/json" } });
    await expect(readJsonBody(latin1)).rejects.toMatchObject({ code: "INPUT_INVALID", details: { field: "body", reason: "is not UTF-8 text" } });
    await expect(readJsonBody(json(`"${"x".repeat(100)}"`), { limitBytes: 50 })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { limitBytes: 50 } });
    const { request } = chunkedRequest(100, { "content-type": "application/json" });
    await expect(readJsonBody(request)).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { limitBytes: 64 * 1024 } });
  });
});

describe("readMultipartForm", () => {
  const form = (entries: Record<string, string | File>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(entries)) data.set(name, value);
    return new Request("http://localhost/", { method: "POST", body: data });
  };

  test("default: the file and the text fields", async () => {
    const result = await readMultipartForm(form({ file: new File(["abc"], "a.png", { type: "image/png" }), note: "hi" }), { fileField: "file", maxFileBytes: 10 });
    expect({ ...result, file: { ...result.file, bytes: [...result.file.bytes] } }).toEqual({
      file: { bytes: [0x61, 0x62, 0x63], name: "a.png", type: "image/png" },
      fields: { note: "hi" },
    });
  });

  test("error: another type is a 415; no file, an empty file or a text field as file a 400 naming it", async () => {
    const text = new Request("http://localhost/", { method: "POST", body: "x", headers: { "content-type": "text/plain" } });
    await expect(readMultipartForm(text, { fileField: "file", maxFileBytes: 10 })).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    await expect(readMultipartForm(form({ note: "x" }), { fileField: "file", maxFileBytes: 10 })).rejects.toMatchObject({ details: { field: "file", reason: "a file is required" } });
    await expect(readMultipartForm(form({ file: new File([], "e") }), { fileField: "file", maxFileBytes: 10 })).rejects.toMatchObject({ details: { field: "file", reason: "is empty" } });
    await expect(readMultipartForm(form({ file: "text" }), { fileField: "file", maxFileBytes: 10 })).rejects.toMatchObject({ details: { field: "file", reason: "must be a file, not a text field" } });
    const broken = new Request("http://localhost/", { method: "POST", body: "garbage", headers: { "content-type": "multipart/form-data; boundary=zz" } });
    await expect(readMultipartForm(broken, { fileField: "file", maxFileBytes: 10 })).rejects.toMatchObject({ details: { field: "body" } });
  });

  test("error: a file over its limit is a 413 naming the field; a chunked body over the cap stops early", async () => {
    await expect(readMultipartForm(form({ file: new File(["x".repeat(20)], "a") }), { fileField: "file", maxFileBytes: 10 })).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      details: { field: "file", limitBytes: 10, sizeBytes: 20 },
    });
    const { request, pulled } = chunkedRequest(100, { "content-type": "multipart/form-data; boundary=zz" });
    await expect(readMultipartForm(request, { fileField: "file", maxFileBytes: MIB })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { field: "body" } });
    expect(pulled()).toBeLessThanOrEqual(3);
  });
});
