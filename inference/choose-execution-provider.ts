import * as ort from "onnxruntime-node";
import { InferenceError, messageOf } from "./inference-error";
import { encodeModel, GraphBuilder, ONNX_FLOAT, valueInfo } from "./onnx-graph";

/** What the operator asks for (the server reads INFERENCE_DEVICE and passes it in). */
export type InferenceDevice = "auto" | "cpu" | "cuda" | "webgpu";
export const INFERENCE_DEVICES = ["auto", "cpu", "cuda", "webgpu"] as const satisfies readonly InferenceDevice[];

/** An execution provider this module can run on. */
export type ExecutionProviderName = "cuda" | "webgpu" | "cpu";

/** The provider in use and why the ones tried before it were skipped. */
export interface ProviderChoice {
  requested: InferenceDevice;
  provider: ExecutionProviderName;
  /** In the order tried, e.g. `{ provider: "cuda", reason: "cuda: not available (...)" }`. */
  skipped: { provider: ExecutionProviderName; reason: string }[];
}

/** Parameters of {@link chooseExecutionProvider}. */
export interface ChooseExecutionProviderParameters {
  device: InferenceDevice;
  /** When true, a named GPU provider that fails is an error instead of a fall back to CPU. */
  strict?: boolean;
}

/**
 * Providers tried, in order, for each device setting: `auto` takes the first of CUDA,
 * WebGPU, CPU that initialises; a named GPU provider falls back to CPU (unless strict).
 */
export const PROVIDER_ORDER: Record<InferenceDevice, ExecutionProviderName[]> = {
  auto: ["cuda", "webgpu", "cpu"],
  cuda: ["cuda", "cpu"],
  webgpu: ["webgpu", "cpu"],
  cpu: ["cpu"],
};

let probeModel: Uint8Array | undefined;

/** A one-node graph (tanh over [1, 4]) that every provider supports. */
function getProbeModel(): Uint8Array {
  if (!probeModel) {
    const builder = new GraphBuilder();
    builder.op("Tanh", ["x"], {}, "y");
    probeModel = encodeModel({
      graphName: "provider_probe",
      builder,
      inputs: [valueInfo("x", ONNX_FLOAT, [1, 4])],
      outputs: [valueInfo("y", ONNX_FLOAT, [1, 4])],
      docString: "Execution-provider probe.",
      metadata: {},
    });
  }
  return probeModel;
}

/**
 * Initialises `provider` by creating and running a one-node session on it. Returns null when
 * it works, or the reason it does not.
 */
export async function probeExecutionProvider(provider: ExecutionProviderName): Promise<string | null> {
  try {
    // An unavailable provider fails here (its library or adapter is missing). Tanh is
    // supported by every provider, so the probe node is placed on the provider itself.
    const session = await ort.InferenceSession.create(getProbeModel(), { executionProviders: [provider], logSeverityLevel: 4 });
    try {
      const result = await session.run({ x: new ort.Tensor("float32", new Float32Array([0, 0.5, 1, 2]), [1, 4]) });
      const output = result.y?.data as Float32Array | undefined;
      if (!output || output.length !== 4 || Math.abs(output[1]! - Math.tanh(0.5)) > 1e-3) return "probe returned a wrong result";
      return null;
    } finally {
      await session.release();
    }
  } catch (error) {
    return messageOf(error);
  }
}

/** The ONNX Runtime version (of the native binding) recorded in generation facts. */
export function getOrtVersion(): string {
  return ort.env.versions.node ?? ort.env.versions.common;
}

/**
 * Picks the execution provider for a device setting: tries each candidate in
 * {@link PROVIDER_ORDER} and records why the ones before the chosen one were skipped.
 * CPU always initialises where ONNX Runtime loads at all.
 */
export async function chooseExecutionProvider(parameters: ChooseExecutionProviderParameters): Promise<ProviderChoice> {
  const { device, strict = false } = parameters;
  const skipped: ProviderChoice["skipped"] = [];
  for (const provider of PROVIDER_ORDER[device]) {
    const failure = await probeExecutionProvider(provider);
    if (failure === null) return { requested: device, provider, skipped };
    const reason = `${provider}: not available (${failure})`;
    if (strict && device !== "auto" && provider === device) {
      throw new InferenceError("PROVIDER_UNAVAILABLE", `The execution provider "${device}" could not be initialised.`, { details: { reason } });
    }
    skipped.push({ provider, reason });
  }
  throw new InferenceError("PROVIDER_UNAVAILABLE", "No ONNX Runtime execution provider could be initialised.", { details: { skipped } });
}
