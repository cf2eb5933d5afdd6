import { getAddress, TypedDataEncoder, verifyTypedData, type TypedDataDomain, type TypedDataField } from "ethers";
import { z } from "zod";

/**
 * The model card a trainer signs (EIP-712), shared by server, browser and CLI: this file
 * imports only ethers and zod, so a bundler can ship it to the browser unchanged.
 *
 * The domain has no chainId and no verifyingContract on purpose: a card is about a file,
 * not about a chain, and the same signature must verify wherever the token lives.
 */
export const MODEL_CARD_DOMAIN = { name: "Colophon Model Card", version: "1" } as const satisfies TypedDataDomain;

/** EIP-712 types of a model card. Field order is part of the signed type string. */
export const MODEL_CARD_TYPES = {
  ModelCard: [
    { name: "modelSha256", type: "bytes32" },
    { name: "name", type: "string" },
    { name: "version", type: "string" },
    { name: "license", type: "string" },
    { name: "trainingData", type: "string" },
    { name: "weightsOrigin", type: "string" },
    { name: "trainer", type: "address" },
  ],
} as const satisfies Record<string, TypedDataField[]>;

/** The EIP-712 primary type name. */
export const MODEL_CARD_PRIMARY_TYPE = "ModelCard";

const hex32 = /^0x[0-9a-f]{64}$/;

/** A model card as signed: every field is part of the EIP-712 message. */
export const modelCardSchema = z.strictObject({
  /** sha256 of the .onnx file, 0x-prefixed lowercase hex (the manifest's `sha256` with 0x). */
  modelSha256: z.string().regex(hex32, "0x followed by 64 lowercase hex digits"),
  name: z.string().min(1).max(200),
  version: z.string().min(1).max(64),
  /** SPDX identifier or a short licence statement. */
  license: z.string().min(1).max(500),
  /** What data the weights were trained on, in words ("none" is a valid answer). */
  trainingData: z.string().min(1).max(4000),
  /** How the weights were made (trained, fine-tuned from X, procedurally generated...). */
  weightsOrigin: z.string().min(1).max(4000),
  /** The trainer's address, EIP-55 checksummed. */
  trainer: z.string().refine((value) => {
    try {
      return getAddress(value) === value;
    } catch {
      return false;
    }
  }, "an EIP-55 checksummed address"),
});

/** A model card as signed by its trainer. */
export type ModelCard = z.infer<typeof modelCardSchema>;

/** Anything that can sign EIP-712 data (an ethers Wallet or JsonRpcSigner). */
export interface TypedDataSigner {
  signTypedData(domain: TypedDataDomain, types: Record<string, TypedDataField[]>, value: Record<string, unknown>): Promise<string>;
}

function mutableTypes(): Record<string, TypedDataField[]> {
  return { ModelCard: MODEL_CARD_TYPES.ModelCard.map((field) => ({ ...field })) };
}

/** The EIP-712 digest of a card (what the trainer's key signs). */
export function hashModelCard(card: ModelCard): string {
  return TypedDataEncoder.hash(MODEL_CARD_DOMAIN, mutableTypes(), card);
}

/** Signs a card with the trainer's signer; returns the 65-byte signature as hex. */
export async function signModelCard(card: ModelCard, signer: TypedDataSigner): Promise<string> {
  return signer.signTypedData({ ...MODEL_CARD_DOMAIN }, mutableTypes(), card);
}

/** The address that signed `card`, or null when the signature is malformed. */
export function recoverModelCardSigner(card: ModelCard, signature: string): string | null {
  try {
    return verifyTypedData({ ...MODEL_CARD_DOMAIN }, mutableTypes(), card, signature);
  } catch {
    return null;
  }
}

/** Whether `signature` over `card` was made by `card.trainer`. */
export function verifyModelCard(card: ModelCard, signature: string): boolean {
  return recoverModelCardSigner(card, signature) === card.trainer;
}
