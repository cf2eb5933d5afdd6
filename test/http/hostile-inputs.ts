import fc from "fast-check";
import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";

// Arbitraries of hostile request parts for the HTTP fuzz suite: strings that broke the
// server before (NUL, lone surrogates, bad percent-encoding, huge numbers, exotic CIDs),
// bodies of every shape and type, and bodies larger than any cap.

const TWO_256 = 1n << 256n;

/** Strings an attacker reaches for first. */
export const HOSTILE_CONSTANTS = [
  "",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "🎨",
  "%ZZ",
  "%E0%A4%A",
  "../../.colophon/keys/attestor.key",
  "/etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "__proto__",
  "constructor",
  "0",
  "-1",
  "1e308",
  "NaN",
  TWO_256.toString(),
  (TWO_256 - 1n).toString(),
  "9".repeat(200),
  "0x",
  `0x${"f".repeat(130)}`,
  "x".repeat(70_000),
];

/** CIDs of every kind the gateway and the CID fields may be handed. */
export const cidArbitrary: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    // libp2p-key codec, identity dag-pb root, identity raw, CIDv0 of nothing stored.
    CID.createV1(0x72, identity.digest(new Uint8Array([8, 1, 18, 32, ...new Uint8Array(32)]))).toString(),
    CID.createV1(0x70, identity.digest(new Uint8Array([0x0a, 0x02, 0x08, 0x01]))).toString(),
    CID.createV1(0x55, identity.digest(new TextEncoder().encode("<html><script>alert(1)</script>"))).toString(),
    "QmWATWQ7fVPP2EFGu71UkfnqhYXDYH566qy47CnJDgvs8u",
    "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
  ),
  fc
    .record({
      codec: fc.constantFrom(0x55, 0x70, 0x71, 0x72, 0x0129, 0x78),
      hash: fc.constantFrom(0x00, 0x12, 0x13, 0xb220, 0x1e),
      digest: fc.uint8Array({ minLength: 0, maxLength: 40 }),
    })
    .map(({ codec, hash, digest }) => {
      try {
        return CID.createV1(codec, { code: hash, size: digest.length, digest, bytes: encodeMultihash(hash, digest) } as never).toString();
      } catch {
        return "b" + "a".repeat(58);
      }
    }),
);

function varint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
  return out;
}

function encodeMultihash(code: number, digest: Uint8Array): Uint8Array {
  return new Uint8Array([...varint(code), ...varint(digest.length), ...digest]);
}

/** Any string, weighted towards the hostile ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CONSTANTS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: cidArbitrary },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: TWO_256 * 4n }).map(String) },
);

/** Any JSON value a field may hold, hostile strings included. */
export const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(0, -1, 2 ** 53, 1e308, -0)) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** An object with some of `keys` (and maybe a hostile extra key), each a hostile value. */
export function objectWith(keys: readonly string[], overrides: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<Record<string, unknown>> {
  const shape = Object.fromEntries(keys.map((key) => [key, overrides[key] ?? fieldValue]));
  return fc
    .tuple(fc.record(shape, { requiredKeys: [] }), fc.option(fc.tuple(hostileString, fieldValue), { freq: 4 }))
    .map(([object, extra]) => (extra === null ? object : { ...object, [extra[0]]: extra[1] }));
}

/**
 * A valid `base` with one thing changed (a field set to a hostile value, a field left out,
 * a hostile extra field), or unchanged: requests that get past the schema into the domain.
 */
export function mutationOf(base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(base);
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(base) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...keys), fieldValue).map(([key, value]) => ({ ...base, [key]: value })) },
    { weight: 1, arbitrary: fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(base).filter(([name]) => name !== key))) },
    { weight: 1, arbitrary: fc.tuple(hostileString, fieldValue).map(([key, value]) => ({ ...base, [key]: value })) },
  );
}

/** What a fuzzed request body is. */
export type FuzzBody =
  | { kind: "json"; value: unknown }
  | { kind: "raw"; text: string }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "multipart"; fields: Record<string, string>; file: Uint8Array | null; fileField: string }
  | { kind: "flood"; megabytes: number; declared: "none" | "low" | "true" }
  | { kind: "form"; fields: Record<string, string> }
  | { kind: "none" };

/** Bodies of every kind around `json` (the route's own shape); mostly forms for a `multipart` route. */
export function bodyArbitrary(json: fc.Arbitrary<unknown>, { multipart = false }: { multipart?: boolean } = {}): fc.Arbitrary<FuzzBody> {
  return fc.oneof(
    { weight: multipart ? 2 : 12, arbitrary: json.map((value) => ({ kind: "json" as const, value })) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => ({ kind: "json" as const, value })) },
    { weight: 1, arbitrary: hostileString.map((text) => ({ kind: "raw" as const, text })) },
    { weight: 1, arbitrary: fc.constantFrom(`${"[".repeat(20_000)}${"]".repeat(20_000)}`, '{"a":', "\u0000{}", '{"__proto__":{"x":1}}').map((text) => ({ kind: "raw" as const, text })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ kind: "bytes" as const, bytes })) },
    {
      weight: multipart ? 12 : 2,
      arbitrary: fc
        .record({
          fields: fc.dictionary(hostileString.filter((key) => key.length < 50), hostileString.map((value) => value.slice(0, 2000)), { maxKeys: 4 }),
          file: fc.option(fc.oneof(fc.uint8Array({ maxLength: 256 }), fc.constant(PNG_HEADER)), { freq: 4 }),
          fileField: fc.constantFrom("file", "file", "other"),
        })
        .map((parts) => ({ kind: "multipart" as const, ...parts })),
    },
    { weight: 1, arbitrary: fc.record({ megabytes: fc.constantFrom(1, 3, 100), declared: fc.constantFrom("none" as const, "low" as const, "true" as const) }).map((f) => ({ kind: "flood" as const, ...f })) },
    { weight: 1, arbitrary: fc.constant({ kind: "none" as const }) },
  );
}

/** URL-encoded forms (next-auth's sign-in and sign-out) with some of `keys`, hostile values and keys. */
export function formArbitrary(keys: readonly string[]): fc.Arbitrary<FuzzBody> {
  const text = hostileString.map((value) => value.slice(0, 4000));
  return fc
    .tuple(fc.record(Object.fromEntries(keys.map((key) => [key, text])), { requiredKeys: [] }), fc.dictionary(hostileString.map((key) => key.slice(0, 50)), text, { maxKeys: 2 }))
    .map(([known, extra]) => ({ kind: "form" as const, fields: { ...extra, ...(known as Record<string, string>) } }));
}

/** A PNG signature and IHDR of a 8192x8192 16-bit image with no pixel data. */
const PNG_HEADER = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x20, 0, 0, 0, 0x20, 0, 16, 6, 0, 0, 0, 0, 0, 0, 0,
]);

/** Content types for a body: mostly JSON (so the fuzz gets past the 415), sometimes wrong. */
export const contentTypeArbitrary = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("application/json", "application/json; charset=utf-8", "APPLICATION/JSON") },
  { weight: 2, arbitrary: wrongContentType() },
);

function wrongContentType(): fc.Arbitrary<string> {
  return fc.constantFrom(
    "text/plain",
    "text/plain;charset=UTF-8",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=zz",
    "application/octet-stream",
    "",
  );
}

/** Bytes pulled from flood bodies so far: the caps must stop reading long before the end. */
export const floodStats = { pulledBytes: 0, offeredBytes: 0 };

/** A request for `url` with `body` and `contentType` (the multipart type is the form's own). */
export function buildRequest({
  url,
  method,
  body,
  contentType,
  cookie,
  lyingLength = true,
}: {
  url: string;
  method: string;
  body: FuzzBody;
  contentType: string;
  cookie: string | null;
  /** Whether a flood may declare a Content-Length below its size (fetch refuses to send one). */
  lyingLength?: boolean;
}): Request {
  const headers = new Headers();
  if (cookie !== null) headers.set("cookie", cookie);
  if (method === "GET" || method === "HEAD" || body.kind === "none") {
    return new Request(url, { method, headers });
  }
  if (contentType !== "") headers.set("content-type", contentType);
  switch (body.kind) {
    case "json":
      return new Request(url, { method, headers, body: JSON.stringify(body.value) ?? "null" });
    case "raw":
      return new Request(url, { method, headers, body: body.text });
    case "bytes":
      return new Request(url, { method, headers, body: body.bytes as Uint8Array<ArrayBuffer> });
    case "multipart": {
      const form = new FormData();
      for (const [name, value] of Object.entries(body.fields)) form.append(name, value);
      if (body.file !== null) form.append(body.fileField, new File([body.file as Uint8Array<ArrayBuffer>], "f.png", { type: "image/png" }));
      headers.delete("content-type");
      return new Request(url, { method, headers, body: form });
    }
    case "form":
      headers.set("content-type", "application/x-www-form-urlencoded");
      return new Request(url, { method, headers, body: new URLSearchParams(body.fields).toString() });
    case "flood": {
      const total = body.megabytes * 1024 * 1024;
      const chunk = new Uint8Array(256 * 1024).fill(0x20);
      let sent = 0;
      floodStats.offeredBytes += total;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent >= total) return controller.close();
          sent += chunk.length;
          floodStats.pulledBytes += chunk.length;
          controller.enqueue(chunk);
        },
      });
      if (body.declared === "low" && lyingLength) headers.set("content-length", "10");
      if (body.declared === "true") headers.set("content-length", String(total));
      return new Request(url, { method, headers, body: stream, duplex: "half" } as RequestInit);
    }
  }
}
