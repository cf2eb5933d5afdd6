import { getAddress, isAddress } from "ethers";
import { z } from "zod";
import { uint256Schema } from "@/lib/http/uint256-schema";
import {
  MAX_CONTRIBUTION_LENGTH,
  MAX_PARENTS,
  MAX_SPLIT_ENTRIES,
  roleNameSchema,
  TOTAL_BPS,
} from "@/lib/provenance/record-schema";
import { findSplitIssues, MAX_ROYALTY_BPS } from "@/lib/provenance/validate-split";

export { MAX_ROYALTY_BPS };

const addressSchema = z
  .string({ error: "must be an address string" })
  .refine((value) => isAddress(value), "must be a 0x-prefixed 20-byte address")
  .transform((value) => getAddress(value));

/** One split entry as the person chose it. */
export const splitEntryInputSchema = z.strictObject({
  account: addressSchema,
  role: roleNameSchema,
  bps: z
    .number({ error: "must be a number of basis points" })
    .int("must be a whole number of basis points")
    .min(1, "must be at least 1 basis point (leave the entry out instead)")
    .max(TOTAL_BPS, `must be at most ${TOTAL_BPS} basis points`),
});

/** Body of POST /api/records. */
export const draftRecordInputSchema = z.strictObject({
  generationId: z.string({ error: "must be a generation id string" }).min(1, "must not be empty").max(100, "is at most 100 characters"),
  contribution: z
    .string({ error: "must be a string" })
    .trim()
    .min(1, "say in a few words what you contributed")
    .max(MAX_CONTRIBUTION_LENGTH, `is at most ${MAX_CONTRIBUTION_LENGTH} characters`),
  split: z
    .array(splitEntryInputSchema, { error: "must be a list of { account, role, bps }" })
    .min(1, "needs at least one entry")
    .max(MAX_SPLIT_ENTRIES, `has at most ${MAX_SPLIT_ENTRIES} entries`)
    // The contract's own rules (zero address, duplicates, sum), in one function shared
    // with attestation, so what is drafted here is what Artwork.mint accepts.
    .superRefine((entries, context) => {
      for (const issue of findSplitIssues(entries)) context.addIssue({ code: "custom", path: issue.path, message: issue.reason });
    }),
  royaltyBps: z
    .number({ error: "must be a number of basis points" })
    .int("must be a whole number of basis points")
    .min(0, "must be at least 0")
    .max(MAX_ROYALTY_BPS, `must be at most ${MAX_ROYALTY_BPS} basis points (${MAX_ROYALTY_BPS / 100}%), the contract's cap`),
  /** Token ids of the works this one remixes; omitted means "found from the source images". */
  parents: z
    .array(
      // A token id the contract cannot hold (2^256 and above) is a 400 here, never a chain call.
      uint256Schema({ min: 1n, what: "a token id" }).transform((v) => v.toString()),
    )
    .max(MAX_PARENTS, `has at most ${MAX_PARENTS} parents`)
    .refine((ids) => new Set(ids).size === ids.length, "names the same work twice")
    .optional(),
});

export type DraftRecordInput = z.output<typeof draftRecordInputSchema>;

/** Body of POST /api/records/:id/sign. */
export const signRecordInputSchema = z.strictObject({
  signature: z
    .string({ error: "must be a hex string" })
    .regex(/^0x[0-9a-fA-F]{130}$/, "must be a 65-byte signature: 0x followed by 130 hex digits"),
});

/** Body of POST /api/records/:id/minted. */
export const confirmMintInputSchema = z.strictObject({
  txHash: z
    .string({ error: "must be a hex string" })
    .regex(/^0x[0-9a-fA-F]{64}$/, "must be a transaction hash: 0x followed by 64 hex digits")
    .transform((v) => v.toLowerCase()),
});
