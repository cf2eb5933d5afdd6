import canonicalize from "canonicalize";
import type { ModelCard } from "@/inference/model-card";

/** A model card's bytes as stored by CID: RFC 8785 canonical JSON, UTF-8. */
export function encodeModelCard(card: ModelCard): Uint8Array {
  return new TextEncoder().encode(canonicalize(card) ?? "");
}
