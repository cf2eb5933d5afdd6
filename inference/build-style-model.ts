import { encodeModel, GraphBuilder, ONNX_FLOAT, valueInfo } from "./onnx-graph";
import { createPrng, gaussianArray } from "./prng";

/** Input and output names of the ONNX Model Zoo fast-neural-style models (mosaic, candy...). */
export const STYLE_INPUT = "input1";
export const STYLE_OUTPUT = "output1";

/** Everything that defines a built-in style graph; the same architecture gives the same bytes. */
export interface StyleArchitecture {
  graphName: string;
  /** Seed of the PRNG that draws every weight. */
  weightSeed: number;
  /** Channels of the two hidden 3x3 convolutions. */
  channels: number;
  /** Standard deviation of the residual branch's output weights (how dark the edge ink is). */
  textureStrength: number;
  /** Colour-mix matrix (3x3, row = output channel) blended with identity by `mixAmount`. */
  colourMix: readonly (readonly [number, number, number])[];
  mixAmount: number;
  /** Posterisation steps per channel (levels = steps + 1). */
  posteriseSteps: number;
}

/**
 * Rows of halo a tile needs above and below so that its inner rows equal the untiled
 * result: the receptive-field radius of two stacked 3x3 convolutions (the 1x1s add none).
 */
export const STYLE_TILE_HALO = 2;

/**
 * Builds the built-in image-to-image style model as ONNX bytes, with the fast-neural-style
 * signature: `input1` float32 [1, 3, H, W] in 0..255, `output1` float32 [1, 3, H, W] in
 * 0..255, H and W dynamic.
 *
 * The graph: x = input/255; d = conv1x1(relu(conv3x3(relu(conv3x3(x))))); y = x + d;
 * m = colour-mix 1x1 conv of y; out = 255 * clip(floor(m*steps + 0.5)/steps, 0, 1). Random
 * zero-sum 3x3 filters and negative output weights make d a dark "ink" at edges (zero on
 * flat colour); then a colour shift and a poster-like quantisation.
 * No normalisation over the whole image, so row tiles with a {@link STYLE_TILE_HALO} halo
 * reproduce the untiled output.
 *
 * Weights are drawn from a mulberry32 PRNG seeded with `weightSeed`: no training, no data.
 */
export function buildStyleModel(architecture: StyleArchitecture, metadata: Record<string, string> = {}): Uint8Array {
  const { channels } = architecture;
  const prng = createPrng(architecture.weightSeed);
  const builder = new GraphBuilder();
  const conv3 = { kernel_shape: [3, 3], pads: [1, 1, 1, 1], strides: [1, 1] };
  const conv1 = { kernel_shape: [1, 1], pads: [0, 0, 0, 0], strides: [1, 1] };

  const x = builder.op("Mul", [STYLE_INPUT, builder.scalar("to_unit", 1 / 255)]);
  // Each first-layer 3x3 kernel sums to zero and no layer of the branch has a bias, so the
  // branch is exactly 0 on flat colour and responds only to edges and texture.
  const firstKernels = gaussianArray(prng, channels * 27, 0.6);
  for (let kernel = 0; kernel < channels * 3; kernel += 1) {
    const taps = firstKernels.subarray(kernel * 9, kernel * 9 + 9);
    let sum = 0;
    for (const tap of taps) sum += tap;
    for (let tap = 0; tap < 9; tap += 1) taps[tap] = taps[tap]! - sum / 9;
  }
  const zeroBias = builder.weight("zero_bias", [channels], new Float32Array(channels));
  const h1 = builder.op("Relu", [builder.op("Conv", [x, builder.weight("conv1_weight", [channels, 3, 3, 3], firstKernels), zeroBias], conv3)]);
  const w2 = builder.weight("conv2_weight", [channels, channels, 3, 3], gaussianArray(prng, channels * channels * 9, 0.6 / Math.sqrt(channels)));
  const h2 = builder.op("Relu", [builder.op("Conv", [h1, w2, zeroBias], conv3)]);
  // Negative output weights: edges darken, like ink where the plate's shapes meet.
  const inkWeights = gaussianArray(prng, 3 * channels, architecture.textureStrength / Math.sqrt(channels)).map((value) => -Math.abs(value));
  const w3 = builder.weight("conv3_weight", [3, channels, 1, 1], inkWeights);
  const b3 = builder.weight("conv3_bias", [3], new Float32Array(3));
  const y = builder.op("Add", [x, builder.op("Conv", [h2, w3, b3], conv1)]);

  const mix = new Float32Array(9);
  for (let row = 0; row < 3; row += 1) {
    for (let column = 0; column < 3; column += 1) {
      const identity = row === column ? 1 : 0;
      mix[row * 3 + column] = (1 - architecture.mixAmount) * identity + architecture.mixAmount * architecture.colourMix[row]![column]!;
    }
  }
  const mixed = builder.op("Conv", [y, builder.weight("mix_weight", [3, 3, 1, 1], mix), builder.weight("mix_bias", [3], new Float32Array(3))], conv1);

  const steps = builder.scalar("posterise_steps", architecture.posteriseSteps);
  const quantised = builder.op("Div", [builder.op("Floor", [builder.op("Add", [builder.op("Mul", [mixed, steps]), builder.scalar("half", 0.5)])]), steps]);
  const clipped = builder.op("Clip", [quantised, builder.scalar("clip_min", 0), builder.scalar("clip_max", 1)]);
  builder.op("Mul", [clipped, builder.scalar("to_byte", 255)], {}, STYLE_OUTPUT);

  return encodeModel({
    graphName: architecture.graphName,
    builder,
    inputs: [valueInfo(STYLE_INPUT, ONNX_FLOAT, [1, 3, "height", "width"])],
    outputs: [valueInfo(STYLE_OUTPUT, ONNX_FLOAT, [1, 3, "height", "width"])],
    docString: `Style model: 3x3 conv x2 (${channels} ch) residual, colour mix, posterise; weights from mulberry32 seed ${architecture.weightSeed}; no training data.`,
    metadata: { "colophon.kind": "style", "colophon.tile_halo": String(STYLE_TILE_HALO), ...metadata },
  });
}
