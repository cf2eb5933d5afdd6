import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { createInference, type CreateInferenceOptions, type Inference } from "../../inference/create-inference";
import { encodeModel, GraphBuilder, ONNX_FLOAT, valueInfo } from "../../inference/onnx-graph";
import { writeBuiltinModels, type WrittenModel } from "../../inference/write-builtin-models";
import { TEST_BUILTIN_TRAINER } from "./test-builtin-trainer";

let built: Promise<{ directory: string; models: WrittenModel[] }> | undefined;
const temporaryDirectories: string[] = [];

/** A new temporary directory, removed after the test file. */
export async function makeTemporaryDirectory(prefix: string): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), `colophon-test-${prefix}-`));
  temporaryDirectories.push(directory);
  return directory;
}

afterAll(async () => {
  for (const directory of temporaryDirectories.splice(0)) await rm(directory, { recursive: true, force: true });
});

/** A temporary directory with the built-in models, built once per test file. */
export function getModelsDirectory(): Promise<{ directory: string; models: WrittenModel[] }> {
  built ??= (async () => {
    const directory = await makeTemporaryDirectory("models");
    return { directory, models: await writeBuiltinModels(directory, TEST_BUILTIN_TRAINER) };
  })();
  return built;
}

/** An inference instance over the built-in models, on CPU unless told otherwise. */
export async function createTestInference(options: CreateInferenceOptions = {}): Promise<Inference> {
  const { directory } = await getModelsDirectory();
  return createInference({ modelsDirectory: directory, buildBuiltins: false, device: "cpu", ...options });
}

/** A one-file ONNX model whose graph is whatever `build` adds (for hostile-file tests). */
export function buildTestModel(parameters: {
  inputs: [name: string, dims: (number | string)[]][];
  outputs: [name: string, dims: (number | string)[]][];
  build: (builder: GraphBuilder) => void;
  opsetVersion?: number;
  irVersion?: number;
}): Uint8Array {
  const builder = new GraphBuilder();
  parameters.build(builder);
  return encodeModel({
    graphName: "test",
    builder,
    inputs: parameters.inputs.map(([name, dims]) => valueInfo(name, ONNX_FLOAT, dims)),
    outputs: parameters.outputs.map(([name, dims]) => valueInfo(name, ONNX_FLOAT, dims)),
    docString: "test model",
    metadata: {},
    opsetVersion: parameters.opsetVersion,
    irVersion: parameters.irVersion,
  });
}

/** Runs `action` and returns what it threw (fails the test if it did not throw). */
export async function caught(action: () => unknown): Promise<any> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error, none was thrown");
}
