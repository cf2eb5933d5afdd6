import { CPPN_LATENT_SIZE, LATENT_DIM, LATENT_LIMIT } from "./cppn-latent-layout";
import { createPrng, hashString } from "./prng";

/**
 * Prompt to latent, deterministic and documented (inference/README.md has the table).
 *
 * 1. Tokenise: Unicode NFKD, strip accents, lower case, split on anything but a-z and 0-9.
 * 2. Drop stop words ("a", "the", "of", ...).
 * 3. A vocabulary word (or its singular without a trailing "s") adds its fixed deltas to
 *    the named dims: colour words move tint (0..2) and sometimes brightness or contrast;
 *    calm/storm words move frequency (3); sharp/hazy words move contrast (4);
 *    bright/dark words move brightness (5).
 * 4. Every other word becomes a shape vector: mulberry32 seeded with FNV-1a(word) draws
 *    one uniform in [-1, 1) per shape dim (6..L-1). The vectors are summed and divided by
 *    sqrt(word count). Word order does not matter; the same word always pushes the same way.
 * 5. The seed adds 0.8 x a uniform in [-1, 1) to each shape dim (mulberry32(seed)): the
 *    seed varies the composition, never the colour words' meaning.
 * 6. Each dim is clamped to [-3, 3] and rounded to float32 (the exact values fed to the
 *    model, recorded in the generation facts).
 */

/** Deltas a vocabulary word adds to the named latent dims (in latent units). */
export interface WordEffect {
  tint?: readonly [red: number, green: number, blue: number];
  frequency?: number;
  contrast?: number;
  brightness?: number;
}

/** The documented vocabulary. Keys are lower-case ASCII words. */
export const PROMPT_VOCABULARY: Readonly<Record<string, WordEffect>> = {
  // Colour words: tint (red, green, blue); a few also move brightness or contrast.
  red: { tint: [1.5, -0.5, -0.5] },
  crimson: { tint: [1.4, -0.7, -0.4], brightness: -0.3 },
  scarlet: { tint: [1.5, -0.3, -0.6] },
  orange: { tint: [1.2, 0.4, -0.9] },
  amber: { tint: [1.0, 0.5, -1.0] },
  gold: { tint: [1.0, 0.7, -1.0], brightness: 0.3 },
  golden: { tint: [1.0, 0.7, -1.0], brightness: 0.3 },
  yellow: { tint: [1.0, 1.0, -1.2] },
  green: { tint: [-0.6, 1.3, -0.6] },
  emerald: { tint: [-0.8, 1.2, -0.2] },
  olive: { tint: [0.2, 0.6, -0.9], brightness: -0.4 },
  teal: { tint: [-1.0, 0.5, 0.6] },
  cyan: { tint: [-1.2, 0.8, 1.0] },
  blue: { tint: [-0.8, -0.2, 1.5] },
  azure: { tint: [-0.7, 0.3, 1.3], brightness: 0.3 },
  navy: { tint: [-0.8, -0.6, 0.9], brightness: -0.6 },
  indigo: { tint: [-0.3, -0.8, 1.2] },
  violet: { tint: [0.6, -0.9, 1.1] },
  purple: { tint: [0.6, -0.9, 1.1] },
  magenta: { tint: [1.2, -0.8, 0.9] },
  pink: { tint: [1.2, -0.3, 0.5], brightness: 0.4 },
  rose: { tint: [1.1, -0.4, 0.3] },
  brown: { tint: [0.4, -0.1, -0.8], brightness: -0.5 },
  grey: { contrast: -1.0 },
  gray: { contrast: -1.0 },
  silver: { contrast: -0.6, brightness: 0.6 },
  white: { brightness: 1.5 },
  black: { brightness: -1.5 },
  warm: { tint: [0.6, 0.2, -0.6] },
  cool: { tint: [-0.5, 0.1, 0.6] },
  cold: { tint: [-0.6, 0.0, 0.8] },
  // Frequency: calm words lower it (broad shapes), storm words raise it (fine detail).
  calm: { frequency: -1.0 },
  still: { frequency: -1.0 },
  serene: { frequency: -1.0 },
  quiet: { frequency: -0.8 },
  smooth: { frequency: -0.8 },
  gentle: { frequency: -0.7 },
  slow: { frequency: -0.6 },
  soft: { frequency: -0.5, contrast: -0.5 },
  storm: { frequency: 1.2 },
  stormy: { frequency: 1.2 },
  turbulent: { frequency: 1.2 },
  chaos: { frequency: 1.3 },
  chaotic: { frequency: 1.3 },
  wild: { frequency: 1.0 },
  intricate: { frequency: 1.0 },
  detailed: { frequency: 1.0 },
  busy: { frequency: 0.8 },
  electric: { frequency: 0.8, contrast: 0.5 },
  // Contrast: how sharply the palette colours separate.
  sharp: { contrast: 1.0 },
  bold: { contrast: 1.0 },
  crisp: { contrast: 0.8 },
  vivid: { contrast: 0.8 },
  hazy: { contrast: -1.0 },
  misty: { contrast: -1.0 },
  foggy: { contrast: -1.0 },
  dreamy: { contrast: -0.8 },
  muted: { contrast: -0.8 },
  pale: { contrast: -0.5, brightness: 0.8 },
  // Brightness.
  bright: { brightness: 1.0 },
  light: { brightness: 1.0 },
  sunny: { brightness: 1.0 },
  sun: { brightness: 0.8 },
  dawn: { brightness: 0.6, tint: [0.4, 0.1, -0.2] },
  day: { brightness: 0.6 },
  glow: { brightness: 0.6 },
  glowing: { brightness: 0.6 },
  dark: { brightness: -1.0 },
  night: { brightness: -1.0, tint: [-0.2, -0.2, 0.4] },
  midnight: { brightness: -1.2, tint: [-0.2, -0.3, 0.5] },
  shadow: { brightness: -0.8 },
  gloom: { brightness: -0.9 },
};

/** Words that carry no meaning for the latent. */
export const PROMPT_STOP_WORDS: ReadonlySet<string> = new Set(
  "a an the of and or in on at with by for to from into over under is are be very some its it this that".split(" "),
);

/** How far the seed moves each shape dim (uniform in [-SEED_AMPLITUDE, SEED_AMPLITUDE)). */
export const SEED_AMPLITUDE = 0.8;

/** What one token of the prompt did. */
export interface TokenEffect {
  token: string;
  /** "vocabulary" (named dims), "shape" (hashed into shape dims) or "stop" (ignored). */
  role: "vocabulary" | "shape" | "stop";
  /** The vocabulary entry used, for "vocabulary" tokens ("storms" uses "storm"). */
  word?: string;
}

/** The latent for a prompt and seed, and what each token did. */
export interface PromptLatent {
  latent: Float32Array;
  tokens: TokenEffect[];
}

/** Splits a prompt into lower-case ASCII words (accents stripped). */
export function tokenizePrompt(prompt: string): string[] {
  return prompt
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

function vocabularyWord(token: string): string | undefined {
  if (Object.hasOwn(PROMPT_VOCABULARY, token)) return token;
  if (token.endsWith("s") && Object.hasOwn(PROMPT_VOCABULARY, token.slice(0, -1))) return token.slice(0, -1);
  return undefined;
}

/**
 * Maps a prompt and seed to a CPPN latent of `latentSize` dims (16 for the built-ins; a
 * registered CPPN may declare 8..256: dims 0..5 keep their meaning, the rest are shape).
 */
export function promptToLatent(prompt: string, seed: number, latentSize: number = CPPN_LATENT_SIZE): PromptLatent {
  const values = new Float64Array(latentSize);
  const shapeStart = LATENT_DIM.SHAPE_START;
  const shapeDims = latentSize - shapeStart;
  const shape = new Float64Array(shapeDims);
  const tokens: TokenEffect[] = [];
  let shapeWords = 0;

  for (const token of tokenizePrompt(prompt)) {
    if (PROMPT_STOP_WORDS.has(token)) {
      tokens.push({ token, role: "stop" });
      continue;
    }
    const word = vocabularyWord(token);
    if (word !== undefined) {
      const effect = PROMPT_VOCABULARY[word]!;
      if (effect.tint) {
        values[LATENT_DIM.TINT_RED] += effect.tint[0];
        values[LATENT_DIM.TINT_GREEN] += effect.tint[1];
        values[LATENT_DIM.TINT_BLUE] += effect.tint[2];
      }
      values[LATENT_DIM.FREQUENCY] += effect.frequency ?? 0;
      values[LATENT_DIM.CONTRAST] += effect.contrast ?? 0;
      values[LATENT_DIM.BRIGHTNESS] += effect.brightness ?? 0;
      tokens.push({ token, role: "vocabulary", word });
      continue;
    }
    const prng = createPrng(hashString(token));
    for (let dim = 0; dim < shapeDims; dim += 1) shape[dim] += 2 * prng() - 1;
    shapeWords += 1;
    tokens.push({ token, role: "shape" });
  }

  const norm = shapeWords > 0 ? 1 / Math.sqrt(shapeWords) : 0;
  const seedPrng = createPrng(seed);
  for (let dim = 0; dim < shapeDims; dim += 1) {
    values[shapeStart + dim] = shape[dim]! * norm + SEED_AMPLITUDE * (2 * seedPrng() - 1);
  }

  const latent = new Float32Array(latentSize);
  for (let dim = 0; dim < latentSize; dim += 1) latent[dim] = Math.min(LATENT_LIMIT, Math.max(-LATENT_LIMIT, values[dim]!));
  return { latent, tokens };
}
