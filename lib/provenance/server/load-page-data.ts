import "server-only";
import { getRuntime } from "@/lib/runtime/get-runtime";
import { tryGetChainDeps } from "./get-provenance-deps";
import { getMintContext, type MintContext } from "./get-mint-context";
import { getWorkView, type WorkView } from "./get-work-view";

/** The work page's data from the process runtime; null for an unknown token. */
export async function loadWorkView(tokenId: string): Promise<WorkView | null> {
  const runtime = getRuntime();
  const [database, contentStore, chain] = await Promise.all([runtime.database(), runtime.contentStore(), tryGetChainDeps()]);
  return getWorkView({ prisma: database.prisma, contentStore, chain }, tokenId);
}

/** The mint page's data from the process runtime; null for an unknown generation. */
export async function loadMintContext(generationId: string): Promise<MintContext | null> {
  const runtime = getRuntime();
  const [database, chain, builtinTrainer] = await Promise.all([
    runtime.database(),
    tryGetChainDeps(),
    // Without the key (a broken key file), the built-ins' share is proposed to their trainer.
    runtime.builtinTrainer().catch(() => undefined),
  ]);
  return getMintContext({ prisma: database.prisma, chain, builtinTrainer }, generationId);
}
