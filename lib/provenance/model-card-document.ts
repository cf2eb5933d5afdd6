import { z } from "zod";
import { modelCardSchema, type ModelCard } from "../../inference/model-card";
import { canonicalJsonBytes } from "./canonical-json-bytes";

/**
 * The bytes a model card is stored as: its RFC 8785 canonical JSON, one raw block, so
 * `cardCid` = CIDv1(raw, sha256(bytes)). The trainer's signature is not part of the
 * document (the database keeps it beside the card); every token's metadata carries it in
 * `colophon.signatures.trainer`, so a verifier needs only IPFS and the chain.
 */
export function modelCardBytes(card: ModelCard): Uint8Array {
  return canonicalJsonBytes(modelCardSchema.parse(card));
}

/** A stored card: the bare card (what {@link modelCardBytes} writes) or `{ card, signature }`. */
const envelopeSchema = z.strictObject({ card: modelCardSchema, signature: z.string().regex(/^0x[0-9a-fA-F]{0,512}$/) });

/** What {@link parseModelCardDocument} found. */
export type ParsedModelCardDocument =
  | { ok: true; card: ModelCard; signature: string | null }
  | { ok: false; reason: string };

/** Reads a stored card document: a bare signed card or an envelope that also holds the signature. */
export function parseModelCardDocument(bytes: Uint8Array): ParsedModelCardDocument {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: "the model card is not UTF-8 JSON" };
  }
  const bare = modelCardSchema.safeParse(value);
  if (bare.success) return { ok: true, card: bare.data, signature: null };
  const envelope = envelopeSchema.safeParse(value);
  if (envelope.success) return { ok: true, card: envelope.data.card, signature: envelope.data.signature };
  const issue = bare.error.issues[0]!;
  return { ok: false, reason: `the model card does not match its schema (${issue.path.join(".") || "card"}: ${issue.message})` };
}
