import { Wallet } from "ethers";
import { afterAll, describe, expect, it } from "vitest";
import { countFlops, imageInputShapes } from "../../inference/count-flops";
import { generateImage } from "../../inference/generate-image";
import { signModelCard, type ModelCard } from "../../inference/model-card";
import { createModelManifest } from "../../inference/model-manifest";
import { createModelRegistry } from "../../inference/model-registry";
import type { GraphBuilder } from "../../inference/onnx-graph";
import { createPrng, gaussianArray } from "../../inference/prng";
import { createSessionPool } from "../../inference/session-pool";
import { validateModelFile } from "../../inference/validate-model-file";
import { buildTestModel, caught, createTestInference } from "./fixtures";

/**
 * A stand-in for the ONNX Model Zoo's fast-neural-style models (mosaic-9, candy-9...), which
 * cannot be downloaded here: the same opset (9), the same input/output names and fixed
 * [1, 3, 224, 224] shapes, and the same kinds of layers (reflection pad, 9x9 and strided
 * convs, instance norm, a residual block, nearest Upsample).
 */
function buildZooLikeModel(): Uint8Array {
  const prng = createPrng(99);
  const conv = (builder: GraphBuilder, input: string, name: string, cin: number, cout: number, kernel: number, stride: number, pad: number) =>
    builder.op(
      "Conv",
      [input, builder.weight(`${name}_w`, [cout, cin, kernel, kernel], gaussianArray(prng, cout * cin * kernel * kernel, 0.05)), builder.weight(`${name}_b`, [cout], new Float32Array(cout))],
      { kernel_shape: [kernel, kernel], strides: [stride, stride], pads: [pad, pad, pad, pad] },
    );
  const norm = (builder: GraphBuilder, input: string, name: string, channels: number) =>
    builder.op("InstanceNormalization", [input, builder.weight(`${name}_scale`, [channels], new Float32Array(channels).fill(1)), builder.weight(`${name}_bias`, [channels], new Float32Array(channels))], { epsilon: 1e-5 });
  return buildTestModel({
    inputs: [["input1", [1, 3, 224, 224]]],
    outputs: [["output1", [1, 3, 224, 224]]],
    opsetVersion: 9,
    irVersion: 4,
    build: (builder) => {
      const padded = builder.op("Pad", ["input1"], { mode: "reflect", pads: [0, 0, 4, 4, 0, 0, 4, 4] });
      const first = builder.op("Relu", [norm(builder, conv(builder, padded, "c1", 3, 8, 9, 1, 0), "n1", 8)]);
      const down = builder.op("Relu", [norm(builder, conv(builder, first, "c2", 8, 16, 3, 2, 1), "n2", 16)]);
      const branch = norm(builder, conv(builder, builder.op("Relu", [norm(builder, conv(builder, down, "r1", 16, 16, 3, 1, 1), "rn1", 16)]), "r2", 16, 16, 3, 1, 1), "rn2", 16);
      const residual = builder.op("Add", [down, branch]);
      const up = builder.op("Upsample", [residual, builder.weight("scales", [4], new Float32Array([1, 1, 2, 2]))], { mode: "nearest" });
      builder.op("Add", [conv(builder, up, "c3", 16, 3, 3, 1, 1), builder.scalar("mid_grey", 128)], {}, "output1");
    },
  });
}

const pools: ReturnType<typeof createSessionPool>[] = [];
afterAll(async () => {
  for (const pool of pools) await pool.close();
});

describe("a zoo fast-neural-style model registered unchanged", () => {
  it("default: validates as a style model fixed at 224x224, registers and generates at 224", async () => {
    const bytes = buildZooLikeModel();
    const draft = await validateModelFile(bytes);
    expect(draft.signature).toEqual({ kind: "style", input: "input1", output: "output1", fixedHeight: 224, fixedWidth: 224, tileHalo: null });
    expect(draft.opsetVersion).toBe(9);

    const trainer = Wallet.createRandom();
    const card: ModelCard = {
      modelSha256: `0x${draft.sha256}`,
      name: "Zoo-like",
      version: "9",
      license: "BSD-3-Clause",
      trainingData: "Test stand-in: none.",
      weightsOrigin: "Random weights (test).",
      trainer: trainer.address,
    };
    const registry = createModelRegistry();
    registry.register(createModelManifest({ draft, id: "zoo", card, cardSignature: await signModelCard(card, trainer) }), bytes);
    const inference = await createTestInference();
    const source = (await inference.generateImage({ modelId: "tide", prompt: "", seed: 1, width: 300, height: 200 })).png;
    await inference.close();
    const pool = createSessionPool({ device: "cpu" });
    pools.push(pool);
    const image = await generateImage({ modelId: "zoo", prompt: "", seed: 0, width: 224, height: 224, sourceImage: source }, { registry, pool });
    expect(image.facts.tiles).toBe(1);
    expect(image.width).toBe(224);

    const error = await caught(() => generateImage({ modelId: "zoo", prompt: "", seed: 0, width: 256, height: 256, sourceImage: source }, { registry, pool }));
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.details).toMatchObject({ fixedWidth: 224, fixedHeight: 224 });
  });

  it("behavior: its FLOPs are fully counted (pad, convs, instance norm, upsample)", () => {
    const bytes = buildZooLikeModel();
    const count = countFlops(bytes, imageInputShapes({ kind: "style", input: "input1", output: "output1", fixedHeight: 224, fixedWidth: 224, tileHalo: null }, 224, 224));
    expect(count.uncounted).toEqual([]);
    const firstConv = 2 * 8 * 224 * 224 * 3 * 81 + 8 * 224 * 224;
    expect(count.byOperator.Conv).toBeGreaterThan(firstConv);
    expect(count.byOperator.InstanceNormalization).toBe(7 * (8 * 224 * 224 + 3 * 16 * 112 * 112));
    expect(count.byOperator.Upsample).toBe(0);
  });
});
