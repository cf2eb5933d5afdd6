import { getAddress, isAddress } from "ethers";
import { z } from "zod";

/**
 * Highest platform fee the AuctionHouse accepts, in basis points (AuctionHouse.MAX_FEE_BPS,
 * 10%). GET /api/admin/settings reports the deployed contract's own value; a test checks
 * that the two agree, and the simulated call refuses a higher fee in any case.
 */
export const MAX_FEE_BPS = 1_000;

const addressSchema = z
  .string({ error: "must be an address string" })
  .refine((value) => isAddress(value), "must be a 0x-prefixed 20-byte address")
  .transform((value) => getAddress(value));

/** Body of POST /api/admin/attestors. */
export const setAttestorInputSchema = z.strictObject({
  /** The key that signs generation attestations. */
  attestor: addressSchema,
  /** true: the Artwork contract accepts its attestations; false: it no longer does. */
  allowed: z.boolean({ error: "must be true (allow) or false (revoke)" }),
}, { error: "must be a JSON object with attestor and allowed" });

export type SetAttestorInput = z.output<typeof setAttestorInputSchema>;

/** Body of POST /api/admin/platform-fee. */
export const setPlatformFeeInputSchema = z.strictObject({
  /** Receives the fee of every settled sale. */
  recipient: addressSchema,
  /** The fee, in basis points of the winning bid. */
  bps: z
    .number({ error: "must be a number of basis points" })
    .int("must be a whole number of basis points")
    .min(0, "must be at least 0")
    .max(MAX_FEE_BPS, `must be at most ${MAX_FEE_BPS} basis points (${MAX_FEE_BPS / 100}%), the contract's cap`),
}, { error: "must be a JSON object with recipient and bps" });

export type SetPlatformFeeInput = z.output<typeof setPlatformFeeInputSchema>;
