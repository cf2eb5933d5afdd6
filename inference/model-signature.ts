import { z } from "zod";
import { CPPN_MAX_LATENT_SIZE, CPPN_MIN_LATENT_SIZE } from "./cppn-latent-layout";

/**
 * The supported model kinds and their input/output signatures.
 *
 * - `cppn` (text to image): inputs coords float32 [N, 3] with N dynamic (x, y, r per pixel)
 *   and a latent float32 [1, L] with 8 <= L <= 256; output float32 [N, 3] in 0..1.
 * - `style` (image to image, the ONNX Model Zoo fast-neural-style signature): one input
 *   float32 [1, 3, H, W] in 0..255, one output float32 [1, 3, H, W] in 0..255; H and W
 *   dynamic or fixed (a zoo model fixed at 224x224 runs only at that size).
 */
export const MODEL_KINDS = ["cppn", "style"] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

/** A dimension: a number when fixed, a name (or "?") when dynamic. */
export const tensorSpecSchema = z.strictObject({
  name: z.string(),
  /** Element type as ONNX names it in lower case (only float32 is accepted for now). */
  dtype: z.string(),
  shape: z.array(z.union([z.number().int(), z.string()])),
});
export type TensorSpec = z.infer<typeof tensorSpecSchema>;

export const cppnSignatureSchema = z.strictObject({
  kind: z.literal("cppn"),
  coordsInput: z.string(),
  latentInput: z.string(),
  output: z.string(),
  latentSize: z.number().int().min(CPPN_MIN_LATENT_SIZE).max(CPPN_MAX_LATENT_SIZE),
});

export const styleSignatureSchema = z.strictObject({
  kind: z.literal("style"),
  input: z.string(),
  output: z.string(),
  /** Fixed input height and width, or null when dynamic. */
  fixedHeight: z.number().int().positive().nullable(),
  fixedWidth: z.number().int().positive().nullable(),
  /**
   * Rows of halo that make row tiles exact, or null: run the whole image at once. Only the
   * built-in style model declares one; a registered model (which may normalise over the
   * whole image, as the zoo's instance-norm models do) always runs untiled.
   */
  tileHalo: z.number().int().min(0).max(64).nullable(),
});

/** How the generator feeds a model: which inputs, which output, which sizes. */
export const modelSignatureSchema = z.discriminatedUnion("kind", [cppnSignatureSchema, styleSignatureSchema]);
export type ModelSignature = z.infer<typeof modelSignatureSchema>;
export type CppnSignature = z.infer<typeof cppnSignatureSchema>;
export type StyleSignature = z.infer<typeof styleSignatureSchema>;

/** Human-readable expected signatures, used in UNSUPPORTED_SIGNATURE errors. */
export const EXPECTED_SIGNATURES = {
  cppn: {
    inputs: ["float32 [N, 3] (dynamic N: x, y, r per pixel)", `float32 [1, L] (latent, ${CPPN_MIN_LATENT_SIZE} <= L <= ${CPPN_MAX_LATENT_SIZE})`],
    outputs: ["float32 [N, 3] (RGB in 0..1)"],
  },
  style: {
    inputs: ["float32 [1, 3, H, W] (RGB in 0..255)"],
    outputs: ["float32 [1, 3, H, W] (RGB in 0..255)"],
  },
} as const;

/** Formats a tensor spec as `name: float32 [1, 3, H, W]`. */
export function describeTensor(spec: TensorSpec): string {
  return `${spec.name}: ${spec.dtype} [${spec.shape.join(", ")}]`;
}
