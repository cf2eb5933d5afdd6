import { z } from "zod";
import { HttpError } from "./http-error";
import { parseStoredCid } from "./parse-stored-cid";

/**
 * A CID field of a request: a string that {@link parseStoredCid} accepts (CIDv0, or CIDv1
 * raw or dag-pb with sha2-256), kept as sent. The issue's message is the reason.
 */
export const cidSchema = z.string({ error: "must be a CID string" }).superRefine((value, context) => {
  try {
    parseStoredCid(value);
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    context.addIssue({ code: "custom", message: String(error.details.reason) });
  }
});
