import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { buildCppnModel } from "../../inference/build-cppn-model";
import { LOOM_ARCHITECTURE } from "../../inference/builtin-models";
import { onnx } from "../../inference/onnx-graph";
import { sha256Hex } from "../../inference/sha256-hex";
import { validateModelFile } from "../../inference/validate-model-file";
import { buildTestModel, caught, getModelsDirectory } from "./fixtures";

/** A style-shaped model (input -> x * 1 -> output) with the given input/output dims. */
function styleLike(inputDims: (number | string)[], outputDims: (number | string)[] = inputDims): Uint8Array {
  return buildTestModel({
    inputs: [["input1", inputDims]],
    outputs: [["output1", outputDims]],
    build: (builder) => builder.op("Mul", ["input1", builder.scalar("one", 1)], {}, "output1"),
  });
}

describe("validateModelFile", () => {
  it("default: a built-in CPPN validates to the manifest's kind, signature and sha256", async () => {
    const { directory, models } = await getModelsDirectory();
    for (const { manifest } of models) {
      const bytes = new Uint8Array(await readFile(`${directory}/${manifest.id}.onnx`));
      const draft = await validateModelFile(bytes);
      expect(draft.kind).toBe(manifest.kind);
      expect(draft.sha256).toBe(manifest.sha256);
      expect(draft.sizeBytes).toBe(bytes.length);
      if (manifest.kind === "cppn") expect(draft.signature).toEqual(manifest.signature);
      // A registered style model never declares a halo: it runs untiled.
      else expect(draft.signature).toEqual({ ...manifest.signature, tileHalo: null });
    }
  });

  it("behavior: a zoo-style model with fixed 224x224 dims validates with its fixed size", async () => {
    const draft = await validateModelFile(styleLike([1, 3, 224, 224]));
    expect(draft.signature).toEqual({ kind: "style", input: "input1", output: "output1", fixedHeight: 224, fixedWidth: 224, tileHalo: null });
  });

  it("behavior: a trainer's own CPPN (other seed) validates as cppn", async () => {
    const bytes = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 12345 });
    const draft = await validateModelFile(bytes);
    expect(draft).toMatchObject({ kind: "cppn", sha256: sha256Hex(bytes), opsetVersion: 17 });
  });

  it("error: bytes that are not protobuf are NOT_ONNX", async () => {
    const error = await caught(() => validateModelFile(new TextEncoder().encode("this is not a model, just text\n".repeat(8))));
    expect(error.code).toBe("NOT_ONNX");
  });

  it("error: an empty file is NOT_ONNX", async () => {
    expect((await caught(() => validateModelFile(new Uint8Array(0)))).code).toBe("NOT_ONNX");
  });

  it("error: a truncated protobuf is NOT_ONNX", async () => {
    const bytes = buildCppnModel(LOOM_ARCHITECTURE);
    const error = await caught(() => validateModelFile(bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(error.code).toBe("NOT_ONNX");
    expect(error.details.reason).toMatch(/index out of range|invalid/i);
  });

  it("error: valid protobuf without a graph is NOT_ONNX", async () => {
    const bytes = onnx.ModelProto.encode({ irVersion: 8, producerName: "empty" }).finish();
    expect((await caught(() => validateModelFile(bytes))).code).toBe("NOT_ONNX");
  });

  it("error: an input of the wrong rank is UNSUPPORTED_SIGNATURE with found and expected shapes", async () => {
    const error = await caught(() => validateModelFile(styleLike([3, "height", "width"])));
    expect(error.code).toBe("UNSUPPORTED_SIGNATURE");
    expect(error.details.found).toEqual({ inputs: ["input1: float32 [3, height, width]"], outputs: ["output1: float32 [3, height, width]"] });
    expect(error.details.expected.style.inputs).toEqual(["float32 [1, 3, H, W] (RGB in 0..255)"]);
    expect(error.details.reasons.style).toMatch(/rank 3/);
    expect(error.message).toContain("input1: float32 [3, height, width]");
    expect(error.message).toContain("float32 [1, 3, H, W]");
  });

  it("error: four channels is UNSUPPORTED_SIGNATURE naming the channel count", async () => {
    const error = await caught(() => validateModelFile(styleLike([1, 4, "h", "w"])));
    expect(error.code).toBe("UNSUPPORTED_SIGNATURE");
    expect(error.details.reasons.style).toMatch(/4 channels, expected 3/);
  });

  it("error: a CPPN whose latent is too small is UNSUPPORTED_SIGNATURE", async () => {
    const bytes = buildTestModel({
      inputs: [["coords", ["n", 3]], ["z", [1, 4]]],
      outputs: [["rgb", ["n", 3]]],
      build: (builder) => builder.op("Sigmoid", ["coords"], {}, "rgb"),
    });
    const error = await caught(() => validateModelFile(bytes));
    expect(error.code).toBe("UNSUPPORTED_SIGNATURE");
    expect(error.details.reasons.cppn).toMatch(/latent size 4/);
  });

  it("error: huge declared image dims are DIMENSIONS_TOO_LARGE", async () => {
    const error = await caught(() => validateModelFile(styleLike([1, 3, 100_000, 100_000])));
    expect(error.code).toBe("DIMENSIONS_TOO_LARGE");
    expect(error.details).toMatchObject({ axis: "height", value: 100_000, limit: 2048 });
  });

  it("error: an absurd declared dim (2^40) is DIMENSIONS_TOO_LARGE before anything is allocated", async () => {
    const error = await caught(() => validateModelFile(styleLike([1, 3, 2 ** 40, 16])));
    expect(error.code).toBe("DIMENSIONS_TOO_LARGE");
    expect(error.details.limit).toBe(2 ** 20);
  });

  it("error: an initializer declaring 2^40 elements is DIMENSIONS_TOO_LARGE", async () => {
    const model = onnx.ModelProto.decode(styleLike([1, 3, "h", "w"]));
    model.graph!.initializer!.push({ name: "huge", dims: [2 ** 20, 2 ** 20], dataType: 1 });
    const error = await caught(() => validateModelFile(onnx.ModelProto.encode(model).finish()));
    expect(error.code).toBe("DIMENSIONS_TOO_LARGE");
    expect(error.details.initializer).toBe("huge");
  });

  it("error: a file over the size limit is FILE_TOO_LARGE (checked before decoding)", async () => {
    const error = await caught(() => validateModelFile(new Uint8Array(64 * 1024 * 1024 + 1)));
    expect(error.code).toBe("FILE_TOO_LARGE");
    expect(error.details).toEqual({ sizeBytes: 64 * 1024 * 1024 + 1, limitBytes: 64 * 1024 * 1024 });
  });

  it("error: a configured smaller limit applies", async () => {
    const error = await caught(() => validateModelFile(buildCppnModel(LOOM_ARCHITECTURE), { limits: { maxBytes: 1000 } }));
    expect(error.code).toBe("FILE_TOO_LARGE");
  });

  it("error: tensors in external files are EXTERNAL_DATA_NOT_ALLOWED", async () => {
    const model = onnx.ModelProto.decode(styleLike([1, 3, "h", "w"]));
    model.graph!.initializer![0] = {
      name: "one",
      dims: [],
      dataType: 1,
      dataLocation: onnx.TensorProto.DataLocation.EXTERNAL,
      externalData: [{ key: "location", value: "../../../etc/passwd" }],
    };
    const error = await caught(() => validateModelFile(onnx.ModelProto.encode(model).finish()));
    expect(error.code).toBe("EXTERNAL_DATA_NOT_ALLOWED");
  });

  it("error: control flow (Loop) is UNSUPPORTED_OPERATOR", async () => {
    const model = onnx.ModelProto.decode(styleLike([1, 3, "h", "w"]));
    model.graph!.node!.push({ opType: "Loop", input: ["", ""], output: ["never"] });
    const error = await caught(() => validateModelFile(onnx.ModelProto.encode(model).finish()));
    expect(error.code).toBe("UNSUPPORTED_OPERATOR");
    expect(error.details.operators).toEqual(["Loop"]);
  });

  it("error: a graph ONNX Runtime cannot load is LOAD_FAILED with its reason", async () => {
    const bytes = buildTestModel({
      inputs: [["input1", [1, 3, "h", "w"]]],
      outputs: [["output1", [1, 3, "h", "w"]]],
      build: (builder) => builder.op("NoSuchOperator", ["input1"], {}, "output1"),
    });
    const error = await caught(() => validateModelFile(bytes));
    expect(error.code).toBe("LOAD_FAILED");
    expect(error.details.reason).toMatch(/NoSuchOperator/);
  });

  it("error: a model that declares [1,3,H,W] but halves the image is PROBE_FAILED", async () => {
    const bytes = buildTestModel({
      inputs: [["input1", [1, 3, "h", "w"]]],
      outputs: [["output1", [1, 3, "h", "w"]]],
      build: (builder) => builder.op("MaxPool", ["input1"], { kernel_shape: [2, 2], strides: [2, 2] }, "output1"),
    });
    const error = await caught(() => validateModelFile(bytes));
    expect(error.code).toBe("PROBE_FAILED");
    expect(error.details).toEqual({ found: [1, 3, 8, 8], expected: [1, 3, 16, 16] });
  });
});
