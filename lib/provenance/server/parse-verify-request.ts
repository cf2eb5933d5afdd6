import { z } from "zod";
import { invalidField, ProvenanceFlowError } from "./provenance-flow-error";
import { parseInput } from "./record-request-schemas";

/** Largest image a verification request may carry (20 MB). */
export const MAX_VERIFY_IMAGE_BYTES = 20 * 1024 * 1024;

/** Room for the multipart framing around the file (boundaries, part headers). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** What a verification request asks about, and whether to re-run the model. */
export interface VerifyRequest {
  target: VerifyTarget;
  /** Re-run the recorded generation and compare (slower; the `reproduce` step). */
  reproduce: boolean;
}

/** The work a verification request asks about. */
export type VerifyTarget =
  | { kind: "image"; bytes: Uint8Array; fileName?: string }
  | { kind: "tokenId"; tokenId: bigint }
  | { kind: "contentHash"; contentHash: string };

const UINT256_MAX = (1n << 256n) - 1n;

/** A JSON verification request: exactly one of a token id or a content hash. */
export const verifyJsonSchema = z
  .strictObject({
    /** Decimal token id (a string, since ids are uint256), or a safe integer. */
    tokenId: z
      .union([z.string().regex(/^\d{1,78}$/, "a decimal token id"), z.number().int().positive().max(Number.MAX_SAFE_INTEGER)])
      .transform((v) => BigInt(v))
      .refine((v) => v > 0n && v <= UINT256_MAX, "a token id from 1 to 2^256-1")
      .optional(),
    /** sha256 of the image file, 64 hex digits with or without 0x. */
    contentHash: z
      .string()
      .regex(/^(0x)?[0-9a-fA-F]{64}$/, "a sha256 hash: 64 hex digits, with or without 0x")
      .transform((v) => `0x${v.replace(/^0x/, "").toLowerCase()}`)
      .optional(),
    /** Re-run the model and compare its output with the image. */
    reproduce: z.boolean().default(false),
  })
  .refine((v) => (v.tokenId === undefined) !== (v.contentHash === undefined), {
    message: "give exactly one of tokenId and contentHash",
    path: ["tokenId"],
  });

/**
 * Reads a POST /api/verify body: multipart with an image in the `file` field, or JSON with
 * `tokenId` or `contentHash`. The body is read with a byte limit (a declared or actual size
 * over 20 MB is a 413 before anything is parsed); a wrong field is a 400 naming it, a body
 * of another type a 415.
 */
export async function parseVerifyRequest(request: Request): Promise<VerifyRequest> {
  // The boundary parameter is case-sensitive (browsers put capitals in it), so only the
  // media type is compared without regard to case; the header goes to the parser as sent.
  const header = request.headers.get("content-type") ?? "";
  const type = header.toLowerCase();
  const isMultipart = type.startsWith("multipart/form-data");
  const isJson = type.startsWith("application/json");
  if (!isMultipart && !isJson) {
    throw new ProvenanceFlowError({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: "Send multipart/form-data with the image in `file`, or JSON with `tokenId` or `contentHash`",
      details: { field: "content-type", reason: type === "" ? "missing" : `not accepted: ${type}` },
    });
  }
  const limit = isMultipart ? MAX_VERIFY_IMAGE_BYTES + MULTIPART_OVERHEAD_BYTES : 64 * 1024;
  const body = await readBodyWithLimit(request, limit);

  if (isJson) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw invalidField("body", "not valid JSON");
    }
    const data = parseInput(verifyJsonSchema, json);
    const target: VerifyTarget =
      data.tokenId !== undefined ? { kind: "tokenId", tokenId: data.tokenId } : { kind: "contentHash", contentHash: data.contentHash! };
    return { target, reproduce: data.reproduce };
  }

  let form: FormData;
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": header } }).formData();
  } catch {
    throw invalidField("body", "not valid multipart/form-data");
  }
  const file = form.get("file");
  if (file === null) throw invalidField("file", "missing: attach the image file in the `file` field");
  if (typeof file === "string") throw invalidField("file", "must be a file, not a text field");
  if (file.size === 0) throw invalidField("file", "is empty");
  if (file.size > MAX_VERIFY_IMAGE_BYTES) throw tooLarge(file.size);
  const reproduce = form.get("reproduce");
  if (reproduce !== null && !["true", "false", "1", "0", "on"].includes(String(reproduce))) {
    throw invalidField("reproduce", "must be true or false");
  }
  return {
    target: { kind: "image", bytes: new Uint8Array(await file.arrayBuffer()), ...(file.name ? { fileName: file.name } : {}) },
    reproduce: reproduce !== null && ["true", "1", "on"].includes(String(reproduce)),
  };
}

function tooLarge(size?: number): ProvenanceFlowError {
  return new ProvenanceFlowError({
    code: "PAYLOAD_TOO_LARGE",
    message: `The image is larger than ${MAX_VERIFY_IMAGE_BYTES / (1024 * 1024)} MB`,
    details: { field: "file", reason: "too large", limitBytes: MAX_VERIFY_IMAGE_BYTES, ...(size === undefined ? {} : { sizeBytes: size }) },
  });
}

/** Reads the body, failing with 413 as soon as it passes `limit` (or declares it will). */
async function readBodyWithLimit(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(declared);
  if (request.body === null) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
