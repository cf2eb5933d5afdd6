import { describeError } from "./describe-error";
import { withTimeout } from "./with-timeout";

/** An execution provider as onnxruntime-node lists it. */
export interface ExecutionProvider {
  name: string;
  /** False when its libraries are not shipped in the npm package (CUDA, TensorRT). */
  bundled: boolean;
}

/** Health of the inference runtime. */
export interface InferenceHealth {
  ok: boolean;
  /** The device INFERENCE_DEVICE asks for. */
  device: string;
  /** ONNX Runtime version of the native binding. */
  onnxRuntimeVersion?: string;
  /** Execution providers this build of onnxruntime-node knows. */
  providers?: ExecutionProvider[];
  /** A caveat that does not make the part unhealthy. */
  note?: string;
  error?: string;
}

/** Backend name of each device; `auto` settles for the CPU, which is always there. */
const BACKEND_OF: Record<string, string> = { auto: "cpu", cpu: "cpu", cuda: "cuda", webgpu: "webgpu" };

/**
 * Loads onnxruntime-node (the native binding) and lists its execution providers, within
 * `timeoutMs`. Healthy when the binding loads and lists the provider the device setting
 * asks for. A provider listed as not bundled (CUDA) needs libraries installed on the host,
 * which only a session start can prove; that is reported as a note, not a failure.
 */
export async function probeInference(device: string, timeoutMs: number): Promise<InferenceHealth> {
  try {
    return await withTimeout("ONNX Runtime", timeoutMs, async () => {
      const ort = await import("onnxruntime-node");
      const providers = ort.listSupportedBackends().map(({ name, bundled }) => ({ name, bundled }));
      const versions = ort.env.versions as { node?: string; common?: string };
      const onnxRuntimeVersion = versions.node ?? versions.common ?? "unknown";
      const wanted = BACKEND_OF[device] ?? device;
      const provider = providers.find((p) => p.name === wanted);
      if (provider === undefined) {
        return {
          ok: false,
          device,
          onnxRuntimeVersion,
          providers,
          error:
            `execution provider ${wanted} is not available in this onnxruntime-node build ` +
            `(available: ${providers.map((p) => p.name).join(", ")}); set INFERENCE_DEVICE to one of them or auto`,
        };
      }
      const note = provider.bundled
        ? undefined
        : `${wanted} is not bundled with onnxruntime-node; its provider libraries must be installed on this host`;
      return { ok: true, device, onnxRuntimeVersion, providers, ...(note ? { note } : {}) };
    });
  } catch (error) {
    return { ok: false, device, error: describeError(error) };
  }
}
