import { sha256 } from "ethers";
import { encodePng } from "@/inference/png-codec";
import type { GenerationForRecord } from "@/lib/provenance/server/assemble-record";

/** A 3x2 PNG with fixed pixels. */
export const PNG = encodePng(Uint8Array.from({ length: 18 }, (_, i) => (i * 37) % 256), 3, 2);

export const CONTRIBUTOR = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
export const TRAINER = "0x3eEf037d81837C4D72fce00a552CFF570Dd5a63a";
export const PLATFORM = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
export const IMAGE_CID = "bafkreidvjlguuroeqsqiloxgt7mdunoff4z5dsfswwhrpfbjpkfshu3u7e";
export const CARD_CID = "bafkreibxw75lelauootvupk6h2afvdgklgsujauj6a3phdn2abgqysgdji";
export const FILE_CID = "bafkreic6fog5jg4idyfupojxoiwgdz2iq7h74a7lh5afnexdv4mc2wbol4";
export const MODEL_SHA256 = "0x5e2b8dd49b881e0b47b937722c61e74887cffe03eb3f405692e3af182d582e5f";

/** A kept generation as the database gives it (lower-case addresses, JSON params and facts). */
export function generationRow(overrides: Partial<GenerationForRecord> = {}): GenerationForRecord {
  return {
    id: "gen1",
    contributor: CONTRIBUTOR.toLowerCase(),
    prompt: "calm golden dawn",
    seed: 4294967303n,
    params: { width: 3, height: 2, zoom: 2 },
    imageCid: IMAGE_CID,
    imageSha256: sha256(PNG),
    size: PNG.length,
    facts: { modelSha256: MODEL_SHA256, ortVersion: "1.30.0", executionProvider: "cpu", seed: 7, params: { zoom: 2, centerX: 0, centerY: 0 } },
    model: { sha256: MODEL_SHA256, name: "Loom", version: "1.0.0", kind: "cppn", trainer: TRAINER.toLowerCase(), fileCid: FILE_CID, cardCid: CARD_CID },
    ...overrides,
  };
}
