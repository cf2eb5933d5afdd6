import { InferenceError, messageOf } from "./inference-error";
import type { TensorSpec } from "./model-signature";
import { onnx, type OnnxModelProto, type OnnxTensorProto, type OnnxValueInfoProto } from "./onnx-graph";

/** What the registry needs to know about an ONNX file, read from its protobuf alone. */
export interface OnnxModelInfo {
  model: OnnxModelProto;
  irVersion: number;
  /** Version of the default ("" / "ai.onnx") opset. */
  opsetVersion: number;
  producer: string;
  /** Graph inputs that are not initializers (what a caller must feed). */
  inputs: TensorSpec[];
  outputs: TensorSpec[];
  /** Distinct operator types, as `domain::Op` for non-default domains. */
  operators: string[];
  /** Initializer (weight) names with their declared dims. */
  initializers: { name: string; dims: number[] }[];
}

/** ONNX TensorProto.DataType to the lower-case names we show. */
const ELEMENT_TYPE_NAMES: Record<number, string> = {
  1: "float32",
  2: "uint8",
  3: "int8",
  4: "uint16",
  5: "int16",
  6: "int32",
  7: "int64",
  8: "string",
  9: "bool",
  10: "float16",
  11: "float64",
  12: "uint32",
  13: "uint64",
  16: "bfloat16",
};

/** protobufjs gives int64 fields as number or Long; this gives a number (may lose precision above 2^53). */
export function int64ToNumber(value: unknown): number {
  if (typeof value === "number") return value;
  if (value !== null && typeof value === "object" && "toString" in value) return Number(String(value));
  return Number.NaN;
}

function tensorSpecOf(info: OnnxValueInfoProto): TensorSpec {
  const tensorType = info.type?.tensorType;
  const dtype = tensorType ? (ELEMENT_TYPE_NAMES[tensorType.elemType ?? 0] ?? `type${tensorType.elemType}`) : "non-tensor";
  const shape = (tensorType?.shape?.dim ?? []).map((dim) => {
    if (dim.dimValue !== undefined && dim.dimValue !== null) {
      const value = int64ToNumber(dim.dimValue);
      if (value > 0 || (value === 0 && !dim.dimParam)) return value;
    }
    return dim.dimParam ? dim.dimParam : "?";
  });
  // A value with no shape at all (rank unknown) is shown as an empty shape with a marker.
  return { name: info.name ?? "", dtype, shape: tensorType?.shape ? shape : ["rank?"] };
}

function isExternal(tensor: OnnxTensorProto): boolean {
  return tensor.dataLocation === onnx.TensorProto.DataLocation.EXTERNAL || (tensor.externalData?.length ?? 0) > 0;
}

/**
 * Decodes ONNX bytes and reads what the registry checks: inputs, outputs, opset, operators
 * and initializers. Throws NOT_ONNX for bytes that are not a ModelProto with a graph, and
 * EXTERNAL_DATA_NOT_ALLOWED for models that point at tensors in other files (a registered
 * model must be one self-contained file; an external path could also name any file on
 * the host that loads it).
 */
export function readOnnxModel(bytes: Uint8Array): OnnxModelInfo {
  let model: OnnxModelProto;
  try {
    model = onnx.ModelProto.decode(bytes);
  } catch (error) {
    throw new InferenceError("NOT_ONNX", "The file is not an ONNX model: its protobuf could not be decoded.", {
      details: { reason: messageOf(error), sizeBytes: bytes.length },
      cause: error,
    });
  }
  const irVersion = int64ToNumber(model.irVersion);
  const graph = model.graph;
  if (!graph || !(irVersion > 0) || (graph.node?.length ?? 0) === 0 || (graph.output?.length ?? 0) === 0) {
    throw new InferenceError("NOT_ONNX", "The file is not an ONNX model: it has no IR version, no graph, or a graph without nodes or outputs.", {
      details: { irVersion, hasGraph: Boolean(graph), nodes: graph?.node?.length ?? 0, outputs: graph?.output?.length ?? 0 },
    });
  }
  const defaultOpset = (model.opsetImport ?? []).find((entry) => !entry.domain || entry.domain === "ai.onnx");
  if (!defaultOpset) {
    throw new InferenceError("NOT_ONNX", "The file is not a usable ONNX model: it imports no default (ai.onnx) opset.", {
      details: { opsetImport: (model.opsetImport ?? []).map((entry) => entry.domain) },
    });
  }

  const nodes = graph.node ?? [];
  const initializers = graph.initializer ?? [];
  const constantTensors = nodes.flatMap((node) => (node.attribute ?? []).flatMap((attribute) => (attribute.t ? [attribute.t] : [])));
  const external = [...initializers, ...constantTensors].filter(isExternal).map((tensor) => tensor.name);
  if (external.length > 0) {
    throw new InferenceError("EXTERNAL_DATA_NOT_ALLOWED", "The model keeps tensors in external files; register a single self-contained .onnx file.", {
      details: { tensors: external.slice(0, 10) },
    });
  }

  const initializerNames = new Set(initializers.map((tensor) => tensor.name));
  const operators = [...new Set(nodes.map((node) => (node.domain && node.domain !== "ai.onnx" ? `${node.domain}::${node.opType}` : String(node.opType))))].sort();
  return {
    model,
    irVersion,
    opsetVersion: int64ToNumber(defaultOpset.version),
    producer: [model.producerName, model.producerVersion].filter(Boolean).join(" "),
    inputs: (graph.input ?? []).filter((input) => !initializerNames.has(input.name)).map(tensorSpecOf),
    outputs: (graph.output ?? []).map(tensorSpecOf),
    operators,
    initializers: initializers.map((tensor) => ({ name: tensor.name ?? "", dims: (tensor.dims ?? []).map(int64ToNumber) })),
  };
}
