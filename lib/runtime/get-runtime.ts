import "server-only";
import path from "node:path";
import { JsonRpcProvider } from "ethers";
import type { Inference } from "@/inference/create-inference";
import type { ModelSandboxOptions } from "@/inference/sandbox/model-sandbox";
import { readDeployment, type Deployment } from "@/lib/chain/read-deployment";
import { env, type Env } from "@/lib/config/env";
import type { Database } from "@/lib/db/database";
import { openDatabase } from "@/lib/db/open-database";
import { jsonRpcCall } from "@/lib/health/json-rpc-call";
import { withTimeout } from "@/lib/health/with-timeout";
import type { GenerationLimits, GenerationQueue } from "@/lib/generation/generation-queue";
import { loadAttestorKey, type AttestorKey } from "@/lib/keys/attestor-key";
import { loadBuiltinTrainerKey, type BuiltinTrainerKey } from "@/lib/keys/builtin-trainer-key";
import { openContentStore, type ContentStore } from "@/lib/storage/open-content-store";
import { getModelSandboxLimits } from "./get-model-sandbox-limits";
import { lazy } from "./lazy";

/**
 * The parts one server process works with, opened on first use and shared by every route
 * handler and server component in the process.
 */
export interface Runtime {
  /** The validated settings. */
  env: Env;
  /** CHAIN_RPC_URL, or the local node on 127.0.0.1:CHAIN_PORT when it is unset. */
  chainRpcUrl: string;
  /** The database: PGlite in the data directory, or DATABASE_URL. */
  database(): Promise<Database>;
  /** The content store: local blockstore in the data directory, or IPFS_API_URL. */
  contentStore(): Promise<ContentStore>;
  /** An ethers provider for the chain, pinned to the chain id the node reported. */
  provider(): Promise<JsonRpcProvider>;
  /** `<DEPLOYMENTS_DIR>/<chainId>.json` of a chain; read on every call (it may be fixed). */
  deployment(chainId: number): Promise<Deployment>;
  /** The attestor key (ATTESTOR_PRIVATE_KEY, or the key file, created on first use). */
  attestor(): Promise<AttestorKey>;
  /**
   * The operator's key that signs the built-in models' cards (BUILTIN_TRAINER_PRIVATE_KEY, or
   * `<COLOPHON_DATA_DIR>/keys/builtin-trainer.key`, created on first use), with the account
   * their trainer share is paid to (BUILTIN_TRAINER_PAYOUT_ADDRESS, default the key's own).
   */
  builtinTrainer(): Promise<BuiltinTrainerKey>;
  /** ONNX Runtime on INFERENCE_DEVICE over `<COLOPHON_DATA_DIR>/models` (built-ins built there). */
  inference(): Promise<Inference>;
  /** The generation job queue: BullMQ on REDIS_URL, or in-process; unfinished jobs settled on open. */
  generationQueue(): Promise<GenerationQueue>;
  /** Closes what was opened (queue, inference, database); the process can then exit. */
  close(): Promise<void>;
}

/** What tests, benchmarks and scripts may set beyond the environment. */
export interface RuntimeOptions {
  /**
   * Options of a model sandbox of the runtime's own (tests set short limits; unset ones come
   * from MODEL_SANDBOX_*). Default: the process's shared sandbox, under MODEL_SANDBOX_*.
   */
  inference?: { sandbox?: ModelSandboxOptions };
  generation?: {
    limits?: Partial<GenerationLimits>;
    /** BullMQ queue name; tests use their own so they never meet another run's jobs. */
    queueName?: string;
    /** Jobs the in-process queue runs at once. */
    concurrency?: number;
  };
}

/** How long opening the chain provider may wait for the node's chain id. */
const CHAIN_ID_TIMEOUT_MS = 5_000;

/** A runtime over `settings`; parts open on first use. Tests and scripts build their own. */
export function createRuntime(settings: Env, options: RuntimeOptions = {}): Runtime {
  const chainRpcUrl = settings.CHAIN_RPC_URL ?? `http://127.0.0.1:${settings.CHAIN_PORT}`;

  // PGlite allows one handle per data directory in the whole machine, so the start script
  // closes its own after migrating and this process opens the one it uses here.
  const database = lazy(() =>
    openDatabase(settings.DATABASE_URL ? { url: settings.DATABASE_URL } : { dataDir: settings.COLOPHON_DATA_DIR }),
  );
  const contentStore = lazy(() =>
    openContentStore(
      settings.IPFS_API_URL ? { kuboApiUrl: settings.IPFS_API_URL } : { dataDir: settings.COLOPHON_DATA_DIR },
    ),
  );
  // The chain id is read once with a plain call: an ethers provider left to detect it on
  // its own retries forever, logging every second, while the node is down. Pinned to that
  // id, the provider fails each call fast instead.
  const provider = lazy(async () => {
    const chainId = await withTimeout(`the chain node at ${chainRpcUrl}`, CHAIN_ID_TIMEOUT_MS, (signal) =>
      jsonRpcCall<string>({ url: chainRpcUrl, method: "eth_chainId", signal }),
    );
    // No batching stall: a page waits on its chain reads one after another, and the default
    // 10 ms stall per request would add up to most of its time.
    return new JsonRpcProvider(chainRpcUrl, Number(BigInt(chainId)), { staticNetwork: true, batchStallTime: 0 });
  });
  const attestor = lazy(async () =>
    loadAttestorKey({ dataDir: settings.COLOPHON_DATA_DIR, privateKey: settings.ATTESTOR_PRIVATE_KEY }),
  );
  const builtinTrainer = lazy(async () =>
    loadBuiltinTrainerKey({
      dataDir: settings.COLOPHON_DATA_DIR,
      privateKey: settings.BUILTIN_TRAINER_PRIVATE_KEY,
      payoutAddress: settings.BUILTIN_TRAINER_PAYOUT_ADDRESS,
    }),
  );
  // Imported when first used, so routes that never generate do not load the native binding.
  const inference = lazy(async () => {
    const { createInference } = await import("@/inference/create-inference");
    const { getDefaultModelSandbox } = await import("@/inference/sandbox/model-sandbox");
    // The operator's limits apply to every sandbox of the server: the shared one (also used
    // by validation and verification re-runs) and any of the runtime's own.
    const sandboxLimits = getModelSandboxLimits(settings);
    const own = options.inference?.sandbox;
    return createInference({
      modelsDirectory: path.join(settings.COLOPHON_DATA_DIR, "models"),
      device: settings.INFERENCE_DEVICE,
      builtinTrainer: (await builtinTrainer.get()).signer,
      sandbox: own === undefined ? getDefaultModelSandbox(sandboxLimits) : { ...own, limits: { ...sandboxLimits, ...own.limits } },
    });
  });
  const generationQueue = lazy(async () => {
    const { openGenerationQueue } = await import("@/lib/generation/open-generation-queue");
    return openGenerationQueue({
      database: await database.get(),
      contentStore: await contentStore.get(),
      inference: inference.get,
      redisUrl: settings.REDIS_URL,
      ...options.generation,
    });
  });

  return {
    env: settings,
    chainRpcUrl,
    database: database.get,
    contentStore: contentStore.get,
    provider: provider.get,
    deployment: (chainId) => readDeployment(settings.DEPLOYMENTS_DIR, chainId),
    attestor: attestor.get,
    builtinTrainer: builtinTrainer.get,
    inference: inference.get,
    generationQueue: generationQueue.get,
    async close() {
      // The queue first: a running in-process job still writes to the database.
      await (await generationQueue.peek()?.catch(() => undefined))?.close();
      await (await inference.peek()?.catch(() => undefined))?.close();
      const open = database.peek();
      if (open !== undefined) await (await open.catch(() => undefined))?.close();
      (await provider.peek()?.catch(() => undefined))?.destroy();
    },
  };
}

// Next.js may load this module once per bundle (route handlers and pages are bundled
// apart), and each copy would open its own PGlite handle on the same directory. Keeping the
// runtime on globalThis gives the whole process one.
const KEY = Symbol.for("colophon.runtime");
type Holder = { [KEY]?: Runtime };

/**
 * Installs `runtime` as the process's runtime (tests, benchmarks and scripts that build
 * their own with createRuntime), or forgets it with `undefined`. Closing it is the caller's.
 */
export function setRuntime(runtime: Runtime | undefined): void {
  (globalThis as Holder)[KEY] = runtime;
}

/**
 * The process's runtime, created on first call. Settings are validated then (a wrong one
 * throws ConfigError listing them all); parts open when first asked for.
 */
export function getRuntime(): Runtime {
  const holder = globalThis as Holder;
  if (holder[KEY] === undefined) {
    const runtime = createRuntime(env());
    holder[KEY] = runtime;
    // The chain index follows the contracts in this process (off when INDEXER_POLL_MS=0).
    void import("@/lib/indexer/start-indexer").then(({ startIndexer }) => startIndexer(runtime, () => holder[KEY] === runtime)).catch((error) => console.warn("[indexer] not started:", error));
    // Close PGlite cleanly when Next stops on a signal; Next exits once its own cleanup
    // (closing the HTTP server) is done, which normally takes longer than this.
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      process.once(signal, () => void runtime.close().catch(() => undefined));
    }
  }
  return holder[KEY];
}
