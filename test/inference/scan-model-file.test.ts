import { describe, expect, it } from "vitest";
import { onnx, type OnnxGraphProto } from "../../inference/onnx-graph";
import { checkModelFile } from "../../inference/validate-model-file";
import { caught } from "./fixtures";
import { cppnModel, EXTERNAL_DATA_PLACES, endlessLoopModel, externalTensor, modelWithExternalData, type ExternalDataPlace } from "./hostile-models";

/** The name of the external tensor each place holds. */
const TENSOR_NAME: Record<ExternalDataPlace, string> = {
  initializer: "stolen",
  "sparse_initializer values": "stolen",
  "sparse_initializer indices": "stolen",
  "attribute t": "stolen",
  "attribute tensors": "stolen",
  "attribute sparse_tensor": "stolen",
  "attribute sparse_tensors": "stolen",
  "subgraph g": "hidden",
  "subgraphs graphs": "hidden",
  "function node attribute": "stolen",
  "subgraph in a function": "hidden",
};

describe("checkModelFile: external data anywhere", () => {
  for (const [place, location] of Object.entries(EXTERNAL_DATA_PLACES) as [ExternalDataPlace, string][]) {
    it(`error: external data in ${place} is EXTERNAL_DATA_NOT_ALLOWED at ${location}`, async () => {
      const error = await caught(() => checkModelFile(modelWithExternalData(place, ".colophon/keys/attestor.key")));
      expect(error.code).toBe("EXTERNAL_DATA_NOT_ALLOWED");
      expect(error.message).toBe(`The model keeps tensors in external files (${location}); register a single self-contained .onnx file.`);
      expect(error.details).toEqual({ locations: [location], tensors: [TENSOR_NAME[place]], count: 1 });
    });
  }

  it("behavior: every external reference is listed, with the count", async () => {
    const bytes = cppnModel(undefined, (model) => {
      model.graph!.initializer!.push(externalTensor("first", "a.bin"), externalTensor("second", "/etc/passwd"));
      model.graph!.sparseInitializer = [{ values: externalTensor("third", "../b.bin"), indices: externalTensor("fourth", "c.bin"), dims: [48] }];
    });
    const error = await caught(() => checkModelFile(bytes));
    expect(error.message).toBe("The model keeps tensors in external files (graph.initializer[0] and 3 more); register a single self-contained .onnx file.");
    expect(error.details).toEqual({
      locations: ["graph.initializer[0]", "graph.initializer[1]", "graph.sparse_initializer[0].values", "graph.sparse_initializer[0].indices"],
      tensors: ["first", "second", "third", "fourth"],
      count: 4,
    });
  });

  it("behavior: a tensor with external_data entries but a DEFAULT data_location is still refused", async () => {
    const bytes = cppnModel(undefined, (model) => {
      model.graph!.initializer!.push({ ...externalTensor("sneaky", "keys/auth.secret"), dataLocation: onnx.TensorProto.DataLocation.DEFAULT });
    });
    const error = await caught(() => checkModelFile(bytes));
    expect(error.code).toBe("EXTERNAL_DATA_NOT_ALLOWED");
    expect(error.details.locations).toEqual(["graph.initializer[0]"]);
  });
});

/** The reference model with an If node added whose `branch` is the subgraph `g`. */
function modelWithIfBranch(branch: "then_branch" | "else_branch", g: OnnxGraphProto): Uint8Array {
  return cppnModel(undefined, (model) => {
    model.graph!.node!.push({ opType: "If", input: ["cond"], output: ["x"], attribute: [{ name: branch, type: onnx.AttributeProto.AttributeType.GRAPH, g }] });
  });
}

describe("checkModelFile: limits and operators in subgraphs and functions", () => {
  it("error: a never-ending Loop is UNSUPPORTED_OPERATOR before anything runs", async () => {
    const error = await caught(() => checkModelFile(endlessLoopModel()));
    expect(error.code).toBe("UNSUPPORTED_OPERATOR");
    expect(error.message).toBe("The model uses operators we do not run: Loop.");
    expect(error.details.operators).toEqual(["Loop"]);
  });

  it("error: a Loop hidden in an If's branch is UNSUPPORTED_OPERATOR naming both", async () => {
    const bytes = modelWithIfBranch("then_branch", { name: "then", node: [{ opType: "Loop", input: ["", ""], output: [] }] });
    const error = await caught(() => checkModelFile(bytes));
    expect(error.code).toBe("UNSUPPORTED_OPERATOR");
    expect(error.details.operators).toEqual(["If", "Loop"]);
  });

  it("error: a Loop inside a model-local function is UNSUPPORTED_OPERATOR, and so is the function's domain", async () => {
    const bytes = cppnModel(
      (builder) => void builder.nodes.push({ opType: "Spin", domain: "evil.fns", input: ["coords"], output: ["rgb"] }),
      (model) => {
        model.functions = [{ name: "Spin", domain: "evil.fns", input: ["x"], output: ["y"], node: [{ opType: "Loop", input: ["", ""], output: ["y"] }] }];
      },
    );
    const error = await caught(() => checkModelFile(bytes));
    expect(error.code).toBe("UNSUPPORTED_OPERATOR");
    expect(error.details.operators).toEqual(["Loop", "evil.fns::Spin"]);
  });

  it("error: an initializer of 2^40 elements inside a subgraph is DIMENSIONS_TOO_LARGE with its location", async () => {
    const bytes = modelWithIfBranch("else_branch", { name: "else", initializer: [{ name: "huge", dims: [2 ** 20, 2 ** 20], dataType: 1 }] });
    const error = await caught(() => checkModelFile(bytes));
    expect(error.code).toBe("DIMENSIONS_TOO_LARGE");
    expect(error.message).toBe(`Tensor huge (graph.node[1].attribute[0].g.initializer[0]) declares [${2 ** 20}, ${2 ** 20}], above the limit of ${2 ** 28} elements.`);
    expect(error.details).toEqual({ initializer: "huge", location: "graph.node[1].attribute[0].g.initializer[0]", dims: [2 ** 20, 2 ** 20], limit: 2 ** 28 });
  });

  it("error: a sparse initializer whose dense shape is 2^40 elements is DIMENSIONS_TOO_LARGE", async () => {
    const bytes = cppnModel(undefined, (model) => {
      model.graph!.sparseInitializer = [{ values: { name: "few", dims: [1], dataType: 1, floatData: [1] }, indices: { name: "at", dims: [1], dataType: 7, int64Data: [0] }, dims: [2 ** 20, 2 ** 20] }];
    });
    const error = await caught(() => checkModelFile(bytes));
    expect(error.code).toBe("DIMENSIONS_TOO_LARGE");
    expect(error.details).toEqual({ initializer: "few", location: "graph.sparse_initializer[0]", dims: [2 ** 20, 2 ** 20], limit: 2 ** 28 });
  });

  it("default: a clean CPPN passes the static checks with no session created", () => {
    const { draft, signature } = checkModelFile(cppnModel());
    expect(signature).toEqual({ kind: "cppn", coordsInput: "coords", latentInput: "z", output: "rgb", latentSize: 8 });
    expect(draft.operators).toEqual(["Sigmoid"]);
  });
});
