import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { getDefaultModelSandbox } from "@/inference/sandbox/model-sandbox";
import { checkModelFile } from "@/inference/validate-model-file";
import { loadEnv } from "@/lib/config/env";
import { createRuntime, type Runtime } from "@/lib/runtime/get-runtime";
import { caught } from "../../inference/fixtures";
import { computeHeavyModel } from "../../inference/hostile-models";
import { TEST_BUILTIN_TRAINER } from "../../inference/test-builtin-trainer";

// get-runtime imports "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "colophon-runtime-"));
const runtimes: Runtime[] = [];

/** A runtime over a temporary data dir with these extra settings (nothing but inference is opened). */
function runtimeWith(extra: Record<string, string>, options: Parameters<typeof createRuntime>[1] = {}): Runtime {
  const settings = loadEnv(
    { COLOPHON_DATA_DIR: dataDir, INFERENCE_DEVICE: "cpu", BUILTIN_TRAINER_PRIVATE_KEY: TEST_BUILTIN_TRAINER.privateKey, ...extra },
    { cwd: dataDir },
  );
  const runtime = createRuntime(settings, options);
  runtimes.push(runtime);
  return runtime;
}

afterAll(async () => {
  for (const runtime of runtimes) await runtime.close();
  // Leave the process's shared sandbox as other files in this worker expect it: default limits.
  await getDefaultModelSandbox({}).close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("createRuntime: model sandbox settings", () => {
  it("default: without MODEL_SANDBOX_*, inference uses the shared sandbox with 4096 MiB and 120 s", async () => {
    const inference = await runtimeWith({}).inference();
    expect(inference.sandbox).toBe(getDefaultModelSandbox());
    expect(inference.sandbox.limits).toMatchObject({ memoryMiB: 4096, timeLimitSeconds: 120 });
  });

  it("behavior: MODEL_SANDBOX_TIME_LIMIT_S=2 applies to the shared sandbox: a compute-heavy model is stopped after 2 s", async () => {
    const inference = await runtimeWith({ MODEL_SANDBOX_TIME_LIMIT_S: "2", MODEL_SANDBOX_MEMORY_MIB: "3072" }).inference();
    // The shared one (validation and verification re-runs use it too), now under these limits.
    expect(inference.sandbox).toBe(getDefaultModelSandbox());
    expect(inference.sandbox.limits).toMatchObject({ memoryMiB: 3072, timeLimitSeconds: 2 });
    const bytes = computeHeavyModel(4000);
    const error = await caught(() => inference.sandbox.probeModel(bytes, checkModelFile(bytes).signature));
    expect(error.code).toBe("MODEL_RESOURCE_LIMIT");
    expect(error.message).toBe("The model exceeded the sandbox's time limit of 2 s.");
    expect(error.details).toEqual({ limit: "time", limitSeconds: 2 });
  });

  it("behavior: a runtime's own sandbox takes MODEL_SANDBOX_* for the limits its options leave unset", async () => {
    const inference = await runtimeWith({ MODEL_SANDBOX_TIME_LIMIT_S: "7" }, { inference: { sandbox: { limits: { memoryMiB: 3072 } } } }).inference();
    expect(inference.sandbox).not.toBe(getDefaultModelSandbox());
    expect(inference.sandbox.limits).toMatchObject({ memoryMiB: 3072, timeLimitSeconds: 7 });
  });
});
