import { CID } from "multiformats/cid";
import { InvalidCidError } from "./content-store-error";

/** Longer than any CID with a 512-bit hash in any common base; longer input is not parsed. */
const MAX_CID_LENGTH = 256;

/**
 * Parses a CID string: CIDv0 ("Qm..."), or CIDv1 in base32 ("b...", what this project
 * writes), base58btc ("z...") or base36 ("k...", as in subdomain gateway URLs): the bases
 * multiformats decodes without being told which.
 *
 * @throws InvalidCidError with the reason, for anything else.
 */
export function parseCid(value: string): CID {
  if (value.length === 0) throw new InvalidCidError(value, "empty");
  if (value.length > MAX_CID_LENGTH) throw new InvalidCidError(value, `longer than ${MAX_CID_LENGTH} characters`);
  try {
    return CID.parse(value);
  } catch (error) {
    throw new InvalidCidError(value, error instanceof Error ? error.message : String(error), error);
  }
}
