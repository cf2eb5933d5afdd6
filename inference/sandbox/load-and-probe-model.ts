import * as ort from "onnxruntime-node";
import { InferenceError, messageOf } from "../inference-error";
import type { ModelSignature } from "../model-signature";

/** Runs the model once on a tiny input and checks the output's shape and values. */
async function probeModel(session: ort.InferenceSession, signature: ModelSignature): Promise<void> {
  let feeds: Record<string, ort.Tensor>;
  let expected: number[];
  let outputName: string;
  if (signature.kind === "cppn") {
    const pixels = 16;
    const coords = new Float32Array(pixels * 3).map((_, index) => ((index % 7) - 3) / 3);
    feeds = {
      [signature.coordsInput]: new ort.Tensor("float32", coords, [pixels, 3]),
      [signature.latentInput]: new ort.Tensor("float32", new Float32Array(signature.latentSize), [1, signature.latentSize]),
    };
    expected = [pixels, 3];
    outputName = signature.output;
  } else {
    const height = signature.fixedHeight ?? 16;
    const width = signature.fixedWidth ?? 16;
    feeds = { [signature.input]: new ort.Tensor("float32", new Float32Array(3 * height * width).fill(128), [1, 3, height, width]) };
    expected = [1, 3, height, width];
    outputName = signature.output;
  }
  let output: ort.Tensor | undefined;
  try {
    output = (await session.run(feeds))[outputName];
  } catch (error) {
    throw new InferenceError("PROBE_FAILED", "The model loaded but failed on a probe input.", { details: { reason: messageOf(error), expected }, cause: error });
  }
  const dims = output ? [...output.dims] : [];
  if (!output || dims.length !== expected.length || dims.some((dim, index) => dim !== expected[index])) {
    throw new InferenceError("PROBE_FAILED", `The model's output has shape [${dims.join(", ")}] on a probe input; expected [${expected.join(", ")}].`, {
      details: { found: dims, expected },
    });
  }
  if (output.type !== "float32") {
    throw new InferenceError("PROBE_FAILED", `The model's output is ${output.type}, expected float32.`, { details: { found: output.type } });
  }
}

/**
 * Loads a model in ONNX Runtime on CPU from its bytes (LOAD_FAILED) and runs it once on a
 * tiny input (PROBE_FAILED). Only the sandbox worker calls this: it runs a stranger's graph
 * in this process.
 */
export async function loadAndProbeModel(bytes: Uint8Array, signature: ModelSignature): Promise<void> {
  let session: ort.InferenceSession;
  try {
    session = await ort.InferenceSession.create(bytes, { executionProviders: ["cpu"], logSeverityLevel: 4, graphOptimizationLevel: "basic" });
  } catch (error) {
    throw new InferenceError("LOAD_FAILED", "ONNX Runtime could not load the model.", { details: { reason: messageOf(error) }, cause: error });
  }
  try {
    await probeModel(session, signature);
  } finally {
    await session.release();
  }
}
