import { describe, expect, it } from "vitest";
import { BUILTIN_MODELS } from "../../inference/builtin-models";
import { countFlops, imageInputShapes } from "../../inference/count-flops";
import { buildTestModel } from "./fixtures";

describe("countFlops", () => {
  it("default: MatMul is 2*M*K*N, elementwise ops 1 per element", () => {
    const bytes = buildTestModel({
      inputs: [["x", ["n", 8]]],
      outputs: [["y", ["n", 4]]],
      build: (builder) => {
        const product = builder.op("MatMul", ["x", builder.weight("w", [8, 4], new Float32Array(32))]);
        builder.op("Tanh", [builder.op("Add", [product, builder.weight("b", [4], new Float32Array(4))])], {}, "y");
      },
    });
    expect(countFlops(bytes, { x: [100, 8] })).toEqual({ total: 2 * 100 * 8 * 4 + 400 + 400, byOperator: { MatMul: 6400, Add: 400, Tanh: 400 }, uncounted: [] });
  });

  it("behavior: Conv counts 2*N*Cout*Hout*Wout*Cin*kh*kw plus the bias", () => {
    const bytes = buildTestModel({
      inputs: [["x", [1, 3, "h", "w"]]],
      outputs: [["y", [1, 8, "h", "w"]]],
      build: (builder) => {
        builder.op("Conv", ["x", builder.weight("w", [8, 3, 3, 3], new Float32Array(216)), builder.weight("b", [8], new Float32Array(8))], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }, "y");
      },
    });
    expect(countFlops(bytes, { x: [1, 3, 10, 20] }).total).toBe(2 * 8 * 10 * 20 * 3 * 9 + 8 * 10 * 20);
  });

  it("behavior: Loom's count matches its architecture per pixel", () => {
    const loom = BUILTIN_MODELS.find((model) => model.id === "loom")!;
    const pixels = 1000;
    const { total, uncounted } = countFlops(loom.build(), imageInputShapes(loom.signature, pixels, 1));
    expect(uncounted).toEqual([]);
    // Per pixel: coords 3x32 MatMul, 3 hidden 32x32 MatMuls, 32x5 logits, 5x3 palette (2 FLOPs per multiply-add).
    const matmulPerPixel = 2 * (3 * 32 + 3 * 32 * 32 + 32 * 5 + 5 * 3);
    expect(total / pixels).toBeGreaterThan(matmulPerPixel);
    expect(total / pixels).toBeLessThan(matmulPerPixel * 1.1);
  });

  it("behavior: an operator it cannot count is listed, not silently dropped", () => {
    const bytes = buildTestModel({
      inputs: [["x", ["n", 4]]],
      outputs: [["y", ["n", 4]]],
      build: (builder) => builder.op("Hardmax", ["x"], {}, "y"),
    });
    expect(countFlops(bytes, { x: [2, 4] }).uncounted).toEqual(["Hardmax"]);
  });
});
