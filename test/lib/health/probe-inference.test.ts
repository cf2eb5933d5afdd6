import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { probeInference } from "@/lib/health/probe-inference";

// The installed onnxruntime-node is the reference: the probe must report its version.
const require = createRequire(import.meta.url);
const installedVersion: string = JSON.parse(
  readFileSync(require.resolve("onnxruntime-node/package.json"), "utf8"),
).version;

// What onnxruntime-node 1.30 lists on Linux x64 (RECIPES.md): CPU and WebGPU ship in the
// package, CUDA and TensorRT need libraries installed on the host.
const PROVIDERS = [
  { name: "cpu", bundled: true },
  { name: "webgpu", bundled: true },
  { name: "cuda", bundled: false },
  { name: "tensorrt", bundled: false },
];

describe("probeInference", () => {
  test("default: auto is healthy on the CPU and reports version and providers", async () => {
    expect(await probeInference("auto", 10_000)).toEqual({
      ok: true,
      device: "auto",
      onnxRuntimeVersion: installedVersion,
      providers: PROVIDERS,
    });
  });

  test("behavior: cuda is listed but not bundled, which is a note rather than a failure", async () => {
    expect(await probeInference("cuda", 10_000)).toEqual({
      ok: true,
      device: "cuda",
      onnxRuntimeVersion: installedVersion,
      providers: PROVIDERS,
      note: "cuda is not bundled with onnxruntime-node; its provider libraries must be installed on this host",
    });
  });

  test("error: a device whose provider this build lacks is unhealthy and names the choices", async () => {
    expect(await probeInference("coreml", 10_000)).toEqual({
      ok: false,
      device: "coreml",
      onnxRuntimeVersion: installedVersion,
      providers: PROVIDERS,
      error:
        "execution provider coreml is not available in this onnxruntime-node build (available: cpu, webgpu, cuda, tensorrt); set INFERENCE_DEVICE to one of them or auto",
    });
  });
});
