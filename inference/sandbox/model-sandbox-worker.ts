// The sandbox worker: runs strangers' models for the server, inside bubblewrap (no network,
// an empty tmpfs as cwd, only node, node_modules and inference/ mounted read-only) under
// prlimit's address-space and CPU limits. Started by model-sandbox.ts through
// model-sandbox-entry.cjs; requests and replies are length-prefixed v8.serialize frames on
// stdin and stdout (sandbox-frames.ts). It exits when stdin ends.
import { getOrtVersion } from "../choose-execution-provider";
import { generateImage } from "../generate-image";
import { createImageDecodePool } from "../images/image-decode-pool";
import { isInferenceError, messageOf } from "../inference-error";
import { createModelRegistry } from "../model-registry";
import { encodeModel, GraphBuilder, ONNX_FLOAT, valueInfo } from "../onnx-graph";
import { SessionPool } from "../session-pool";
import { loadAndProbeModel } from "./load-and-probe-model";
import { encodeFrame, FrameReader } from "./sandbox-frames";
import type { SandboxErrorValue, SandboxReply, SandboxRequest } from "./sandbox-messages";

// stdout carries frames only: anything a library logs goes to stderr.
console.log = console.error;
console.info = console.error;
console.warn = console.error;
console.debug = console.error;

// One request runs at a time here, so one image-decode thread is enough: each thread is a
// V8 isolate that takes ~0.5 GB of the address-space limit. Installed as the process's
// shared pool (the key getImageDecodePool reads) before anything decodes.
(globalThis as { [key: symbol]: unknown })[Symbol.for("colophon.imageDecodePool")] = createImageDecodePool({ maxConcurrent: 1 });

/** Sessions kept warm at once; more distinct models and the pool starts afresh. */
const MAX_WARM_MODELS = 4;

let pool = new SessionPool({ device: "cpu", sandboxed: true });
const warmModels = new Set<string>();

function send(reply: SandboxReply): void {
  process.stdout.write(encodeFrame(reply));
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function errorValue(error: unknown): SandboxErrorValue {
  if (isInferenceError(error)) return { code: error.code, message: error.message, details: error.details };
  return { code: "INTERNAL", message: messageOf(error), details: {} };
}

async function handle(message: SandboxRequest): Promise<void> {
  try {
    if (message.type === "probe") {
      await loadAndProbeModel(message.bytes, message.signature);
      send({ id: message.id, type: "probed", cpuSeconds: cpuSeconds() });
      return;
    }
    const { manifest } = message;
    if (!warmModels.has(manifest.sha256) && warmModels.size >= MAX_WARM_MODELS) {
      await pool.close();
      pool = new SessionPool({ device: "cpu", sandboxed: true });
      warmModels.clear();
    }
    warmModels.add(manifest.sha256);
    // The registry re-checks the card's signature and the file's hash.
    const registry = createModelRegistry();
    registry.register(manifest, message.bytes);
    const image = await generateImage(
      { ...message.request, onProgress: ({ tilesDone, tilesTotal }) => send({ id: message.id, type: "progress", tilesDone, tilesTotal }) },
      { registry, pool, maxTilePixels: message.maxTilePixels },
    );
    send({ id: message.id, type: "generated", image, cpuSeconds: cpuSeconds() });
  } catch (error) {
    send({ id: message.id, type: "error", error: errorValue(error), cpuSeconds: cpuSeconds() });
  }
}

/** Loads ONNX Runtime and runs a one-node model, so the parent knows the sandbox works. */
async function trialRun(): Promise<void> {
  const builder = new GraphBuilder();
  builder.op("Mul", ["input", builder.scalar("one", 1)], {}, "output");
  const bytes = encodeModel({
    graphName: "sandbox-trial",
    builder,
    inputs: [valueInfo("input", ONNX_FLOAT, [1, 3, "h", "w"])],
    outputs: [valueInfo("output", ONNX_FLOAT, [1, 3, "h", "w"])],
    docString: "sandbox trial run",
    metadata: {},
  });
  await loadAndProbeModel(bytes, { kind: "style", input: "input", output: "output", fixedHeight: null, fixedWidth: null, tileHalo: null });
}

async function main(): Promise<void> {
  try {
    await trialRun();
  } catch (error) {
    send({ type: "start-failed", message: messageOf(error) });
    process.exitCode = 1;
    return;
  }
  const reader = new FrameReader();
  let chain = Promise.resolve();
  process.stdin.on("data", (chunk: Buffer) => {
    for (const message of reader.push(chunk) as SandboxRequest[]) chain = chain.then(() => handle(message));
  });
  process.stdin.on("end", () => void chain.then(() => process.exit(0)));
  send({ type: "ready", ortVersion: getOrtVersion(), cpuSeconds: cpuSeconds() });
}

void main();
