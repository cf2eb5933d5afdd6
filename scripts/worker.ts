// `npm run worker`: a generation worker. Takes jobs from the BullMQ queue on REDIS_URL and
// runs them with the same inference module as the web server (INFERENCE_DEVICE: a GPU host
// sets cuda or webgpu), adding each PNG to the content store; the web servers' queue
// events record progress and results in the database. Run as many as there are GPUs.
//
//   REDIS_URL=redis://127.0.0.1:6379 npm run worker [-- --concurrency 1] [-- --queue name]
//
// Needs the content store the web servers use (IPFS_API_URL, or the same COLOPHON_DATA_DIR
// on this host) and Redis; not the database. Stops on SIGTERM or Ctrl-C after the jobs in
// hand.
import path from "node:path";
import { parseArgs } from "node:util";
import { createInference } from "@/inference/create-inference";
import { getOrtVersion } from "@/inference/choose-execution-provider";
import { getDefaultModelSandbox } from "@/inference/sandbox/model-sandbox";
import { loadEnv } from "@/lib/config/env";
import { loadBuiltinTrainerKey } from "@/lib/keys/builtin-trainer-key";
import { getModelSandboxLimits } from "@/lib/runtime/get-model-sandbox-limits";
import { DEFAULT_GENERATION_QUEUE_NAME } from "@/lib/generation/create-bullmq-generation-queue";
import { startGenerationWorker } from "@/lib/generation/start-generation-worker";
import { openContentStore } from "@/lib/storage/open-content-store";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { concurrency: { type: "string", default: "1" }, queue: { type: "string", default: DEFAULT_GENERATION_QUEUE_NAME } },
  });
  const concurrency = Number(values.concurrency);
  if (!(Number.isInteger(concurrency) && concurrency >= 1)) throw new Error(`--concurrency must be a whole number of at least 1, got '${values.concurrency}'`);
  const settings = loadEnv(process.env);
  if (settings.REDIS_URL === undefined) {
    throw new Error("REDIS_URL is not set: a worker takes jobs from the BullMQ queue on Redis (the web server runs jobs in-process without it)");
  }
  const contentStore = await openContentStore(settings.IPFS_API_URL ? { kuboApiUrl: settings.IPFS_API_URL } : { dataDir: settings.COLOPHON_DATA_DIR });
  // The built-in cards are signed by the same operator key as the web server's: share the
  // data directory's keys/builtin-trainer.key, or set BUILTIN_TRAINER_PRIVATE_KEY on this host.
  const builtinTrainer = loadBuiltinTrainerKey({ dataDir: settings.COLOPHON_DATA_DIR, privateKey: settings.BUILTIN_TRAINER_PRIVATE_KEY });
  const inference = await createInference({
    modelsDirectory: path.join(settings.COLOPHON_DATA_DIR, "models"),
    device: settings.INFERENCE_DEVICE,
    builtinTrainer: builtinTrainer.signer,
    // Trainers' models run in the shared sandbox under the operator's MODEL_SANDBOX_* limits.
    sandbox: getDefaultModelSandbox(getModelSandboxLimits(settings)),
  });
  const choice = await inference.provider();
  const worker = await startGenerationWorker({ redisUrl: settings.REDIS_URL, inference, contentStore, concurrency, queueName: values.queue });

  const skipped = choice.skipped.length > 0 ? ` (skipped: ${choice.skipped.map((entry) => `${entry.provider}: ${entry.reason}`).join("; ")})` : "";
  process.stdout.write(
    `worker ready: queue ${values.queue}, concurrency ${concurrency}, ${choice.provider} on ONNX Runtime ${getOrtVersion()}${skipped}; ` +
      `models ${inference.registry.list().map((model) => model.id).join(", ")}; content store ${contentStore.kind}\n`,
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`worker: ${signal}, finishing the jobs in hand\n`);
    await worker.close();
    await inference.close();
    process.exit(0);
  };
  process.on("SIGTERM", (signal) => void stop(signal));
  process.on("SIGINT", (signal) => void stop(signal));
}

main().catch((error: unknown) => {
  process.stderr.write(`worker cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
