import { z } from "zod";
import type { MintRequest } from "@/lib/contracts/mint-request";

const decimal = z.string().regex(/^(0|[1-9]\d{0,77})$/, "a decimal integer string");
const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/);
const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/);

/**
 * A MintRequest as JSON (the API's and the database's form): every field as the contract
 * takes it, with the uint64 deadline and uint256 nonce as decimal strings, since JSON
 * numbers cannot carry them exactly.
 */
export const mintRequestSchema = z.strictObject({
  to: address,
  contributor: address,
  contentHash: hex32,
  recordHash: hex32,
  modelHash: hex32,
  trainer: address,
  metadataDigest: hex32,
  royaltyBps: z.number().int().min(0).max(65_535),
  deadline: decimal,
  nonce: decimal,
  shares: z.array(z.strictObject({ account: address, role: hex32, bps: z.number().int().min(0).max(65_535) })),
});

export type MintRequestJson = z.infer<typeof mintRequestSchema>;

/** The JSON form of a mint request. */
export function mintRequestToJson(request: MintRequest): MintRequestJson {
  return {
    ...request,
    deadline: request.deadline.toString(),
    nonce: request.nonce.toString(),
    shares: request.shares.map((share) => ({ ...share })),
  };
}

/** A mint request from its JSON form, ready for `Artwork.mint` or EIP-712 signing. */
export function mintRequestFromJson(json: MintRequestJson): MintRequest {
  return { ...json, deadline: BigInt(json.deadline), nonce: BigInt(json.nonce), shares: json.shares.map((share) => ({ ...share })) };
}
