/**
 * Seeded pseudo-random numbers and a stable string hash, used to make built-in weights and
 * prompt latents. Only integer arithmetic and + - * /: no Math.sin/log/exp, whose last bits
 * could differ between JavaScript engines, so the same seed gives the same bits anywhere.
 */

/** A generator of uniform numbers in [0, 1), 32 bits of randomness each. */
export type Prng = () => number;

/**
 * mulberry32: a small, well-mixed 32-bit generator (Tommy Ettinger's). Period 2^32, enough
 * for weight tensors of a few thousand numbers.
 */
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An approximately normal number with mean 0 and standard deviation 1: the Irwin-Hall sum
 * of 12 uniforms minus 6 (bounded to [-6, 6], which is what a weight initialiser wants).
 */
export function nextGaussian(prng: Prng): number {
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += prng();
  return sum - 6;
}

/** A float32 array of `length` normal numbers with standard deviation `scale`. */
export function gaussianArray(prng: Prng, length: number, scale: number): Float32Array {
  const values = new Float32Array(length);
  for (let index = 0; index < length; index += 1) values[index] = nextGaussian(prng) * scale;
  return values;
}

/**
 * FNV-1a, 32 bits, over the UTF-8 bytes of `text`: a stable hash (the same on every engine
 * and platform) for turning words into seeds. Not for security.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
