// `npm run index:check`: compares the database's index with the chain at the block the
// index reached and prints every difference, one per line:
//
//   work 3 owner: database 0x…, chain 0x…
//
// Exit status 0 when there is none, 1 when there are differences, 2 when the check could not
// run. Reads the same settings as the server (lib/config/env.ts). PGlite admits one process
// at a time: with the embedded database, stop the web server first.
import { JsonRpcProvider } from "ethers";
import { readDeployment } from "@/lib/chain/read-deployment";
import { loadEnv } from "@/lib/config/env";
import { openDatabase } from "@/lib/db/open-database";
import { createChainSource } from "@/lib/indexer/chain-source";
import { checkIndex, formatDifference } from "@/lib/indexer/check-index";
import { indexerContractsOf } from "@/lib/indexer/indexer-contracts";

async function main(): Promise<number> {
  const env = loadEnv();
  const rpcUrl = env.CHAIN_RPC_URL ?? `http://127.0.0.1:${env.CHAIN_PORT}`;
  const provider = new JsonRpcProvider(rpcUrl, undefined, { cacheTimeout: -1 });
  const chainId = Number((await provider.getNetwork()).chainId);
  const contracts = indexerContractsOf(await readDeployment(env.DEPLOYMENTS_DIR, chainId));
  const db = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.COLOPHON_DATA_DIR });
  try {
    const report = await checkIndex({ prisma: db.prisma, chain: createChainSource(provider), provider, contracts });
    if (report.block === null) {
      process.stdout.write(`The index is empty: nothing indexed yet (chain head ${report.head}). Run \`npm run indexer -- --once\`.\n`);
      return 0;
    }
    for (const difference of report.differences) process.stdout.write(`${formatDifference(difference)}\n`);
    const { logs, tokens, auctions, credits, splitterAccounts } = report.compared;
    const summary =
      `Compared at block ${report.block} (head ${report.head}): ${logs} logs, ${tokens} tokens, ${auctions} auctions, ` +
      `${credits} auction-house credits, ${splitterAccounts} splitter accounts`;
    const count = report.differences.length;
    process.stdout.write(`${summary}: ${count === 0 ? "no difference" : `${count} ${count === 1 ? "difference" : "differences"}`}.\n`);
    return count === 0 ? 0 : 1;
  } finally {
    await db.close();
    provider.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`index:check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
