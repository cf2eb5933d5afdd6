import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Wallet } from "ethers";
import * as ort from "onnxruntime-node";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCppnModel } from "../../inference/build-cppn-model";
import { buildStyleModel } from "../../inference/build-style-model";
import { LOOM_ARCHITECTURE, PRESS_ARCHITECTURE } from "../../inference/builtin-models";
import { encodePng } from "../../inference/png-codec";
import { generateImage } from "../../inference/generate-image";
import { signModelCard, type ModelCard } from "../../inference/model-card";
import { createModelManifest, type ModelManifest } from "../../inference/model-manifest";
import { createModelRegistry } from "../../inference/model-registry";
import { buildSandboxCommand, createModelSandbox, DEFAULT_MODEL_SANDBOX_LIMITS, type ModelSandbox } from "../../inference/sandbox/model-sandbox";
import { createSessionPool } from "../../inference/session-pool";
import { sha256Hex } from "../../inference/sha256-hex";
import { checkModelFile } from "../../inference/validate-model-file";
import { caught } from "./fixtures";
import { computeHeavyModel, hugeAllocationModel, leakingModel } from "./hostile-models";

const REPO_ROOT = path.resolve(import.meta.dirname, "../..");
const TRAINER = new Wallet(`0x${"c3".repeat(32)}`);

/** A signed manifest for `bytes`, built in or not, skipping the static scan (as an attacker would like). */
async function manifestOf(bytes: Uint8Array, id: string, builtIn = false): Promise<ModelManifest> {
  const card: ModelCard = {
    modelSha256: `0x${sha256Hex(bytes)}`,
    name: id,
    version: "1",
    license: "CC0-1.0",
    trainingData: "none",
    weightsOrigin: "test",
    trainer: TRAINER.address,
  };
  const draft = {
    kind: "cppn" as const,
    signature: { kind: "cppn" as const, coordsInput: "coords", latentInput: "z", output: "rgb", latentSize: 8 },
    sha256: sha256Hex(bytes),
    sizeBytes: bytes.length,
    irVersion: 8,
    opsetVersion: 17,
    producer: "colophon 1",
    operators: [],
  };
  return createModelManifest({ draft, id, card, cardSignature: await signModelCard(card, TRAINER), builtIn });
}

/** The pixels of a PNG, RGB bytes in row order. */
function pixelsOf(png: Uint8Array): Uint8Array {
  const image = PNG.sync.read(Buffer.from(png));
  const rgb = new Uint8Array(image.width * image.height * 3);
  for (let pixel = 0; pixel < image.width * image.height; pixel += 1) rgb.set(image.data.subarray(pixel * 4, pixel * 4 + 3), pixel * 3);
  return rgb;
}

/** Whether `haystack` contains `needle` as bytes, hex or base64. */
function leaks(haystack: string | Uint8Array, needle: Uint8Array): boolean {
  const text = typeof haystack === "string" ? haystack : Buffer.from(haystack).toString("latin1");
  const bytes = Buffer.from(needle);
  return [bytes.toString("latin1"), bytes.toString("hex"), bytes.toString("base64")].some((form) => text.includes(form.slice(0, 24)));
}

describe("model sandbox", () => {
  let sandbox: ModelSandbox;
  // A data dir inside the repository, as the default `.colophon/` is: the attack of issue 10
  // names a file there relative to the server's working directory.
  const canary = new Uint8Array(randomBytes(48));
  // Named here, made in beforeAll (so a filtered run that skips these tests leaves nothing).
  const dataDir = path.join(REPO_ROOT, ".colophon", `test-canary-${randomBytes(6).toString("hex")}`);
  const canaryPath = path.join(dataDir, "keys", "canary.key");
  const relative = path.relative(REPO_ROOT, canaryPath);

  beforeAll(() => {
    fs.mkdirSync(path.dirname(canaryPath), { recursive: true });
    fs.writeFileSync(canaryPath, canary);
    fs.symlinkSync(canaryPath, path.join(dataDir, "canary-link"));
    sandbox = createModelSandbox({ limits: { memoryMiB: 3072, timeLimitSeconds: 5 } });
  });
  afterAll(async () => {
    await sandbox.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("default: a trainer's CPPN generates in the sandbox the same PNG bytes as in this process", async () => {
    const bytes = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 777 });
    const { draft } = checkModelFile(bytes);
    const card: ModelCard = { modelSha256: `0x${draft.sha256}`, name: "Same", version: "1", license: "CC0-1.0", trainingData: "none", weightsOrigin: "test", trainer: TRAINER.address };
    const cardSignature = await signModelCard(card, TRAINER);
    const request = { modelId: "same", prompt: "amber tide", seed: 7, width: 96, height: 64 };
    const sandboxed = await sandbox.generateImage({ manifest: createModelManifest({ draft, id: "same", card, cardSignature }), bytes, request });
    // The same file as a built-in runs in this process: the reference.
    const registry = createModelRegistry();
    registry.register(createModelManifest({ draft, id: "same", card, cardSignature, builtIn: true }), bytes);
    const pool = createSessionPool({ device: "cpu" });
    const local = await generateImage(request, { registry, pool });
    await pool.close();
    expect(sandboxed.sha256).toBe(local.sha256);
    expect(sandboxed.sha256).toBe(sha256Hex(sandboxed.png));
    expect(sandboxed.facts).toMatchObject({ modelSha256: draft.sha256, executionProvider: "cpu", seed: 7, tiles: local.facts.tiles });
  });

  it("behavior: a trainer's style model decodes its source and generates in the sandbox, the same PNG as in this process", async () => {
    const bytes = buildStyleModel({ ...PRESS_ARCHITECTURE, weightSeed: 4321 });
    const { draft } = checkModelFile(bytes);
    const card: ModelCard = { modelSha256: `0x${draft.sha256}`, name: "Inked", version: "1", license: "CC0-1.0", trainingData: "none", weightsOrigin: "test", trainer: TRAINER.address };
    const cardSignature = await signModelCard(card, TRAINER);
    const sourceImage = encodePng(Uint8Array.from({ length: 48 * 32 * 3 }, (_, index) => (index * 37) % 256), 48, 32);
    const request = { modelId: "inked", prompt: "", seed: 1, width: 48, height: 32, sourceImage, params: { strength: 0.5 } };
    const sandboxed = await sandbox.generateImage({ manifest: createModelManifest({ draft, id: "inked", card, cardSignature }), bytes, request });
    const registry = createModelRegistry();
    registry.register(createModelManifest({ draft, id: "inked", card, cardSignature, builtIn: true }), bytes);
    const pool = createSessionPool({ device: "cpu" });
    const local = await generateImage(request, { registry, pool });
    await pool.close();
    expect(sandboxed.sha256).toBe(local.sha256);
    expect(sandboxed.facts.params).toEqual({ strength: 0.5 });
  });

  it("behavior: generateImage sends a model that is not built in to the sandbox, with progress per tile", async () => {
    const bytes = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 778 });
    const registry = createModelRegistry();
    registry.register({ ...(await manifestOf(bytes, "routed")), kind: "cppn", signature: checkModelFile(bytes).signature }, bytes);
    const pool = createSessionPool({ device: "cpu" });
    const progress: number[] = [];
    const image = await generateImage(
      { modelId: "routed", prompt: "x", seed: 1, width: 64, height: 64, onProgress: ({ tilesDone }) => progress.push(tilesDone) },
      { registry, pool, sandbox, maxTilePixels: 1024 },
    );
    expect(image.width).toBe(64);
    expect(progress).toEqual([1, 2, 3, 4]);
    // Nothing of the model ran here: the in-process pool created no session.
    expect((pool as unknown as { sessions: Map<string, unknown> }).sessions.size).toBe(0);
  });

  it("error: the in-process pool refuses a model that is not built in (UNTRUSTED_MODEL_IN_PROCESS)", async () => {
    const bytes = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 779 });
    const manifest = await manifestOf(bytes, "stranger");
    const pool = createSessionPool({ device: "cpu" });
    const error = await caught(() => pool.acquire({ manifest, bytes }));
    expect(error.code).toBe("UNTRUSTED_MODEL_IN_PROCESS");
    expect(error.message).toBe('Model "stranger" is not built in: it runs only in the model sandbox, never in this process.');
    expect(error.details).toEqual({ id: "stranger", sha256: manifest.sha256 });
  });

  it("behavior: unsandboxed, the leaking model returns the canary (the control for the tests below)", async () => {
    // Run here with ONNX Runtime directly, from the repository root as the web server is.
    expect(process.cwd()).toBe(REPO_ROOT);
    const session = await ort.InferenceSession.create(leakingModel(relative));
    const output = await session.run({ coords: new ort.Tensor("float32", new Float32Array(48), [16, 3]), z: new ort.Tensor("float32", new Float32Array(8), [1, 8]) });
    await session.release();
    const stolen = Uint8Array.from(output.rgb!.data as Float32Array, (value) => Math.round(value * 255));
    expect(stolen).toEqual(canary);
  });

  for (const [kind, location] of [
    ["relative", () => relative],
    ["absolute", () => canaryPath],
    ["..", () => path.join("..", path.basename(REPO_ROOT), relative)],
    ["symlink", () => path.relative(REPO_ROOT, path.join(dataDir, "canary-link"))],
  ] as const) {
    it(`error: in the sandbox, external data naming the canary by a ${kind} path is LOAD_FAILED and the canary never appears`, async () => {
      const bytes = leakingModel(location());
      const manifest = await manifestOf(bytes, `leak-${kind === ".." ? "dotdot" : kind}`);
      const generation = await caught(() => sandbox.generateImage({ manifest, bytes, request: { modelId: manifest.id, prompt: "", seed: 1, width: 4, height: 4 } }));
      const probe = await caught(() => sandbox.probeModel(bytes, manifest.signature));
      for (const error of [generation, probe]) {
        expect(error.code).toBe("LOAD_FAILED");
        expect(error.details.reason).toContain("leak");
        expect(leaks(JSON.stringify({ message: error.message, details: error.details }), canary)).toBe(false);
      }
    });
  }

  it("error: a model asking for 16 GiB at run time is MODEL_RESOURCE_LIMIT (memory), and this process does not grow", async () => {
    const before = process.memoryUsage().rss;
    const bytes = hugeAllocationModel(2 ** 32);
    expect(bytes.length).toBeLessThan(500);
    const error = await caught(() => sandbox.probeModel(bytes, checkModelFile(bytes).signature));
    expect(error.code).toBe("MODEL_RESOURCE_LIMIT");
    expect(error.message).toBe("The model exceeded the sandbox's memory limit of 3072 MiB.");
    expect(error.details).toMatchObject({ limit: "memory", limitMiB: 3072 });
    // The allocation happened (and failed) in the worker: this process stays within 64 MiB of where it was.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("error: a compute-heavy model is MODEL_RESOURCE_LIMIT (time) after the limit; the next request gets a new worker", async () => {
    await sandbox.ensureAvailable();
    const pid = await sandbox.workerPid();
    const bytes = computeHeavyModel(4000);
    const started = performance.now();
    const error = await caught(() => sandbox.probeModel(bytes, checkModelFile(bytes).signature));
    const seconds = (performance.now() - started) / 1000;
    expect(error.code).toBe("MODEL_RESOURCE_LIMIT");
    expect(error.message).toBe("The model exceeded the sandbox's time limit of 5 s.");
    expect(error.details).toEqual({ limit: "time", limitSeconds: 5 });
    expect(seconds).toBeGreaterThanOrEqual(5);
    expect(seconds).toBeLessThan(30);
    const clean = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 780 });
    await expect(sandbox.probeModel(clean, checkModelFile(clean).signature)).resolves.toBeUndefined();
    expect(await sandbox.workerPid()).not.toBe(pid);
  });
});

describe("model sandbox lifecycle", () => {
  it("behavior: closing the sandbox while a model runs fails that request as SANDBOX_UNAVAILABLE (closed), not as the model's fault", async () => {
    const sandbox = createModelSandbox({ limits: { memoryMiB: 3072, timeLimitSeconds: 60 } });
    await sandbox.ensureAvailable();
    const bytes = computeHeavyModel(4000);
    const running = caught(() => sandbox.probeModel(bytes, checkModelFile(bytes).signature));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    await sandbox.close();
    const error = await running;
    expect(error.code).toBe("SANDBOX_UNAVAILABLE");
    expect(error.message).toBe("The model sandbox was closed while the model ran.");
    // The worker got two seconds to finish, then was killed.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("error: a worker killed while a model runs is MODEL_RESOURCE_LIMIT (crash) naming the signal; the next request gets a new worker", async () => {
    const sandbox = createModelSandbox({ limits: { memoryMiB: 3072, timeLimitSeconds: 60 } });
    try {
      await sandbox.ensureAvailable();
      const pid = await sandbox.workerPid();
      expect(pid).toBeTypeOf("number");
      const bytes = computeHeavyModel(4000);
      const running = caught(() => sandbox.probeModel(bytes, checkModelFile(bytes).signature));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // What the kernel's OOM killer, or an operator, would do to the worker.
      process.kill(pid!, "SIGKILL");
      const error = await running;
      expect(error.code).toBe("MODEL_RESOURCE_LIMIT");
      expect(error.message).toBe("The model crashed the sandbox's worker process (its memory limit is 3072 MiB, its time limit 60 s).");
      expect(error.details).toEqual({ limit: "crash", reason: "signal SIGKILL" });
      const clean = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 781 });
      await expect(sandbox.probeModel(clean, checkModelFile(clean).signature)).resolves.toBeUndefined();
      const replacement = await sandbox.workerPid();
      expect(replacement).toBeTypeOf("number");
      expect(replacement).not.toBe(pid);
    } finally {
      await sandbox.close();
    }
  });

  it("behavior: workerPid is undefined before the first request and after close", async () => {
    const sandbox = createModelSandbox();
    expect(await sandbox.workerPid()).toBeUndefined();
    await sandbox.ensureAvailable();
    expect(await sandbox.workerPid()).toBeTypeOf("number");
    await sandbox.close();
    expect(await sandbox.workerPid()).toBeUndefined();
  });
});

describe("model sandbox without its tools", () => {
  it("error: a missing bwrap is SANDBOX_UNAVAILABLE naming it and the fix; nothing runs", async () => {
    const sandbox = createModelSandbox({ commands: { bwrap: "bwrap-not-installed" } });
    const bytes = buildCppnModel(LOOM_ARCHITECTURE);
    const error = await caught(() => sandbox.probeModel(bytes, checkModelFile(bytes).signature));
    expect(error.code).toBe("SANDBOX_UNAVAILABLE");
    expect(error.message).toBe(
      "Models that are not built in run only in an isolated sandbox (bubblewrap and prlimit), which cannot run on this server: " +
        "bwrap (bwrap-not-installed) is not installed. The operator can fix this with: apt-get install bubblewrap util-linux.",
    );
    expect(error.details).toEqual({ reason: "bwrap (bwrap-not-installed) is not installed", fix: "apt-get install bubblewrap util-linux", missing: ["bwrap"] });
    await sandbox.close();
  });

  it("error: a root without inference/ and node_modules/ is SANDBOX_UNAVAILABLE naming the files", async () => {
    const sandbox = createModelSandbox({ rootDirectory: "/nonexistent-root" });
    const error = await caught(() => sandbox.ensureAvailable());
    expect(error.code).toBe("SANDBOX_UNAVAILABLE");
    expect(error.details.missing).toEqual(["inference/sandbox/model-sandbox-entry.cjs", "node_modules/tsx/package.json", "node_modules/onnxruntime-node/package.json"]);
  });
});

describe("buildSandboxCommand", () => {
  it("default: prlimit, then bwrap with only node_modules, inference, package.json and tsconfig.json of the repository", () => {
    const { command, args, cpuSeconds } = buildSandboxCommand({ root: "/srv/colophon", nodePath: "/usr/bin/node", limits: DEFAULT_MODEL_SANDBOX_LIMITS });
    expect(command).toBe("prlimit");
    expect(args.slice(0, 3)).toEqual([`--as=${4096 * 1024 * 1024}`, `--cpu=${cpuSeconds}:${cpuSeconds + 10}`, "--"]);
    const binds = args.flatMap((arg, index) => (arg === "--ro-bind" || arg === "--bind" ? [args[index + 1]] : []));
    expect(binds).toEqual(["/usr", "/srv/colophon/node_modules", "/srv/colophon/inference", "/srv/colophon/package.json", "/srv/colophon/tsconfig.json"]);
    expect(args).toContain("--unshare-all");
    expect(args).toContain("--clearenv");
    expect(args.slice(args.indexOf("--chdir"), args.indexOf("--chdir") + 2)).toEqual(["--chdir", "/tmp"]);
    expect(args.slice(-3)).toEqual(["/usr/bin/node", "--no-expose-wasm", "/srv/colophon/inference/sandbox/model-sandbox-entry.cjs"]);
  });

  it("behavior: a node outside /usr has its own directory mounted read-only", () => {
    const { args } = buildSandboxCommand({ root: "/srv/colophon", nodePath: "/opt/node/bin/node", limits: DEFAULT_MODEL_SANDBOX_LIMITS });
    expect(args.join(" ")).toContain("--ro-bind /opt/node/bin /opt/node/bin");
  });
});
