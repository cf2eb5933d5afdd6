// `npm run indexer`: the chain indexer on its own, beside a web server whose in-process
// indexer is off (INDEXER_POLL_MS=0), e.g. on PostgreSQL (DATABASE_URL) where both may run.
// PGlite admits one process at a time, so with the embedded database stop the web server
// first (or let it index: it does by default).
//
//   npm run indexer            follow the chain until Ctrl-C
//   npm run indexer -- --once  index up to head - confirmations, then exit
//
// Reads the same settings as the server (lib/config/env.ts): CHAIN_RPC_URL or the local node
// on CHAIN_PORT, DEPLOYMENTS_DIR, DATABASE_URL or the PGlite data directory,
// INDEXER_CONFIRMATIONS and INDEXER_POLL_MS.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { JsonRpcProvider } from "ethers";
import { readDeployment } from "@/lib/chain/read-deployment";
import { loadEnv } from "@/lib/config/env";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { openDatabase } from "@/lib/db/open-database";
import { createChainSource } from "@/lib/indexer/chain-source";
import { indexerContractsOf } from "@/lib/indexer/indexer-contracts";
import { DEFAULT_POLL_MS, indexerConfirmations, indexerPollMs } from "@/lib/indexer/indexer-settings";
import { indexToHead } from "@/lib/indexer/index-to-head";
import { fillTokenTitles } from "@/lib/indexer/fill-token-titles";
import { openContentStore } from "@/lib/storage/open-content-store";
import type { IndexStep } from "@/lib/indexer/index-next-range";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const once = process.argv.includes("--once");

function say(line: string) {
  process.stdout.write(`${new Date().toISOString()} ${line}\n`);
}

function describe(step: IndexStep): string | undefined {
  if (step.kind === "indexed") {
    const dup = step.duplicates > 0 ? `, ${step.duplicates} already stored` : "";
    return `indexed blocks ${step.from}..${step.to} of ${step.head}: ${step.applied} logs applied${dup}`;
  }
  if (step.kind === "rolled-back") return `reorg: rolled back from block ${step.previousCursor} to ${step.fork}, ${step.removedLogs} logs removed`;
  if (step.kind === "reset") return `the index held other contracts' logs: emptied it (${step.removedLogs} logs) to index this deployment`;
  if (step.kind === "busy") return "another indexer holds the index; waiting";
  return undefined;
}

async function main(): Promise<number> {
  const env = loadEnv();
  const rpcUrl = env.CHAIN_RPC_URL ?? `http://127.0.0.1:${env.CHAIN_PORT}`;
  const provider = new JsonRpcProvider(rpcUrl, undefined, { cacheTimeout: -1 });
  const chainId = Number((await provider.getNetwork()).chainId);
  const contracts = indexerContractsOf(await readDeployment(env.DEPLOYMENTS_DIR, chainId));
  const confirmations = indexerConfirmations(env, chainId);
  const pollMs = indexerPollMs(env) || DEFAULT_POLL_MS;
  const db = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.COLOPHON_DATA_DIR });
  let stopping = false;
  let wake: (() => void) | undefined;
  const stop = () => {
    stopping = true;
    wake?.();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    await applyMigrations(db, { migrationsDir: path.join(root, "prisma", "migrations") });
    say(`following chain ${chainId} at ${rpcUrl}: Artwork ${contracts.artwork}, AuctionHouse ${contracts.auctionHouse}; ${confirmations} confirmations`);
    const chain = createChainSource(provider);
    let store: ReturnType<typeof openContentStore> | undefined;
    const contentStore = () =>
      (store ??= openContentStore(env.IPFS_API_URL ? { kuboApiUrl: env.IPFS_API_URL } : { dataDir: env.COLOPHON_DATA_DIR }).catch((error: unknown) => {
        store = undefined;
        throw error;
      }));
    let lastProblem: string | undefined;
    while (!stopping) {
      try {
        const result = await indexToHead({
          prisma: db.prisma,
          chain,
          contracts,
          confirmations,
          onStep: (step) => {
            const line = describe(step);
            if (line !== undefined) say(line);
          },
        });
        if (lastProblem !== undefined) say("recovered");
        lastProblem = undefined;
        // Titles from the tokens' metadata (a bad document or a store that is down is logged, never fatal).
        await fillTokenTitles({ prisma: db.prisma, readContent: async (cid) => (await contentStore()).get(cid), log: say }).catch((error: unknown) =>
          say(`titles not read: ${error instanceof Error ? error.message : String(error)}`),
        );
        if (once) {
          say(result.last.kind === "idle" ? `caught up at block ${result.last.cursor} (head ${result.last.head})` : "done");
          return 0;
        }
      } catch (error) {
        const problem = error instanceof Error ? error.message : String(error);
        if (once) throw error;
        if (problem !== lastProblem) say(`${problem}; retrying`);
        lastProblem = problem;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, pollMs);
      });
    }
    say("stopped");
    return 0;
  } finally {
    await db.close();
    provider.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`indexer: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
