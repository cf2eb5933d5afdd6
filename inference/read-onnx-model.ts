import { InferenceError, messageOf } from "./inference-error";
import type { TensorSpec } from "./model-signature";
import { onnx, type OnnxGraphProto, type OnnxModelProto, type OnnxNodeProto, type OnnxSparseTensorProto, type OnnxTensorProto, type OnnxValueInfoProto } from "./onnx-graph";

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
  /**
   * Every tensor the model holds (initializers, sparse initializers with their dense dims,
   * attribute tensors, in subgraphs and functions too) with its location and declared dims.
   */
  initializers: { name: string; location: string; dims: number[] }[];
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

/** A node found anywhere in the model, with where it is (for messages). */
export interface LocatedNode {
  location: string;
  node: OnnxNodeProto;
}

/** A tensor found anywhere in the model, with where it is. */
export interface LocatedTensor {
  location: string;
  tensor: OnnxTensorProto;
  /** Declared dims: a sparse tensor's dense dims, else the tensor's own. */
  dims: number[];
}

/** Every node and every tensor of a model, graphs, subgraphs and functions alike. */
export interface ModelContents {
  nodes: LocatedNode[];
  tensors: LocatedTensor[];
}

/**
 * Walks every place an ONNX model can hold a node or a tensor: the main graph's nodes,
 * initializers and sparse initializers (values and indices), every node attribute (t,
 * tensors, sparse_tensor, sparse_tensors), subgraphs in attributes g and graphs
 * (recursively), model-local functions (their nodes, recursively) and training-info
 * graphs. Locations use the protobuf's field names, e.g.
 * `graph.node[3].attribute[0].g.sparse_initializer[1].values`.
 */
export function collectModelContents(model: OnnxModelProto): ModelContents {
  const nodes: LocatedNode[] = [];
  const tensors: LocatedTensor[] = [];
  const addTensor = (location: string, tensor: OnnxTensorProto | null | undefined) => {
    if (tensor) tensors.push({ location, tensor, dims: (tensor.dims ?? []).map(int64ToNumber) });
  };
  const addSparse = (location: string, sparse: OnnxSparseTensorProto | null | undefined) => {
    if (!sparse) return;
    addTensor(`${location}.values`, sparse.values);
    addTensor(`${location}.indices`, sparse.indices);
    // The dense shape is what the sparse tensor becomes at run time.
    if (sparse.values) tensors.push({ location, tensor: { name: sparse.values.name }, dims: (sparse.dims ?? []).map(int64ToNumber) });
  };
  const walkNodes = (location: string, list: OnnxNodeProto[] | null | undefined) => {
    (list ?? []).forEach((node, nodeIndex) => {
      const nodeLocation = `${location}[${nodeIndex}]`;
      nodes.push({ location: nodeLocation, node });
      (node.attribute ?? []).forEach((attribute, attributeIndex) => {
        const at = `${nodeLocation}.attribute[${attributeIndex}]`;
        addTensor(`${at}.t`, attribute.t);
        (attribute.tensors ?? []).forEach((tensor, index) => addTensor(`${at}.tensors[${index}]`, tensor));
        addSparse(`${at}.sparse_tensor`, attribute.sparseTensor);
        (attribute.sparseTensors ?? []).forEach((sparse, index) => addSparse(`${at}.sparse_tensors[${index}]`, sparse));
        walkGraph(`${at}.g`, attribute.g);
        (attribute.graphs ?? []).forEach((graph, index) => walkGraph(`${at}.graphs[${index}]`, graph));
      });
    });
  };
  const walkGraph = (location: string, graph: OnnxGraphProto | null | undefined) => {
    if (!graph) return;
    (graph.initializer ?? []).forEach((tensor, index) => addTensor(`${location}.initializer[${index}]`, tensor));
    (graph.sparseInitializer ?? []).forEach((sparse, index) => addSparse(`${location}.sparse_initializer[${index}]`, sparse));
    walkNodes(`${location}.node`, graph.node);
  };
  walkGraph("graph", model.graph);
  (model.functions ?? []).forEach((fn, index) => walkNodes(`functions[${index}].node`, fn.node));
  (model.trainingInfo ?? []).forEach((info, index) => {
    walkGraph(`training_info[${index}].initialization`, info.initialization);
    walkGraph(`training_info[${index}].algorithm`, info.algorithm);
  });
  return { nodes, tensors };
}

/** `domain::Op` for non-default domains, else `Op`. */
function operatorOf(node: OnnxNodeProto): string {
  return node.domain && node.domain !== "ai.onnx" ? `${node.domain}::${node.opType}` : String(node.opType);
}

/**
 * Decodes ONNX bytes and reads what the registry checks: inputs, outputs, opset, operators
 * and tensors (of every graph, subgraph and function). Throws NOT_ONNX for bytes that are
 * not a ModelProto with a graph, and EXTERNAL_DATA_NOT_ALLOWED, with the locations, for a
 * model that points at tensor data in other files anywhere (see
 * {@link collectModelContents}): a registered model must be one self-contained file, and
 * ONNX Runtime resolves an external path against its working directory, so it could name
 * any file the loading process can read.
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

  const contents = collectModelContents(model);
  const external = contents.tensors.filter((entry) => isExternal(entry.tensor));
  if (external.length > 0) {
    throw new InferenceError(
      "EXTERNAL_DATA_NOT_ALLOWED",
      `The model keeps tensors in external files (${external[0]!.location}${external.length > 1 ? ` and ${external.length - 1} more` : ""}); register a single self-contained .onnx file.`,
      { details: { locations: external.slice(0, 10).map((entry) => entry.location), tensors: external.slice(0, 10).map((entry) => entry.tensor.name ?? ""), count: external.length } },
    );
  }

  const initializerNames = new Set((graph.initializer ?? []).map((tensor) => tensor.name));
  const operators = [...new Set(contents.nodes.map((entry) => operatorOf(entry.node)))].sort();
  return {
    model,
    irVersion,
    opsetVersion: int64ToNumber(defaultOpset.version),
    producer: [model.producerName, model.producerVersion].filter(Boolean).join(" "),
    inputs: (graph.input ?? []).filter((input) => !initializerNames.has(input.name)).map(tensorSpecOf),
    outputs: (graph.output ?? []).map(tensorSpecOf),
    operators,
    initializers: contents.tensors.map((entry) => ({ name: entry.tensor.name ?? "", location: entry.location, dims: entry.dims })),
  };
}
