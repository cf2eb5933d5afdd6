import { z } from "zod";
import { mediaTypeOf } from "@/lib/http/media-type-of";
import { parseInput } from "@/lib/http/parse-input";
import { readJsonBody } from "@/lib/http/read-json-body";
import { readMultipartForm } from "@/lib/http/read-multipart-form";
import { uint256Schema } from "@/lib/http/uint256-schema";
import { unsupportedMediaType } from "@/lib/http/unsupported-media-type";

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

/** A JSON verification request: exactly one of a token id or a content hash. */
export const verifyJsonSchema = z
  .strictObject({
    /** Decimal token id (a string, since ids are uint256), or a safe integer. */
    tokenId: uint256Schema({ min: 1n, what: "a token id" }).optional(),
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

/** Text fields of a multipart verification request beside the file. */
const verifyFormFieldsSchema = z.object({
  reproduce: z.enum(["true", "false", "1", "0", "on"], { error: "must be true or false" }).optional(),
});

/**
 * Reads a POST /api/verify body: multipart with an image in the `file` field, or JSON with
 * `tokenId` or `contentHash`, through the HTTP edge's readers (a streaming byte cap: 413
 * naming the limit; a wrong field: 400 naming it; a body of another type: 415).
 */
export async function parseVerifyRequest(request: Request): Promise<VerifyRequest> {
  const type = mediaTypeOf(request);
  if (type === "application/json") {
    const data = parseInput(verifyJsonSchema, await readJsonBody(request));
    const target: VerifyTarget =
      data.tokenId !== undefined ? { kind: "tokenId", tokenId: data.tokenId } : { kind: "contentHash", contentHash: data.contentHash! };
    return { target, reproduce: data.reproduce };
  }
  if (type !== "multipart/form-data") throw unsupportedMediaType("multipart/form-data (an image in `file`) or application/json (`tokenId` or `contentHash`)", type);
  const form = await readMultipartForm(request, { fileField: "file", maxFileBytes: MAX_VERIFY_IMAGE_BYTES, overheadBytes: MULTIPART_OVERHEAD_BYTES });
  const { reproduce } = parseInput(verifyFormFieldsSchema, form.fields);
  return {
    target: { kind: "image", bytes: form.file.bytes, ...(form.file.name ? { fileName: form.file.name } : {}) },
    reproduce: reproduce !== undefined && ["true", "1", "on"].includes(reproduce),
  };
}
