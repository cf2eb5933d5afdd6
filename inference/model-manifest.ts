import { z } from "zod";
import { InferenceError } from "./inference-error";
import { modelCardSchema, recoverModelCardSigner, type ModelCard } from "./model-card";
import { MODEL_KINDS, modelSignatureSchema, type ModelKind, type ModelSignature } from "./model-signature";

/** Format tag written into every manifest file. */
export const MODEL_MANIFEST_FORMAT = "colophon-model-manifest/1";

/** A model id: lower-case letters, digits and dashes, used in file names and URLs. */
export const modelIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lower-case letters, digits and dashes, at most 63");

/**
 * What validating a model file yields before a trainer has named and signed it: the facts
 * read from the file itself. The storage layer adds a CID; the trainer adds the card.
 */
export const modelManifestDraftSchema = z.strictObject({
  kind: z.enum(MODEL_KINDS),
  signature: modelSignatureSchema,
  /** sha256 of the .onnx bytes, 64 lower-case hex digits (no 0x; the card has it with 0x). */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sizeBytes: z.number().int().positive(),
  irVersion: z.number().int().positive(),
  opsetVersion: z.number().int().positive(),
  producer: z.string(),
  /** Distinct operator types of the graph. */
  operators: z.array(z.string()),
});
export type ModelManifestDraft = z.infer<typeof modelManifestDraftSchema>;

/** A registered model: the file's facts, its id, and the trainer's signed card. */
export const modelManifestSchema = modelManifestDraftSchema.extend({
  format: z.literal(MODEL_MANIFEST_FORMAT),
  id: modelIdSchema,
  /** Same as card.name and card.version (checked). */
  name: z.string().min(1),
  version: z.string().min(1),
  /** True for the models built by scripts/build-models.ts. */
  builtIn: z.boolean(),
  /** The trainer's address (same as card.trainer). */
  trainer: z.string(),
  card: modelCardSchema,
  /** The trainer's EIP-712 signature over `card`. */
  cardSignature: z.string().regex(/^0x[0-9a-fA-F]{130}$/),
});
export type ModelManifest = z.infer<typeof modelManifestSchema>;

/** Parameters of {@link createModelManifest}. */
export interface CreateModelManifestParameters {
  draft: ModelManifestDraft;
  id: string;
  card: ModelCard;
  cardSignature: string;
  builtIn?: boolean;
}

/**
 * Joins a validated draft with the trainer's signed card into a manifest, and checks that
 * they agree: the card names the file's sha256, and the signature recovers the card's
 * trainer. Throws MANIFEST_INVALID, MODEL_HASH_MISMATCH or CARD_SIGNATURE_INVALID.
 */
export function createModelManifest(parameters: CreateModelManifestParameters): ModelManifest {
  const candidate = {
    ...parameters.draft,
    format: MODEL_MANIFEST_FORMAT,
    id: parameters.id,
    name: parameters.card.name,
    version: parameters.card.version,
    builtIn: parameters.builtIn ?? false,
    trainer: parameters.card.trainer,
    card: parameters.card,
    cardSignature: parameters.cardSignature,
  };
  return checkModelManifest(candidate);
}

/**
 * Parses a manifest (from a file or a request) and checks its internal consistency:
 * schema, kind matches signature, name/version/trainer match the card, card hash matches
 * `sha256`, signature recovers the trainer. Does not read the model file.
 */
export function checkModelManifest(value: unknown): ModelManifest {
  const parsed = modelManifestSchema.safeParse(value);
  if (!parsed.success) {
    throw new InferenceError("MANIFEST_INVALID", "The model manifest does not match its schema.", {
      details: { issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })) },
    });
  }
  const manifest = parsed.data;
  const mismatches: string[] = [];
  if (manifest.kind !== manifest.signature.kind) mismatches.push("kind differs from signature.kind");
  if (manifest.name !== manifest.card.name) mismatches.push("name differs from card.name");
  if (manifest.version !== manifest.card.version) mismatches.push("version differs from card.version");
  if (manifest.trainer !== manifest.card.trainer) mismatches.push("trainer differs from card.trainer");
  if (mismatches.length > 0) {
    throw new InferenceError("MANIFEST_INVALID", "The model manifest contradicts its card.", { details: { mismatches } });
  }
  if (manifest.card.modelSha256 !== `0x${manifest.sha256}`) {
    throw new InferenceError("MODEL_HASH_MISMATCH", "The model card names a different file (card.modelSha256 differs from the file's sha256).", {
      details: { fileSha256: manifest.sha256, cardModelSha256: manifest.card.modelSha256 },
    });
  }
  const signer = recoverModelCardSigner(manifest.card, manifest.cardSignature);
  if (signer !== manifest.card.trainer) {
    throw new InferenceError("CARD_SIGNATURE_INVALID", "The model card's signature was not made by its trainer.", {
      details: { trainer: manifest.card.trainer, recovered: signer },
    });
  }
  return manifest;
}

/** The manifest as canonical JSON text: sorted keys, two-space indent, trailing newline. */
export function serializeModelManifest(manifest: ModelManifest): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
    }
    return value;
  };
  return `${JSON.stringify(sortKeys(manifest), null, 2)}\n`;
}

export type { ModelKind, ModelSignature };
