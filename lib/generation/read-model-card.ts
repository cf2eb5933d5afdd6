import { modelCardSchema, type ModelCard } from "@/inference/model-card";
import type { ContentStore } from "@/lib/storage/content-store";

// Content under a CID never changes, so a card read once is good for the process's life.
const cards = new Map<string, ModelCard>();
const MAX_CACHED_CARDS = 1_000;

/** The model card stored under `cid` (canonical JSON), checked against its schema. */
export async function readModelCard(contentStore: ContentStore, cid: string): Promise<ModelCard> {
  const cached = cards.get(cid);
  if (cached !== undefined) return cached;
  const card = modelCardSchema.parse(JSON.parse(new TextDecoder().decode(await contentStore.get(cid))));
  if (cards.size >= MAX_CACHED_CARDS) cards.delete(cards.keys().next().value!);
  cards.set(cid, card);
  return card;
}
