import type { ModelCard } from "@/inference/model-card";
import type { Model } from "@/lib/db/generated/client";

/** A model as the API shows it: the row, its signed card, and whether it is built in. */
export interface ModelJson {
  id: string;
  name: string;
  version: string;
  /** "cppn" (text to image) or "style" (image to image: needs a source image). */
  kind: string;
  /** The trainer's address as the card has it (EIP-55). */
  trainer: string;
  /** sha256 of the .onnx file, 0x-prefixed. */
  sha256: string;
  fileCid: string;
  cardCid: string;
  card: ModelCard;
  cardSignature: string;
  trainerShareBps: number;
  builtIn: boolean;
  status: string;
  createdAt: string;
}

/** The API shape of a Model row. */
export function toModelJson(model: Model, card: ModelCard, builtIn: boolean): ModelJson {
  return {
    id: model.id,
    name: model.name,
    version: model.version,
    kind: model.kind,
    trainer: card.trainer,
    sha256: model.sha256,
    fileCid: model.fileCid,
    cardCid: model.cardCid,
    card,
    cardSignature: model.cardSignature,
    trainerShareBps: model.trainerShareBps,
    builtIn,
    status: model.status,
    createdAt: model.createdAt.toISOString(),
  };
}
