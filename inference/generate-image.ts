import * as ort from "onnxruntime-node";
import { z } from "zod";
import { getOrtVersion, type ExecutionProviderName } from "./choose-execution-provider";
import { InferenceError, messageOf } from "./inference-error";
import type { CppnSignature, StyleSignature } from "./model-signature";
import type { ModelRegistry } from "./model-registry";
import { decodePng, encodePng, resizeRgb, type RgbImage } from "./png-codec";
import { promptToLatent } from "./prompt-to-latent";
import { getDefaultModelSandbox, type ModelSandbox } from "./sandbox/model-sandbox";
import type { PooledSession, SessionPool } from "./session-pool";
import { sha256Hex } from "./sha256-hex";

/** Largest width or height of a generated image, in pixels. */
export const MAX_IMAGE_SIDE = 2048;

/** Longest prompt, in characters. */
export const MAX_PROMPT_LENGTH = 2000;

/**
 * Default tile size in pixels (width x rows). Peak memory of a generation is bounded by one
 * tile's working set plus the image itself, whatever the image size:
 *
 * - CPPN: a tile of T pixels holds coords (12 B/px), the hidden activations ONNX Runtime
 *   keeps alive (4 B x layer width per px each, a few at a time, in an arena that grows in
 *   power-of-two steps) and the output (12 B/px). Measured on Loom (width 32) at
 *   2048x2048: ~0.7 KB per tile pixel, so ~11 MiB at T = 16,384 (~45 MiB at 65,536,
 *   ~190 MiB at 262,144).
 * - Built-in style model: rows of T/W pixels (at least 16 x halo = 32 rows, so the halo
 *   costs at most 12.5% extra work) plus 2 x halo rows: float input (12 B/px) and a few
 *   8-channel activations (32 B/px each).
 * - The image: 3 B/px of RGB, the PNG encoder's filtered copy (3 B/px) and the compressed
 *   output, plus a decoded RGBA source (4 B/px) for style models: ~45 MiB at 2048x2048.
 *
 * So a 2048x2048 CPPN generation adds ~60 MiB to the process (measured: RSS 165 MiB after
 * loading and warming, 224 MiB peak). A registered style model runs untiled (it may
 * normalise over the whole image); its memory is whatever the model needs at that size.
 */
export const DEFAULT_MAX_TILE_PIXELS = 16_384;

/** Style tiles are at least this many halos tall, so halo rows add at most 2/16 of work. */
const MIN_STYLE_TILE_HALOS = 16;

/** Generation parameters of CPPN models (all optional; defaults applied and recorded). */
export const cppnParamsSchema = z.strictObject({
  /** Magnification: coordinates are divided by it. 0.25..8, default 1. */
  zoom: z.number().min(0.25).max(8).default(1),
  /** Centre of the view in CPPN coordinates (the shorter side spans -1..1 at zoom 1). */
  centerX: z.number().min(-16).max(16).default(0),
  centerY: z.number().min(-16).max(16).default(0),
});
export type CppnParams = z.infer<typeof cppnParamsSchema>;

/** Generation parameters of style models. */
export const styleParamsSchema = z.strictObject({
  /** Blend between the source (0) and the model's output (1). Default 1. */
  strength: z.number().min(0).max(1).default(1),
});
export type StyleParams = z.infer<typeof styleParamsSchema>;

/** Progress after each tile. */
export interface GenerationProgress {
  tilesDone: number;
  tilesTotal: number;
}

/** A generation request. */
export interface GenerateImageRequest {
  modelId: string;
  prompt: string;
  /** Unsigned 32-bit integer. */
  seed: number;
  width: number;
  height: number;
  params?: Record<string, unknown>;
  /** PNG bytes; required by style models, refused by CPPN models. Resized to width x height. */
  sourceImage?: Uint8Array;
  onProgress?: (progress: GenerationProgress) => void;
}

/** What the generation record needs to say how the image was made. */
export interface GenerationFacts {
  modelSha256: string;
  ortVersion: string;
  executionProvider: ExecutionProviderName;
  seed: number;
  prompt: string;
  /** The params actually used, defaults included. */
  params: Record<string, number>;
  /** The exact float32 latent fed to a CPPN (absent for style models). */
  latent?: number[];
  /** Number of session runs the image was made in. */
  tiles: number;
  /** Wall-clock milliseconds of the generation (tiles and PNG encoding). Not deterministic. */
  ms: number;
}

/** A generated image. */
export interface GeneratedImage {
  png: Uint8Array;
  /** sha256 of `png`, 64 lower-case hex digits. */
  sha256: string;
  width: number;
  height: number;
  facts: GenerationFacts;
}

/** What {@link generateImage} runs with. */
export interface GenerateImageContext {
  registry: ModelRegistry;
  pool: SessionPool;
  /** Tile size in pixels; see {@link DEFAULT_MAX_TILE_PIXELS}. */
  maxTilePixels?: number;
  /**
   * Where models that are not built in run: an isolated worker process. Default: this
   * process's shared sandbox. (The sandbox worker itself runs them on its own pool.)
   */
  sandbox?: ModelSandbox;
}

const requestSchema = z.object({
  modelId: z.string().min(1),
  prompt: z.string().max(MAX_PROMPT_LENGTH),
  seed: z.number().int().min(0).max(0xffffffff),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
});

function invalid(field: string, reason: string, details: Record<string, unknown> = {}): InferenceError {
  return new InferenceError("INPUT_INVALID", `Invalid ${field}: ${reason}.`, { details: { field, reason, ...details } });
}

function parseParams<T>(schema: z.ZodType<T>, params: Record<string, unknown> | undefined): T {
  const parsed = schema.safeParse(params ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(`params${issue.path.length > 0 ? `.${issue.path.join(".")}` : ""}`, issue.message);
  }
  return parsed.data;
}

async function runOrThrow(session: PooledSession, feeds: Record<string, ort.Tensor>, output: string): Promise<Float32Array> {
  try {
    const result = await session.run(feeds);
    return result[output]!.data as Float32Array;
  } catch (error) {
    throw new InferenceError("INFERENCE_FAILED", "ONNX Runtime failed while running the model.", { details: { reason: messageOf(error) }, cause: error });
  }
}

/** Rows per tile for an image `width` wide. */
function rowsPerTile(width: number, maxTilePixels: number): number {
  return Math.max(1, Math.floor(maxTilePixels / width));
}

/**
 * CPPN: pixel (column, row) has coordinates x, y with the shorter side spanning -1..1 at
 * zoom 1 (y up), r = sqrt(x^2 + y^2). Each pixel is computed alone, so tiles over rows
 * give the same bytes as one run over the whole image.
 */
async function generateCppn(
  session: PooledSession,
  signature: CppnSignature,
  request: GenerateImageRequest,
  params: CppnParams,
  latent: Float32Array,
  maxTilePixels: number,
): Promise<{ rgb: Uint8Array; tiles: number }> {
  const { width, height } = request;
  const shorter = Math.min(width, height);
  const tileRows = rowsPerTile(width, maxTilePixels);
  const tilesTotal = Math.ceil(height / tileRows);
  const rgb = new Uint8Array(width * height * 3);
  const latentTensor = new ort.Tensor("float32", latent, [1, signature.latentSize]);
  const xs = new Float64Array(width);
  for (let column = 0; column < width; column += 1) xs[column] = ((((column + 0.5) / width) * 2 - 1) * width) / shorter / params.zoom + params.centerX;

  // One coords buffer for every tile (the last one uses a prefix of it).
  const coordsBuffer = new Float32Array(Math.min(tileRows, height) * width * 3);
  for (let tile = 0; tile < tilesTotal; tile += 1) {
    const firstRow = tile * tileRows;
    const rows = Math.min(tileRows, height - firstRow);
    const pixels = rows * width;
    const coords = coordsBuffer.subarray(0, pixels * 3);
    for (let row = 0; row < rows; row += 1) {
      const y = -((((firstRow + row + 0.5) / height) * 2 - 1) * height) / shorter / params.zoom + params.centerY;
      for (let column = 0; column < width; column += 1) {
        const x = xs[column]!;
        const offset = (row * width + column) * 3;
        coords[offset] = x;
        coords[offset + 1] = y;
        coords[offset + 2] = Math.sqrt(x * x + y * y);
      }
    }
    const output = await runOrThrow(
      session,
      { [signature.coordsInput]: new ort.Tensor("float32", coords, [pixels, 3]), [signature.latentInput]: latentTensor },
      signature.output,
    );
    const base = firstRow * width * 3;
    for (let index = 0; index < pixels * 3; index += 1) {
      const value = output[index]!;
      // NaN fails both comparisons and becomes 0.
      rgb[base + index] = value > 0 ? (value < 1 ? Math.round(value * 255) : 255) : 0;
    }
    request.onProgress?.({ tilesDone: tile + 1, tilesTotal });
  }
  return { rgb, tiles: tilesTotal };
}

/**
 * Style: planar float32 [1, 3, rows, W] in 0..255 per tile. With a declared halo, each tile
 * also feeds `halo` rows above and below (clipped at the image edge) and keeps only its own
 * rows, which then equal the untiled result; without one, the whole image is one run.
 */
async function generateStyle(
  session: PooledSession,
  signature: StyleSignature,
  request: GenerateImageRequest,
  params: StyleParams,
  source: RgbImage,
  maxTilePixels: number,
): Promise<{ rgb: Uint8Array; tiles: number }> {
  const { width, height } = request;
  const halo = signature.tileHalo;
  const tileRows = halo === null ? height : Math.max(rowsPerTile(width, maxTilePixels), MIN_STYLE_TILE_HALOS * halo);
  const tilesTotal = Math.ceil(height / tileRows);
  const rgb = new Uint8Array(width * height * 3);

  for (let tile = 0; tile < tilesTotal; tile += 1) {
    const firstRow = tile * tileRows;
    const rows = Math.min(tileRows, height - firstRow);
    const inputFirst = Math.max(0, firstRow - (halo ?? 0));
    const inputEnd = Math.min(height, firstRow + rows + (halo ?? 0));
    const inputRows = inputEnd - inputFirst;
    const tilePlane = inputRows * width;
    const input = new Float32Array(3 * tilePlane);
    for (let pixel = 0; pixel < tilePlane; pixel += 1) {
      const sourcePixel = inputFirst * width + pixel;
      input[pixel] = source.rgb[sourcePixel * 3]!;
      input[tilePlane + pixel] = source.rgb[sourcePixel * 3 + 1]!;
      input[2 * tilePlane + pixel] = source.rgb[sourcePixel * 3 + 2]!;
    }
    const output = await runOrThrow(session, { [signature.input]: new ort.Tensor("float32", input, [1, 3, inputRows, width]) }, signature.output);
    if (output.length !== 3 * tilePlane) {
      throw new InferenceError("INFERENCE_FAILED", "The style model returned an image of another size.", {
        details: { expectedValues: 3 * tilePlane, found: output.length },
      });
    }
    const skip = (firstRow - inputFirst) * width;
    for (let pixel = 0; pixel < rows * width; pixel += 1) {
      const target = firstRow * width + pixel;
      for (let channel = 0; channel < 3; channel += 1) {
        const value = output[channel * tilePlane + skip + pixel]!;
        const styled = value > 0 ? (value < 255 ? value : 255) : 0;
        const original = source.rgb[target * 3 + channel]!;
        rgb[target * 3 + channel] = Math.round(original + (styled - original) * params.strength);
      }
    }
    request.onProgress?.({ tilesDone: tile + 1, tilesTotal });
  }
  return { rgb, tiles: tilesTotal };
}

/**
 * Generates one image: validates the request, gets the model's warmed session, runs it in
 * row tiles (bounded memory, see {@link DEFAULT_MAX_TILE_PIXELS}), encodes a deterministic
 * PNG and returns it with the facts a generation record needs.
 *
 * Deterministic: the same model file, request (prompt, seed, size, params, source) and
 * execution provider give the same PNG bytes; the tile size does not change them.
 *
 * A model that is not built in runs in the sandbox (`context.sandbox`), never in this
 * process.
 *
 * Throws INPUT_INVALID, DIMENSIONS_TOO_LARGE, MODEL_NOT_FOUND, LOAD_FAILED, INFERENCE_FAILED,
 * and for sandboxed models MODEL_RESOURCE_LIMIT or SANDBOX_UNAVAILABLE.
 */
export async function generateImage(request: GenerateImageRequest, context: GenerateImageContext): Promise<GeneratedImage> {
  const started = performance.now();
  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(issue.path.join(".") || "request", issue.message);
  }
  const { width, height, seed, prompt } = request;
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw new InferenceError("DIMENSIONS_TOO_LARGE", `Images are at most ${MAX_IMAGE_SIDE}x${MAX_IMAGE_SIDE} pixels; ${width}x${height} was asked for.`, {
      details: { width, height, maxSide: MAX_IMAGE_SIDE },
    });
  }
  const maxTilePixels = context.maxTilePixels ?? DEFAULT_MAX_TILE_PIXELS;
  if (!(Number.isInteger(maxTilePixels) && maxTilePixels >= 1)) throw new RangeError(`maxTilePixels must be a positive integer, got ${maxTilePixels}`);

  const model = context.registry.get(request.modelId);
  if (!model.manifest.builtIn && !context.pool.sandboxed) {
    // A stranger's model: the whole generation (source decoding, tiles, PNG) runs in the
    // sandbox worker, which checks the request the same way.
    const { onProgress, ...rest } = request;
    const sandbox = context.sandbox ?? getDefaultModelSandbox();
    return sandbox.generateImage({ manifest: model.manifest, bytes: model.bytes, request: rest, maxTilePixels, onProgress });
  }
  const { signature } = model.manifest;
  let result: { rgb: Uint8Array; tiles: number };
  let params: Record<string, number>;
  let latent: number[] | undefined;

  if (signature.kind === "cppn") {
    if (request.sourceImage !== undefined) throw invalid("sourceImage", `model "${request.modelId}" is text-to-image and takes no source image`);
    const cppnParams = parseParams(cppnParamsSchema, request.params);
    const { latent: latentValues } = promptToLatent(prompt, seed, signature.latentSize);
    const session = await context.pool.acquire(model);
    result = await generateCppn(session, signature, request, cppnParams, latentValues, maxTilePixels);
    params = cppnParams;
    latent = [...latentValues];
  } else {
    if (request.sourceImage === undefined) throw invalid("sourceImage", `model "${request.modelId}" is image-to-image and needs a source image (PNG)`);
    if ((signature.fixedWidth !== null && signature.fixedWidth !== width) || (signature.fixedHeight !== null && signature.fixedHeight !== height)) {
      throw invalid("width/height", `model "${request.modelId}" runs only at ${signature.fixedWidth ?? "any"}x${signature.fixedHeight ?? "any"}`, {
        fixedWidth: signature.fixedWidth,
        fixedHeight: signature.fixedHeight,
      });
    }
    const styleParams = parseParams(styleParamsSchema, request.params);
    const source = resizeRgb(await decodePng(request.sourceImage), width, height);
    const session = await context.pool.acquire(model);
    result = await generateStyle(session, signature, request, styleParams, source, maxTilePixels);
    params = styleParams;
  }

  const png = encodePng(result.rgb, width, height);
  const { provider } = await context.pool.provider();
  const facts: GenerationFacts = {
    modelSha256: model.manifest.sha256,
    ortVersion: getOrtVersion(),
    executionProvider: provider,
    seed,
    prompt,
    params,
    ...(latent ? { latent } : {}),
    tiles: result.tiles,
    ms: Math.round((performance.now() - started) * 10) / 10,
  };
  return { png, sha256: sha256Hex(png), width, height, facts };
}
