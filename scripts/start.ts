// `npm start`: brings up the whole product on its embedded default (or on the external parts
// the environment names) and keeps it up until Ctrl-C or SIGTERM:
// config → data dir → attestor key → contracts → chain (+ deploy) → database (+ migrations)
// → content store → built-in models → model sandbox check → web build → web server.
// Each failure names the part and the fix, and exits non-zero after stopping what started.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { JsonRpcProvider } from "ethers";
import { loadEnv, type Env } from "@/lib/config/env";
import { loadAttestorKey } from "@/lib/keys/attestor-key";
import { loadBuiltinTrainerKey } from "@/lib/keys/builtin-trainer-key";
import { checkOperatorAccounts } from "@/lib/keys/check-operator-accounts";
import { spawnChainNode, type ChainNodeProcess } from "@/lib/chain/spawn-chain-node";
import { deployContracts } from "@/lib/chain/deploy-contracts";
import { readDeployment } from "@/lib/chain/read-deployment";
import { openDatabase } from "@/lib/db/open-database";
import { applyMigrations } from "@/lib/db/apply-migrations";
import { openContentStore } from "@/lib/storage/open-content-store";
import { createModelSandbox } from "@/inference/sandbox/model-sandbox";
import { getModelSandboxLimits } from "@/lib/runtime/get-model-sandbox-limits";
import { writeBuiltinModels } from "@/inference/write-builtin-models";
import { ensureContractsCompiled } from "@/lib/stack/ensure-contracts-compiled";
import { ensureWebBuild } from "@/lib/stack/ensure-web-build";
import { spawnWebServer, type WebServerProcess } from "@/lib/stack/spawn-web-server";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** A start failure: which part, what happened, how to fix it. */
class StartError extends Error {
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(message);
  }
}

const children: { stop(signal?: NodeJS.Signals): Promise<unknown> }[] = [];
let stopping = false;

function step(part: string, text: string) {
  process.stdout.write(`  ✓ ${part.padEnd(10)} ${text}\n`);
}

async function inPart<T>(part: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StartError) throw error;
    throw new StartError(part, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Says whether models from strangers can run here: a trial run in the sandbox (bubblewrap
 * and prlimit). Not fatal: without it the built-in models still work and the server
 * refuses other models (503 SANDBOX_UNAVAILABLE), so the operator reads why and the fix.
 */
async function reportModelSandbox(repositoryRoot: string, settings: Env): Promise<void> {
  const sandbox = createModelSandbox({ rootDirectory: repositoryRoot, limits: getModelSandboxLimits(settings) });
  try {
    await sandbox.ensureAvailable();
    const { memoryMiB, timeLimitSeconds } = sandbox.limits;
    step("sandbox", `trainers' models run isolated (bubblewrap, no network, no data dir; ${memoryMiB} MiB, ${timeLimitSeconds} s a request)`);
  } catch (error) {
    process.stdout.write(`  ! ${"sandbox".padEnd(10)} ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await sandbox.close();
  }
}

async function stopAll(signal: NodeJS.Signals = "SIGTERM") {
  stopping = true;
  // Web first (it talks to the chain), then the chain: reverse start order.
  for (const child of [...children].reverse()) await child.stop(signal).catch(() => undefined);
}

async function start(env: Env) {
  const dataDir = env.COLOPHON_DATA_DIR;
  const logs = path.join(dataDir, "logs");
  await inPart("data dir", async () => {
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    fs.accessSync(dataDir, fs.constants.W_OK);
  });
  step("data dir", dataDir);

  const attestor = await inPart("keys", async () => loadAttestorKey({ dataDir, privateKey: env.ATTESTOR_PRIVATE_KEY }));
  step("keys", `attestor ${attestor.address} (${attestor.source === "env" ? "from ATTESTOR_PRIVATE_KEY" : `${attestor.source === "created" ? "created" : "key file"} ${attestor.file}`})`);
  const builtinTrainer = await inPart("keys", async () =>
    loadBuiltinTrainerKey({ dataDir, privateKey: env.BUILTIN_TRAINER_PRIVATE_KEY, payoutAddress: env.BUILTIN_TRAINER_PAYOUT_ADDRESS }),
  );
  step(
    "keys",
    `built-in models' trainer ${builtinTrainer.address} (${builtinTrainer.source === "env" ? "from BUILTIN_TRAINER_PRIVATE_KEY" : `${builtinTrainer.source === "created" ? "created" : "key file"} ${builtinTrainer.file}`}), share paid to ${builtinTrainer.payoutAddress}`,
  );
  // Public dev accounts may act only on the local dev chain: checked once its id is known.
  const checkAccounts = (chainId: number | bigint) =>
    inPart("keys", async () =>
      checkOperatorAccounts({ chainId, attestor: attestor.address, builtinTrainer: builtinTrainer.address, builtinTrainerPayout: builtinTrainer.payoutAddress }),
    );

  const compiled = await inPart("contracts", () => ensureContractsCompiled({ root, logFile: path.join(logs, "compile.log") }));
  step("contracts", compiled ? "compiled" : "artifacts up to date");

  let rpcUrl: string;
  let chainNote: string;
  if (env.CHAIN_RPC_URL === undefined) {
    const node: ChainNodeProcess = await inPart("chain", () => spawnChainNode({ dataDir, port: env.CHAIN_PORT }));
    children.push(node);
    await checkAccounts(node.chainId);
    rpcUrl = node.rpcUrl;
    const provider = new JsonRpcProvider(rpcUrl, undefined, { staticNetwork: true });
    try {
      const result = await inPart("chain", async () =>
        deployContracts({
          rpcUrl,
          signer: await provider.getSigner(0),
          attestorAddress: attestor.address,
          deploymentsDir: env.DEPLOYMENTS_DIR,
          artifactsDir: path.join(root, "artifacts"),
        }),
      );
      for (const warning of result.warnings) process.stdout.write(`  ! chain      ${warning}\n`);
      const { replay } = node.ready;
      const restored = replay.entries > 0 ? `, restored ${replay.entries} journaled requests in ${Math.round(replay.durationMs)} ms` : "";
      chainNote = `local node ${rpcUrl}, chain ${node.chainId}, block ${node.ready.blockNumber}${restored}; contracts ${result.status} (${result.path})`;
    } finally {
      provider.destroy();
    }
  } else {
    rpcUrl = env.CHAIN_RPC_URL;
    const provider = new JsonRpcProvider(rpcUrl);
    try {
      const { chainId } = await inPart("chain", () => provider.getNetwork());
      await checkAccounts(chainId);
      await inPart("chain", () => readDeployment(env.DEPLOYMENTS_DIR, Number(chainId)));
      chainNote = `external chain ${rpcUrl}, chain ${chainId}; deployment ${path.join(env.DEPLOYMENTS_DIR, `${chainId}.json`)}`;
    } finally {
      provider.destroy();
    }
  }
  step("chain", chainNote);

  const migrated = await inPart("database", async () => {
    const db = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir });
    try {
      return await applyMigrations(db, { migrationsDir: path.join(root, "prisma", "migrations") });
    } finally {
      // The web server opens the database itself; PGlite allows one process at a time.
      await db.close();
    }
  });
  step(
    "database",
    `${env.DATABASE_URL ? "PostgreSQL server" : `PGlite in ${path.join(dataDir, "pglite")}`}; ${migrated.applied.length ? `applied ${migrated.applied.join(", ")}` : "migrations up to date"}`,
  );

  const storeNote = await inPart("storage", async () => {
    const store = await openContentStore(env.IPFS_API_URL ? { kuboApiUrl: env.IPFS_API_URL } : { dataDir });
    const ping = await store.ping();
    if (!ping.ok) throw new Error(ping.detail);
    return `${store.kind === "kubo" ? `Kubo at ${env.IPFS_API_URL}` : `IPFS blocks in ${path.join(dataDir, "ipfs")}`} (${ping.detail})`;
  });
  step("storage", storeNote);

  const models = await inPart("models", () => writeBuiltinModels(path.join(dataDir, "models"), builtinTrainer.signer));
  step("models", `${models.length} built-in models in ${path.join(dataDir, "models")}`);
  await reportModelSandbox(root, env);

  const built = await inPart("web", () => {
    process.stdout.write("    web        checking the production build (a first build takes a minute or two)…\n");
    return ensureWebBuild({ root, logFile: path.join(logs, "next-build.log") });
  });
  const web: WebServerProcess = await inPart("web", () =>
    spawnWebServer({
      root,
      host: "127.0.0.1",
      port: env.PORT,
      env: webServerEnv({ dataDir, deploymentsDir: env.DEPLOYMENTS_DIR, rpcUrl, local: env.CHAIN_RPC_URL === undefined }),
    }),
  );
  children.push(web);
  step("web", `${built ? "built and " : ""}serving`);

  const devAccount = env.CHAIN_RPC_URL === undefined;
  process.stdout.write(
    [
      "",
      `Colophon is running at ${web.url}`,
      `  status page   ${web.url}/status`,
      `  chain         ${rpcUrl} (chain id ${devAccount ? 31337 : "see above"})`,
      ...(devAccount
        ? [
            "  wallet        add a network with that RPC URL and chain id 31337, then import a dev account:",
            '                the well-known Hardhat test mnemonic "test test test test test test test test test test test junk"',
            "                (public test keys: never send real funds to them)",
          ]
        : []),
      `  data          ${dataDir}`,
      "Press Ctrl-C to stop.",
      "",
    ].join("\n"),
  );

  // A child that dies on its own takes the stack down: half a product is worse than none.
  for (const [name, child] of [["web server", web], ...(children[0] !== web ? [["chain node", children[0]]] : [])] as const) {
    void (child as { exited: Promise<{ code: number | null; signal: string | null }> }).exited.then(async ({ code, signal }) => {
      if (stopping) return;
      process.stderr.write(`\nThe ${name} stopped unexpectedly (code ${code}, signal ${signal}); stopping Colophon.\n`);
      await stopAll();
      process.exit(1);
    });
  }
}

async function main() {
  // Settings in a .env file at the root count as if exported (the shell's own win).
  const dotenv = path.join(root, ".env");
  if (fs.existsSync(dotenv)) process.loadEnvFile(dotenv);
  let env: Env;
  try {
    env = loadEnv();
  } catch (error) {
    process.stderr.write(`\nColophon cannot start: ${error instanceof Error ? error.message : String(error)}\nSee .env.example for every setting.\n`);
    process.exit(2);
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      process.stdout.write("\nStopping Colophon…\n");
      void stopAll().then(() => process.exit(0));
    });
  }
  process.stdout.write("Starting Colophon\n");
  try {
    await start(env);
  } catch (error) {
    const part = error instanceof StartError ? error.part : "start";
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`\n  ✗ ${part.padEnd(10)} ${message}\n\nColophon did not start (${part} failed).\n`);
    await stopAll();
    process.exit(1);
  }
}

void main();

/**
 * The web server's environment. The local node goes by its port, so the web server knows it
 * is the embedded chain (named "Colophon local", with an RPC URL wallets may add with one
 * click); an external node goes by its URL, which is never handed to browsers.
 */
function webServerEnv({ dataDir, deploymentsDir, rpcUrl, local }: { dataDir: string; deploymentsDir: string; rpcUrl: string; local: boolean }): NodeJS.ProcessEnv {
  const { CHAIN_RPC_URL: _external, ...inherited } = process.env;
  return {
    ...inherited,
    NODE_ENV: "production",
    COLOPHON_DATA_DIR: dataDir,
    DEPLOYMENTS_DIR: deploymentsDir,
    ...(local ? { CHAIN_PORT: new URL(rpcUrl).port } : { CHAIN_RPC_URL: rpcUrl }),
  };
}
