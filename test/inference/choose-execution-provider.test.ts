import { afterAll, describe, expect, it } from "vitest";
import { chooseExecutionProvider, getOrtVersion, probeExecutionProvider } from "../../inference/choose-execution-provider";
import type { Inference } from "../../inference/create-inference";
import { caught, createTestInference } from "./fixtures";

// These tests describe a machine without a GPU (this project's dev machines and CI). On a
// GPU host the fall-back cases are skipped and the forced-provider case still runs.
const cudaWorks = (await probeExecutionProvider("cuda")) === null;
const webgpuWorks = (await probeExecutionProvider("webgpu")) === null;

const opened: Inference[] = [];
afterAll(async () => {
  for (const inference of opened) await inference.close();
});

describe("execution provider choice", () => {
  it.skipIf(cudaWorks)("default: asking for cuda falls back to cpu and records why", async () => {
    const choice = await chooseExecutionProvider({ device: "cuda" });
    expect(choice.provider).toBe("cpu");
    expect(choice.requested).toBe("cuda");
    expect(choice.skipped).toHaveLength(1);
    expect(choice.skipped[0]!.provider).toBe("cuda");
    expect(choice.skipped[0]!.reason).toMatch(/^cuda: not available \(.+\)$/);
  });

  it.skipIf(cudaWorks || webgpuWorks)("behavior: auto tries cuda, then webgpu, then uses cpu, with a reason for each skip", async () => {
    const choice = await chooseExecutionProvider({ device: "auto" });
    expect(choice.provider).toBe("cpu");
    expect(choice.skipped.map((skip) => skip.provider)).toEqual(["cuda", "webgpu"]);
    expect(choice.skipped[1]!.reason).toMatch(/^webgpu: not available \(.+\)$/);
  });

  it("behavior: cpu forced works and skips nothing", async () => {
    expect(await chooseExecutionProvider({ device: "cpu" })).toEqual({ requested: "cpu", provider: "cpu", skipped: [] });
  });

  it.skipIf(cudaWorks)("error: strict cuda is PROVIDER_UNAVAILABLE with the reason", async () => {
    const error = await caught(() => chooseExecutionProvider({ device: "cuda", strict: true }));
    expect(error.code).toBe("PROVIDER_UNAVAILABLE");
    expect(error.details.reason).toMatch(/^cuda: not available \(/);
  });

  it.skipIf(cudaWorks)("behavior: a generation asked for on cuda runs on cpu and its facts say so", async () => {
    const inference = await createTestInference({ device: "cuda" });
    opened.push(inference);
    const image = await inference.generateImage({ modelId: "loom", prompt: "", seed: 0, width: 16, height: 16 });
    expect(image.facts.executionProvider).toBe("cpu");
    expect(image.facts.ortVersion).toBe(getOrtVersion());
    expect(getOrtVersion()).toMatch(/^1\.30\./);
    expect((await inference.provider()).skipped[0]!.reason).toMatch(/^cuda: not available/);
  });
});
