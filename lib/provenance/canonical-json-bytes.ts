import canonicalize from "canonicalize";
import { ProvenanceError } from "./provenance-error";
import { MAX_RAW_BLOCK_BYTES } from "./raw-block-cid";

/**
 * The RFC 8785 (JSON Canonicalization Scheme) bytes of a JSON value, UTF-8 encoded: sorted
 * keys, no whitespace, ECMAScript number formatting. Equal values give equal bytes in
 * every language that implements JCS, so hashes and signatures over them agree.
 *
 * @throws ProvenanceError INPUT_INVALID for values JSON cannot carry (undefined, a
 * function, a non-finite number, a bigint).
 */
export function canonicalJsonBytes(value: unknown): Uint8Array {
  let text: string | undefined;
  try {
    text = canonicalize(value);
  } catch (cause) {
    throw new ProvenanceError({ code: "INPUT_INVALID", message: `Not canonicalisable JSON: ${(cause as Error).message}`, cause });
  }
  if (text === undefined) throw new ProvenanceError({ code: "INPUT_INVALID", message: "Not canonicalisable JSON: the value is undefined." });
  return new TextEncoder().encode(text);
}

/**
 * {@link canonicalJsonBytes} of a document stored as one raw block, so its CID is always
 * derivable from its sha256 alone (records and token metadata).
 *
 * @throws ProvenanceError INPUT_INVALID naming `field` when the bytes exceed one raw block
 * (256 KiB).
 */
export function canonicalBlockBytes(value: unknown, field: "record" | "metadata"): Uint8Array {
  const bytes = canonicalJsonBytes(value);
  if (bytes.length > MAX_RAW_BLOCK_BYTES) {
    throw new ProvenanceError({
      code: "INPUT_INVALID",
      message: `The ${field} is ${bytes.length} bytes canonical; at most ${MAX_RAW_BLOCK_BYTES} fit in one block.`,
      details: { field, sizeBytes: bytes.length, limitBytes: MAX_RAW_BLOCK_BYTES },
    });
  }
  return bytes;
}
