import "server-only";
import { getAddress } from "ethers";
import { ensureBuiltinModels } from "@/lib/generation/ensure-builtin-models";
import type { GenerationRuntime } from "@/lib/generation/generation-runtime";
import { buildWorkCards } from "@/lib/market/load-work-cards";
import type { WorkCardJson } from "@/lib/market/market-json";
import { countWorksByModel } from "./count-works-by-model";
import type { RegistryModelJson } from "./list-registry-models";
import { loadModelJson } from "./load-model-json";

/** Most works /trainers/:address shows. */
const WORKS_LIMIT = 48;

/** What /trainers/:address shows. */
export interface TrainerViewJson {
  /** The trainer, EIP-55. */
  address: string;
  /** Every model the trainer registered, active and retired, oldest first. */
  models: RegistryModelJson[];
  /** Minted works made with any of those models, newest first, at most {@link WORKS_LIMIT}. */
  works: WorkCardJson[];
}

/**
 * A trainer's models (whatever their status, so retired ones still explain old works) and
 * the newest minted works made with them. `address` is any valid address; rows hold it
 * lowercase. Registers the built-ins on first use, so the built-ins' trainer has a page.
 */
export async function getTrainerView(runtime: GenerationRuntime, address: string): Promise<TrainerViewJson> {
  await ensureBuiltinModels(runtime);
  const [{ prisma }, contentStore, inference] = await Promise.all([runtime.database(), runtime.contentStore(), runtime.inference()]);
  const rows = await prisma.model.findMany({ where: { trainer: address.toLowerCase() }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const hashes = rows.map((row) => row.sha256);
  const [models, counts, tokens] = await Promise.all([
    Promise.all(rows.map((row) => loadModelJson(contentStore, inference.registry, row))),
    countWorksByModel(prisma, hashes),
    hashes.length === 0
      ? Promise.resolve([])
      : prisma.token.findMany({ where: { modelHash: { in: hashes } }, orderBy: [{ mintBlock: "desc" }, { tokenId: "desc" }], take: WORKS_LIMIT }),
  ]);
  const cards = await buildWorkCards(prisma, tokens);
  return {
    address: getAddress(address),
    models: models.map((model) => ({ ...model, worksCount: counts.get(model.sha256) ?? 0 })),
    works: tokens.map((token) => cards.get(token.tokenId.toFixed())!),
  };
}
