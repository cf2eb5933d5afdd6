/**
 * What each dimension of a CPPN latent vector means. The built-in CPPN graphs are wired so
 * that these dimensions do what their names say (see build-cppn-model.ts), and the prompt
 * mapping (prompt-to-latent.ts) moves them by word. A registered CPPN model receives the
 * same vector; how it uses it is up to its trainer.
 */

/** Latent length of the built-in CPPN models. Registered CPPNs may use 8..256. */
export const CPPN_LATENT_SIZE = 16;

/** Smallest and largest latent length a registered CPPN model may declare. */
export const CPPN_MIN_LATENT_SIZE = 8;
export const CPPN_MAX_LATENT_SIZE = 256;

/** Index of each named latent dimension. Dimensions from SHAPE_START on are "shape" dims. */
export const LATENT_DIM = {
  /** Adds to the red channel after the palette (colour words). */
  TINT_RED: 0,
  /** Adds to the green channel after the palette. */
  TINT_GREEN: 1,
  /** Adds to the blue channel after the palette. */
  TINT_BLUE: 2,
  /** Spatial frequency: coordinates are scaled by exp(0.5 * z). calm < 0 < storm. */
  FREQUENCY: 3,
  /** Palette contrast: softmax sharpness exp(0.5 * z). hazy < 0 < sharp. */
  CONTRAST: 4,
  /** Brightness: adds to all channels. dark < 0 < bright. */
  BRIGHTNESS: 5,
  /** First of the shape dimensions: other words (hashed) and the seed move these. */
  SHAPE_START: 6,
} as const;

/** Each latent value is clamped to this range after all words are summed. */
export const LATENT_LIMIT = 3;
