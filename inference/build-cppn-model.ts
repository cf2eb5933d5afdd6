import { CPPN_LATENT_SIZE, LATENT_DIM } from "./cppn-latent-layout";
import { encodeModel, GraphBuilder, ONNX_FLOAT, valueInfo } from "./onnx-graph";
import { createPrng, gaussianArray } from "./prng";

/** A hidden-layer activation of a CPPN. `gaussian` is exp(-x^2). */
export type CppnActivation = "tanh" | "sin" | "sigmoid" | "gaussian";

/** An RGB colour with channels in 0..1. */
export type PaletteColour = readonly [red: number, green: number, blue: number];

/** Everything that defines a built-in CPPN graph; the same architecture gives the same bytes. */
export interface CppnArchitecture {
  /** Graph name written into the ONNX file. */
  graphName: string;
  /** Seed of the PRNG that draws every weight. */
  weightSeed: number;
  /** Number of hidden layers. */
  hiddenLayers: number;
  /** Units per hidden layer. */
  width: number;
  /** Activation per hidden layer, cycled when shorter than `hiddenLayers`. */
  activations: readonly CppnActivation[];
  /** Standard deviation of the coordinate weights of the first layer (higher: finer detail). */
  coordinateScale: number;
  /** Standard deviation of the latent weights of the first layer. */
  latentScale: number;
  /** Gain of hidden weights: their standard deviation is gain / sqrt(width). */
  hiddenGain: number;
  /** Gain of the palette logits: standard deviation gain / sqrt(width). */
  outputGain: number;
  /** Colours mixed per pixel by a softmax over the last layer's logits. */
  palette: readonly PaletteColour[];
}

/** Input and output names of every CPPN graph (the "cppn" signature kind). */
export const CPPN_INPUT_COORDS = "coords";
export const CPPN_INPUT_LATENT = "z";
export const CPPN_OUTPUT = "rgb";

/** How strongly the tint dims and the brightness dim move the colour, per unit of latent. */
const TINT_PER_UNIT = 0.18;
const BRIGHTNESS_PER_UNIT = 0.12;

/** A [latentSize, 1] column that picks one latent dim, times `factor`. */
function selector(dim: number, factor: number): Float32Array {
  const column = new Float32Array(CPPN_LATENT_SIZE);
  column[dim] = factor;
  return column;
}

function activate(builder: GraphBuilder, input: string, activation: CppnActivation): string {
  switch (activation) {
    case "tanh":
      return builder.op("Tanh", [input]);
    case "sin":
      return builder.op("Sin", [input]);
    case "sigmoid":
      return builder.op("Sigmoid", [input]);
    case "gaussian":
      return builder.op("Exp", [builder.op("Neg", [builder.op("Mul", [input, input])])]);
  }
}

/**
 * Builds a CPPN (compositional pattern-producing network) as ONNX bytes.
 *
 * Inputs: `coords` float32 [N, 3] (x, y, r per pixel) and `z` float32 [1, 16] (the latent).
 * Output: `rgb` float32 [N, 3] in 0..1. Every pixel is computed independently of the
 * others, which is what lets the generator tile over rows of pixels.
 *
 * The graph: h0 = act(coords·Wc · exp(z3/2) + z·Wz + b0); h_i = act(h_{i-1}·W_i + b_i);
 * mix = softmax(h·Wo · exp(z4/2)); rgb = clip(mix·Palette + z·Wtint, 0, 1). Wz reads only
 * the shape dims (6..15); Wtint reads the tint dims (0..2) and brightness (5).
 *
 * Weights are drawn from a mulberry32 PRNG seeded with `weightSeed`: no training, no data.
 */
export function buildCppnModel(architecture: CppnArchitecture, metadata: Record<string, string> = {}): Uint8Array {
  const { width, hiddenLayers, palette } = architecture;
  const prng = createPrng(architecture.weightSeed);
  const builder = new GraphBuilder();

  const coordinateWeights = builder.weight("coords_weight", [3, width], gaussianArray(prng, 3 * width, architecture.coordinateScale));
  const latentWeightValues = gaussianArray(prng, CPPN_LATENT_SIZE * width, architecture.latentScale);
  latentWeightValues.fill(0, 0, LATENT_DIM.SHAPE_START * width);
  const latentWeights = builder.weight("latent_weight", [CPPN_LATENT_SIZE, width], latentWeightValues);
  const firstBias = builder.weight("layer0_bias", [width], gaussianArray(prng, width, 0.5));

  const frequency = builder.op("Exp", [
    builder.op("MatMul", [CPPN_INPUT_LATENT, builder.weight("frequency_select", [CPPN_LATENT_SIZE, 1], selector(LATENT_DIM.FREQUENCY, 0.5))]),
  ]);
  const latentTerm = builder.op("Add", [builder.op("MatMul", [CPPN_INPUT_LATENT, latentWeights]), firstBias]);
  const coordinateTerm = builder.op("Mul", [builder.op("MatMul", [CPPN_INPUT_COORDS, coordinateWeights]), frequency]);
  let hidden = activate(builder, builder.op("Add", [coordinateTerm, latentTerm]), architecture.activations[0]!);

  const hiddenScale = architecture.hiddenGain / Math.sqrt(width);
  for (let layer = 1; layer < hiddenLayers; layer += 1) {
    const weights = builder.weight(`layer${layer}_weight`, [width, width], gaussianArray(prng, width * width, hiddenScale));
    const bias = builder.weight(`layer${layer}_bias`, [width], gaussianArray(prng, width, 0.3));
    const activation = architecture.activations[layer % architecture.activations.length]!;
    hidden = activate(builder, builder.op("Add", [builder.op("MatMul", [hidden, weights]), bias]), activation);
  }

  const colours = palette.length;
  const outputWeights = builder.weight("palette_logits_weight", [width, colours], gaussianArray(prng, width * colours, architecture.outputGain / Math.sqrt(width)));
  const outputBias = builder.weight("palette_logits_bias", [colours], gaussianArray(prng, colours, 0.2));
  const sharpness = builder.op("Exp", [
    builder.op("MatMul", [CPPN_INPUT_LATENT, builder.weight("contrast_select", [CPPN_LATENT_SIZE, 1], selector(LATENT_DIM.CONTRAST, 0.5))]),
  ]);
  const logits = builder.op("Mul", [builder.op("Add", [builder.op("MatMul", [hidden, outputWeights]), outputBias]), sharpness]);
  const mix = builder.op("Softmax", [logits], { axis: -1 });
  const paletteMatrix = builder.weight("palette", [colours, 3], new Float32Array(palette.flat()));
  const base = builder.op("MatMul", [mix, paletteMatrix]);

  const tintValues = new Float32Array(CPPN_LATENT_SIZE * 3);
  tintValues[LATENT_DIM.TINT_RED * 3 + 0] = TINT_PER_UNIT;
  tintValues[LATENT_DIM.TINT_GREEN * 3 + 1] = TINT_PER_UNIT;
  tintValues[LATENT_DIM.TINT_BLUE * 3 + 2] = TINT_PER_UNIT;
  tintValues.fill(BRIGHTNESS_PER_UNIT, LATENT_DIM.BRIGHTNESS * 3, LATENT_DIM.BRIGHTNESS * 3 + 3);
  const tint = builder.op("MatMul", [CPPN_INPUT_LATENT, builder.weight("tint", [CPPN_LATENT_SIZE, 3], tintValues)]);
  builder.op("Clip", [builder.op("Add", [base, tint]), builder.scalar("clip_min", 0), builder.scalar("clip_max", 1)], {}, CPPN_OUTPUT);

  return encodeModel({
    graphName: architecture.graphName,
    builder,
    inputs: [valueInfo(CPPN_INPUT_COORDS, ONNX_FLOAT, ["pixels", 3]), valueInfo(CPPN_INPUT_LATENT, ONNX_FLOAT, [1, CPPN_LATENT_SIZE])],
    outputs: [valueInfo(CPPN_OUTPUT, ONNX_FLOAT, ["pixels", 3])],
    docString: `CPPN ${hiddenLayers}x${width} (${architecture.activations.join("/")}), weights from mulberry32 seed ${architecture.weightSeed}; no training data.`,
    metadata: { "colophon.kind": "cppn", "colophon.latent_size": String(CPPN_LATENT_SIZE), ...metadata },
  });
}
