import onnxProto from "onnx-proto";

/**
 * The ONNX protobuf namespace (onnx-proto 8, ONNX 1.10 schema). onnx-proto is CommonJS and
 * sets `module.exports` to its root, so the namespace is reached through the default import.
 */
export const onnx = onnxProto.onnx;
export type OnnxModelProto = onnxProto.onnx.ModelProto;
export type OnnxGraphProto = onnxProto.onnx.IGraphProto;
export type OnnxNodeProto = onnxProto.onnx.INodeProto;
export type OnnxTensorProto = onnxProto.onnx.ITensorProto;
export type OnnxSparseTensorProto = onnxProto.onnx.ISparseTensorProto;
export type OnnxValueInfoProto = onnxProto.onnx.IValueInfoProto;

/** ONNX TensorProto.DataType numbers we use. */
export const ONNX_FLOAT = 1;
export const ONNX_INT64 = 7;

/** Opset and IR version of every graph built here (ONNX Runtime 1.30 runs both). */
export const BUILT_OPSET = 17;
export const BUILT_IR_VERSION = 8;

/** An attribute value: numbers that are integers become INT(S), others FLOAT(S). */
export type AttributeValue = number | number[] | string | { floats: number[] } | { float: number };

/** Little-endian bytes of a float32 array (the `raw_data` encoding ONNX specifies). */
function float32Bytes(values: Float32Array): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < values.length; index += 1) view.setFloat32(index * 4, values[index]!, true);
  return bytes;
}

/** Little-endian bytes of int64 values given as safe integers. */
function int64Bytes(values: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((value, index) => view.setBigInt64(index * 8, BigInt(value), true));
  return bytes;
}

/** A float32 initializer tensor. */
export function floatTensor(name: string, dims: readonly number[], values: Float32Array): OnnxTensorProto {
  const count = dims.reduce((product, dim) => product * dim, 1);
  if (count !== values.length) throw new Error(`tensor ${name}: ${values.length} values for dims [${dims}]`);
  return { name, dims: [...dims], dataType: ONNX_FLOAT, rawData: float32Bytes(values) };
}

/** An int64 initializer tensor. */
export function int64Tensor(name: string, dims: readonly number[], values: readonly number[]): OnnxTensorProto {
  return { name, dims: [...dims], dataType: ONNX_INT64, rawData: int64Bytes(values) };
}

/** A typed value description: string dims are symbolic (dynamic), numbers fixed. */
export function valueInfo(name: string, elemType: number, dims: readonly (number | string)[]): OnnxValueInfoProto {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((dim) => (typeof dim === "string" ? { dimParam: dim } : { dimValue: dim })) },
      },
    },
  };
}

function attribute(name: string, value: AttributeValue): onnxProto.onnx.IAttributeProto {
  const { AttributeType } = onnx.AttributeProto;
  if (typeof value === "string") return { name, type: AttributeType.STRING, s: new TextEncoder().encode(value) };
  if (typeof value === "number") {
    return Number.isInteger(value) ? { name, type: AttributeType.INT, i: value } : { name, type: AttributeType.FLOAT, f: value };
  }
  if (Array.isArray(value)) return { name, type: AttributeType.INTS, ints: value };
  if ("floats" in value) return { name, type: AttributeType.FLOATS, floats: value.floats };
  return { name, type: AttributeType.FLOAT, f: value.float };
}

/**
 * Builds a graph node by node with generated, stable names. Every name is derived from a
 * counter, so the same calls always produce the same bytes.
 */
export class GraphBuilder {
  readonly nodes: OnnxNodeProto[] = [];
  readonly initializers: OnnxTensorProto[] = [];
  private counter = 0;

  /** Adds a float32 initializer and returns its name. */
  weight(name: string, dims: readonly number[], values: Float32Array): string {
    this.initializers.push(floatTensor(name, dims, values));
    return name;
  }

  /** Adds a scalar float32 initializer (shape []) and returns its name. */
  scalar(name: string, value: number): string {
    return this.weight(name, [], new Float32Array([value]));
  }

  /** Adds a node with one output; returns the output's name (given or generated). */
  op(opType: string, inputs: readonly string[], attributes: Record<string, AttributeValue> = {}, output?: string): string {
    this.counter += 1;
    const name = output ?? `${opType.toLowerCase()}_${this.counter}`;
    this.nodes.push({
      name: `${opType}_${this.counter}`,
      opType,
      input: [...inputs],
      output: [name],
      attribute: Object.entries(attributes).map(([key, value]) => attribute(key, value)),
    });
    return name;
  }
}

/** Parameters of {@link encodeModel}. */
export interface EncodeModelParameters {
  graphName: string;
  builder: GraphBuilder;
  inputs: OnnxValueInfoProto[];
  outputs: OnnxValueInfoProto[];
  docString: string;
  /** Written into the model's metadata_props in key order. */
  metadata: Record<string, string>;
  /** Default-domain opset (default {@link BUILT_OPSET}) and IR version (default {@link BUILT_IR_VERSION}). */
  opsetVersion?: number;
  irVersion?: number;
}

/** Serialises a built graph as an ONNX ModelProto. Same parameters, same bytes. */
export function encodeModel(parameters: EncodeModelParameters): Uint8Array {
  const model = onnx.ModelProto.create({
    irVersion: parameters.irVersion ?? BUILT_IR_VERSION,
    opsetImport: [{ domain: "", version: parameters.opsetVersion ?? BUILT_OPSET }],
    producerName: "colophon",
    producerVersion: "1",
    docString: parameters.docString,
    metadataProps: Object.keys(parameters.metadata)
      .sort()
      .map((key) => ({ key, value: parameters.metadata[key]! })),
    graph: {
      name: parameters.graphName,
      node: parameters.builder.nodes,
      initializer: parameters.builder.initializers,
      input: parameters.inputs,
      output: parameters.outputs,
    },
  });
  return onnx.ModelProto.encode(model).finish();
}
