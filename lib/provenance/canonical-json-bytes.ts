import canonicalize from "canonicalize";
import { ProvenanceError } from "./provenance-error";

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
