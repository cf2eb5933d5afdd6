import { GraphBuilder, encodeModel, onnx, ONNX_FLOAT, valueInfo, type OnnxGraphProto, type OnnxModelProto, type OnnxTensorProto } from "../../inference/onnx-graph";

type OnnxAttributeProto = NonNullable<OnnxGraphProto["node"]>[number]["attribute"] extends (infer A)[] | null | undefined ? A : never;

/**
 * Hostile ONNX files for the sandbox and static-scan tests, all CPPN-shaped (coords [n, 3]
 * and a latent [1, 8] in, rgb [n, 3] out) so that only the hostile part can refuse them.
 */

const ONNX_UINT8 = 2;
const ONNX_INT64 = 7;
const ONNX_BOOL = 9;

/** A CPPN-shaped model; `build` adds nodes that must end in "rgb" (default Sigmoid(coords)). */
export function cppnModel(build: (builder: GraphBuilder) => void = (builder) => void builder.op("Sigmoid", ["coords"], {}, "rgb"), edit?: (model: OnnxModelProto) => void): Uint8Array {
  const builder = new GraphBuilder();
  build(builder);
  const bytes = encodeModel({
    graphName: "hostile",
    builder,
    inputs: [valueInfo("coords", ONNX_FLOAT, ["n", 3]), valueInfo("z", ONNX_FLOAT, [1, 8])],
    outputs: [valueInfo("rgb", ONNX_FLOAT, ["n", 3])],
    docString: "hostile test model",
    metadata: {},
  });
  if (edit === undefined) return bytes;
  const model = onnx.ModelProto.decode(bytes);
  edit(model);
  return onnx.ModelProto.encode(model).finish();
}

/** A uint8 tensor of `length` bytes whose data lives in the file at `location`. */
export function externalTensor(name: string, location: string, length = 48): OnnxTensorProto {
  return {
    name,
    dims: [length],
    dataType: ONNX_UINT8,
    dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
    externalData: [
      { key: "location", value: location },
      { key: "offset", value: "0" },
      { key: "length", value: String(length) },
    ],
  };
}

/** A small self-contained int64 tensor (sparse indices, shapes). */
function int64Tensor(name: string, values: number[]): OnnxTensorProto {
  const raw = new Uint8Array(values.length * 8);
  values.forEach((value, index) => new DataView(raw.buffer).setBigInt64(index * 8, BigInt(value), true));
  return { name, dims: [values.length], dataType: ONNX_INT64, rawData: raw };
}

/** A subgraph holding one external initializer. */
function graphWithExternal(location: string): OnnxGraphProto {
  return {
    name: "branch",
    initializer: [externalTensor("hidden", location)],
    node: [{ opType: "Identity", input: ["hidden"], output: ["branch_out"] }],
    output: [valueInfo("branch_out", ONNX_UINT8, [48])],
  };
}

/** Every place a tensor can hold external data, with where the scan must report it. */
export const EXTERNAL_DATA_PLACES = {
  initializer: "graph.initializer[0]",
  "sparse_initializer values": "graph.sparse_initializer[0].values",
  "sparse_initializer indices": "graph.sparse_initializer[0].indices",
  "attribute t": "graph.node[1].attribute[0].t",
  "attribute tensors": "graph.node[1].attribute[0].tensors[1]",
  "attribute sparse_tensor": "graph.node[1].attribute[0].sparse_tensor.values",
  "attribute sparse_tensors": "graph.node[1].attribute[0].sparse_tensors[0].indices",
  "subgraph g": "graph.node[1].attribute[0].g.initializer[0]",
  "subgraphs graphs": "graph.node[1].attribute[0].graphs[1].initializer[0]",
  "function node attribute": "functions[0].node[0].attribute[0].t",
  "subgraph in a function": "functions[0].node[0].attribute[0].g.initializer[0]",
} as const;

export type ExternalDataPlace = keyof typeof EXTERNAL_DATA_PLACES;

/** A CPPN-shaped model with one tensor whose data is the file at `location`, kept at `place`. */
export function modelWithExternalData(place: ExternalDataPlace, location: string): Uint8Array {
  const { AttributeType } = onnx.AttributeProto;
  const inline = int64Tensor("inline", [0]);
  const external = externalTensor("stolen", location);
  const sparseOf = (values: OnnxTensorProto, indices: OnnxTensorProto) => ({ values, indices, dims: [48] });
  return cppnModel(undefined, (model) => {
    const graph = model.graph!;
    const addNode = (attribute: OnnxAttributeProto) => graph.node!.push({ opType: "Constant", output: ["extra"], attribute: [attribute] });
    switch (place) {
      case "initializer":
        graph.initializer!.push(external);
        break;
      case "sparse_initializer values":
        graph.sparseInitializer = [sparseOf(external, int64Tensor("indices", [0]))];
        break;
      case "sparse_initializer indices":
        graph.sparseInitializer = [sparseOf(int64Tensor("values", [1]), { ...external, dataType: ONNX_INT64 })];
        break;
      case "attribute t":
        addNode({ name: "value", type: AttributeType.TENSOR, t: external });
        break;
      case "attribute tensors":
        addNode({ name: "value_tensors", type: AttributeType.TENSORS, tensors: [inline, external] });
        break;
      case "attribute sparse_tensor":
        addNode({ name: "sparse_value", type: AttributeType.SPARSE_TENSOR, sparseTensor: sparseOf(external, int64Tensor("indices", [0])) });
        break;
      case "attribute sparse_tensors":
        addNode({ name: "sparse_values", type: AttributeType.SPARSE_TENSORS, sparseTensors: [sparseOf(int64Tensor("values", [1]), { ...external, dataType: ONNX_INT64 })] });
        break;
      case "subgraph g":
        graph.node!.push({ opType: "If", input: ["cond"], output: ["extra"], attribute: [{ name: "then_branch", type: AttributeType.GRAPH, g: graphWithExternal(location) }] });
        break;
      case "subgraphs graphs":
        graph.node!.push({ opType: "Scan", output: ["extra"], attribute: [{ name: "bodies", type: AttributeType.GRAPHS, graphs: [{ name: "clean" }, graphWithExternal(location)] }] });
        break;
      case "function node attribute":
        model.functions = [{ name: "Steal", domain: "evil.fns", node: [{ opType: "Constant", output: ["out"], attribute: [{ name: "value", type: AttributeType.TENSOR, t: external }] }] }];
        break;
      case "subgraph in a function":
        model.functions = [
          { name: "Steal", domain: "evil.fns", node: [{ opType: "If", input: ["c"], output: ["out"], attribute: [{ name: "then_branch", type: AttributeType.GRAPH, g: graphWithExternal(location) }] }] },
        ];
        break;
    }
  });
}

/**
 * A CPPN whose colours are the first 48 bytes of the file at `location` (relative to the
 * loading process's working directory, as ONNX Runtime resolves it): for a 4x4 image, the
 * PNG's pixels are the file's bytes. The attack of issue 10, through graph.initializer.
 */
export function leakingModel(location: string): Uint8Array {
  return cppnModel((builder) => {
    builder.initializers.push(externalTensor("leak", location));
    const asFloat = builder.op("Cast", ["leak"], { to: ONNX_FLOAT });
    const unit = builder.op("Div", [asFloat, builder.scalar("byte_max", 255)]);
    builder.initializers.push(int64Tensor("pixels_shape", [16, 3]));
    const pixels = builder.op("Reshape", [unit, "pixels_shape"]);
    const zero = builder.op("Mul", ["coords", builder.scalar("zero", 0)]);
    builder.op("Add", [zero, pixels], {}, "rgb");
  });
}

/** A 400-byte CPPN that asks ONNX Runtime for `elements` float32 at run time (ConstantOfShape). */
export function hugeAllocationModel(elements: number): Uint8Array {
  return cppnModel((builder) => {
    builder.initializers.push(int64Tensor("huge_shape", [elements]));
    const huge = builder.op("ConstantOfShape", ["huge_shape"]);
    const total = builder.op("ReduceSum", [huge], { keepdims: 0 });
    const zero = builder.op("Mul", [total, builder.scalar("zero", 0)]);
    builder.op("Add", [builder.op("Sigmoid", ["coords"]), zero], {}, "rgb");
  });
}

/**
 * A small CPPN that multiplies 1024x1024 matrices `rounds` times (2 GFLOP each) before it
 * answers. The matrix depends on the latent, so ONNX Runtime cannot fold it at load time
 * and reuses one buffer per step.
 */
export function computeHeavyModel(rounds: number): Uint8Array {
  return cppnModel((builder) => {
    builder.initializers.push(int64Tensor("square", [1024, 1024]));
    const matrix = builder.op("Add", [builder.op("ConstantOfShape", ["square"]), builder.op("ReduceSum", ["z"], { keepdims: 0 })]);
    let product = matrix;
    for (let round = 0; round < rounds; round += 1) product = builder.op("MatMul", [product, matrix]);
    const total = builder.op("ReduceSum", [product], { keepdims: 0 });
    const zero = builder.op("Mul", [total, builder.scalar("zero", 0)]);
    builder.op("Add", [builder.op("Sigmoid", ["coords"]), zero], {}, "rgb");
  });
}

/** A CPPN with a Loop whose condition stays true and has no trip count: it never ends. */
export function endlessLoopModel(): Uint8Array {
  const { AttributeType } = onnx.AttributeProto;
  return cppnModel(undefined, (model) => {
    const graph = model.graph!;
    graph.initializer!.push({ name: "forever", dims: [], dataType: ONNX_BOOL, int32Data: [1] });
    const body: OnnxGraphProto = {
      name: "body",
      node: [{ opType: "Identity", input: ["cond_in"], output: ["cond_out"] }],
      input: [{ name: "iteration", type: { tensorType: { elemType: ONNX_INT64, shape: { dim: [] } } } }, { name: "cond_in", type: { tensorType: { elemType: ONNX_BOOL, shape: { dim: [] } } } }],
      output: [{ name: "cond_out", type: { tensorType: { elemType: ONNX_BOOL, shape: { dim: [] } } } }],
    };
    graph.node!.push({ opType: "Loop", input: ["", "forever"], output: [], attribute: [{ name: "body", type: AttributeType.GRAPH, g: body }] });
  });
}

/** A CPPN whose only node is an operator ONNX Runtime does not have, in the default domain. */
export function unknownOperatorModel(): Uint8Array {
  return cppnModel((builder) => void builder.op("ReadAttestorKey", ["coords"], {}, "rgb"));
}
