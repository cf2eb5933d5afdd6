/**
 * Inference benchmark: every built-in model at 512, 1024 and 2048 pixels square on every
 * execution provider that initialises here.
 *
 *   npm run bench:inference            (tsx scripts/bench/inference.ts)
 *   tsx scripts/bench/inference.ts --quick     fewer runs per size
 *
 * Prints, per model x size x provider: median ms per image (whole generateImage: tiles,
 * pixel conversion, PNG encoding) and images per second; median model ms (time inside
 * session.run only); FLOPs per image counted from the graph; achieved GFLOP/s over model
 * time; and that as a share of the peak measured in the same run by a 1024x1024x1024
 * MatMul through ONNX Runtime on the same provider. Then the peak RSS of a fresh process
 * generating one 2048x2048 image per model.
 *
 * A benchmark prints figures; it never fails on a time. Other processes on the machine
 * make the numbers noisy: compare runs from the same machine and moment only.
 */
import { fork } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Wallet } from "ethers";
import * as ort from "onnxruntime-node";
import { probeExecutionProvider, getOrtVersion, type ExecutionProviderName } from "../../inference/choose-execution-provider";
import { countFlops, imageInputShapes } from "../../inference/count-flops";
import { createInference } from "../../inference/create-inference";
import { DEFAULT_MAX_TILE_PIXELS } from "../../inference/generate-image";
import { encodeModel, GraphBuilder, ONNX_FLOAT, valueInfo } from "../../inference/onnx-graph";
import { median } from "./stats";
import { timeModelRuns } from "./time-model-runs";

const SIZES = [512, 1024, 2048] as const;
const quick = process.argv.includes("--quick");
/** Timed runs per size after one untimed warm-up at that size. */
const RUNS: Record<number, number> = quick ? { 512: 3, 1024: 2, 2048: 1 } : { 512: 7, 1024: 5, 2048: 3 };
const SELF = fileURLToPath(import.meta.url);

const fixed = (value: number, digits: number) => value.toFixed(digits);

/** A fresh directory of built-in models for this run. */
async function modelsDirectory(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "colophon-bench-models-"));
}

/** Peak GFLOP/s of a 1024x1024 @ 1024x1024 float32 MatMul on one provider (median of 10). */
async function measurePeak(provider: ExecutionProviderName): Promise<{ gflops: number; ms: number }> {
  const size = 1024;
  const builder = new GraphBuilder();
  builder.op("MatMul", ["a", "b"], {}, "c");
  const bytes = encodeModel({
    graphName: "peak_matmul",
    builder,
    inputs: [valueInfo("a", ONNX_FLOAT, [size, size]), valueInfo("b", ONNX_FLOAT, [size, size])],
    outputs: [valueInfo("c", ONNX_FLOAT, [size, size])],
    docString: "peak MatMul microbenchmark",
    metadata: {},
  });
  const session = await ort.InferenceSession.create(bytes, { executionProviders: [provider], graphOptimizationLevel: "all", logSeverityLevel: 3 });
  const values = new Float32Array(size * size).map((_, index) => ((index * 7919) % 1000) / 1000 - 0.5);
  const feeds = { a: new ort.Tensor("float32", values, [size, size]), b: new ort.Tensor("float32", values, [size, size]) };
  for (let run = 0; run < 3; run += 1) await session.run(feeds);
  const times: number[] = [];
  for (let run = 0; run < 10; run += 1) {
    const started = performance.now();
    await session.run(feeds);
    times.push(performance.now() - started);
  }
  await session.release();
  const ms = median(times);
  return { gflops: (2 * size ** 3) / (ms / 1000) / 1e9, ms };
}

interface Row {
  provider: string;
  model: string;
  size: number;
  totalMs: number;
  modelMs: number;
  tiles: number;
  gflopPerImage: number;
  uncounted: string[];
}

async function benchProvider(provider: ExecutionProviderName, directory: string): Promise<Row[]> {
  // A throwaway key signs the built-in cards: the bench measures, it mints nothing real.
  const inference = await createInference({ modelsDirectory: directory, device: provider, strict: true, builtinTrainer: Wallet.createRandom() });
  const counter = { ms: 0 };
  timeModelRuns(inference, counter);
  const rows: Row[] = [];
  for (const manifest of inference.registry.list().filter((entry) => entry.builtIn)) {
    const { bytes } = inference.registry.get(manifest.id);
    for (const size of SIZES) {
      const sourceImage =
        manifest.kind === "style" ? (await inference.generateImage({ modelId: "loom", prompt: "golden storm", seed: 1, width: size, height: size })).png : undefined;
      const request = { modelId: manifest.id, prompt: "storm over a crimson sea", seed: 1, width: size, height: size, sourceImage };
      await inference.generateImage(request);
      const totals: number[] = [];
      const models: number[] = [];
      let tiles = 0;
      for (let run = 0; run < RUNS[size]!; run += 1) {
        counter.ms = 0;
        const started = performance.now();
        const image = await inference.generateImage(request);
        totals.push(performance.now() - started);
        models.push(counter.ms);
        tiles = image.facts.tiles;
      }
      const flops = countFlops(bytes, imageInputShapes(manifest.signature, size, size));
      rows.push({ provider, model: manifest.id, size, totalMs: median(totals), modelMs: median(models), tiles, gflopPerImage: flops.total / 1e9, uncounted: flops.uncounted });
    }
  }
  await inference.close();
  return rows;
}

/** Child mode: generate one 2048x2048 image of `modelId` in a fresh process and report RSS. */
async function rssChild(modelId: string, provider: ExecutionProviderName, directory: string): Promise<void> {
  const inference = await createInference({ modelsDirectory: directory, buildBuiltins: false, device: provider, strict: true });
  const size = 2048;
  const kind = inference.registry.get(modelId).manifest.kind;
  const sourceImage = kind === "style" ? (await inference.generateImage({ modelId: "loom", prompt: "sea", seed: 1, width: size, height: size })).png : undefined;
  await inference.pool.acquire(inference.registry.get(modelId));
  const before = process.memoryUsage().rss;
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  await inference.generateImage({ modelId, prompt: "storm", seed: 1, width: size, height: size, sourceImage });
  const peak = process.resourceUsage().maxRSS * 1024;
  process.send!({ before, maxBefore, peak });
  await inference.close();
}

function measureRss(modelId: string, provider: ExecutionProviderName, directory: string): Promise<{ before: number; maxBefore: number; peak: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(SELF, ["--rss-child", modelId, provider, directory], { execArgv: process.execArgv, stdio: ["ignore", "ignore", "ignore", "ipc"] });
    child.once("message", (message) => resolve(message as { before: number; maxBefore: number; peak: number }));
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`RSS child for ${modelId} exited with ${code}`))));
  });
}

const mib = (bytes: number) => `${fixed(bytes / 2 ** 20, 0)} MiB`;

async function main(): Promise<void> {
  const directory = await modelsDirectory();
  try {
    await report(directory);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

async function report(directory: string): Promise<void> {
  const cpu = os.cpus();
  console.log("Colophon inference benchmark");
  console.log(`  ONNX Runtime ${getOrtVersion()}, Node ${process.version}, ${cpu.length} logical CPUs (${cpu[0]?.model.trim() ?? "unknown"}), load average ${os.loadavg().map((value) => fixed(value, 2)).join(" ")}`);
  console.log(`  tile size ${DEFAULT_MAX_TILE_PIXELS} pixels; timed runs per size: ${SIZES.map((size) => `${size}: ${RUNS[size]}`).join(", ")} (after one warm-up)`);
  console.log("  Shared machine: other processes may be running; treat the figures as noisy.\n");

  const providers: ExecutionProviderName[] = [];
  for (const provider of ["cpu", "cuda", "webgpu"] as const) {
    const failure = await probeExecutionProvider(provider);
    if (failure === null) providers.push(provider);
    else console.log(`  skipped ${provider}: not available (${failure})`);
  }
  console.log(`  providers benchmarked: ${providers.join(", ")}\n`);

  const peaks = new Map<ExecutionProviderName, { gflops: number; ms: number }>();
  for (const provider of providers) {
    const peak = await measurePeak(provider);
    peaks.set(provider, peak);
    console.log(`  peak (${provider}): 1024^3 MatMul median ${fixed(peak.ms, 1)} ms = ${fixed(peak.gflops, 1)} GFLOP/s`);
  }
  console.log("");

  const header = ["provider", "model", "size", "tiles", "ms/img", "img/s", "model ms", "GFLOP/img", "GFLOP/s", "% peak"];
  const lines: string[][] = [];
  for (const provider of providers) {
    for (const row of await benchProvider(provider, directory)) {
      const gflops = row.gflopPerImage / (row.modelMs / 1000);
      lines.push([
        row.provider,
        row.model,
        `${row.size}`,
        `${row.tiles}`,
        fixed(row.totalMs, 1),
        fixed(1000 / row.totalMs, 2),
        fixed(row.modelMs, 1),
        fixed(row.gflopPerImage, 2) + (row.uncounted.length ? "*" : ""),
        fixed(gflops, 1),
        fixed((100 * gflops) / peaks.get(provider)!.gflops, 0),
      ]);
    }
  }
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  console.log("\n  ms/img: whole generateImage (tiles + pixel conversion + PNG). model ms: inside session.run only.");
  console.log("  GFLOP/s and % peak use model ms. FLOPs counted from the graph (count-flops.ts); * = some ops uncounted.");
  console.log('  Issue baseline: "a 4-layer 32-wide CPPN at 512 ran in about 22 ms on this 2-core machine" (compare loom 512 model ms).\n');

  for (const provider of providers) {
    for (const id of ["loom", "tide", "press"]) {
      const { before, maxBefore, peak } = await measureRss(id, provider, directory);
      console.log(`  peak RSS at 2048x2048, ${provider}, ${id}: ${mib(peak)} (fresh process; RSS ${mib(before)} after loading and warming, max ${mib(maxBefore)} before generating)`);
    }
  }
}

if (process.argv[2] === "--rss-child") {
  await rssChild(process.argv[3]!, process.argv[4] as ExecutionProviderName, process.argv[5]!);
} else {
  await main();
}
