import { afterAll, describe, expect, test } from "vitest";
import { decodeImages, type DecodedImage } from "@/inference/images/decode-images";
import { createImageDecodePool } from "@/inference/images/image-decode-pool";
import type { InferenceError } from "@/inference/inference-error";
import { hugeSofJpeg, legalJpeg, legalPng, lyingPng, pngBomb, pngMagicNonImage, secondIhdrPng, truncatedPng } from "../../lib/images/hostile-images";

/** Reducer: the decoded size and the first pixel (runs in the worker). */
const describeImage = ([image]: DecodedImage[]) => ({ width: image!.width, height: image!.height, first: [...image!.data.subarray(0, 4)] });

async function refusalOf(bytes: Uint8Array): Promise<Pick<InferenceError, "code" | "message" | "details">> {
  try {
    await decodeImages({ images: [{ bytes, field: "file" }], reduce: describeImage });
  } catch (error) {
    const { code, message, details } = error as InferenceError;
    return { code, message, details };
  }
  throw new Error("expected a refusal");
}

describe("decodeImages", () => {
  test("default: a PNG and a JPEG decode in a worker to RGBA, and the reducer's result comes back", async () => {
    expect(await decodeImages({ images: [{ bytes: legalPng(40, 30), field: "file" }], reduce: describeImage })).toEqual({ width: 40, height: 30, first: [0, 0, 0, 255] });
    expect(await decodeImages({ images: [{ bytes: legalJpeg(24, 16), field: "file" }], reduce: describeImage })).toMatchObject({ width: 24, height: 16 });
  });

  test("behavior: options reach the reducer, typed arrays come back", async () => {
    const result = await decodeImages({
      images: [{ bytes: legalPng(4, 4), field: "a" }, { bytes: legalPng(2, 2), field: "b" }],
      reduce: (images: DecodedImage[], scale: number) => ({ sides: new Uint32Array(images.map((image) => image.width * scale)) }),
      options: 10,
    });
    expect([...result.sides]).toEqual([40, 20]);
  });

  test("error: the 522 KB 8192x8192 16-bit bomb is refused from its header, nothing inflated", async () => {
    const bomb = await pngBomb();
    expect(bomb.length).toBeLessThan(600_000);
    const before = process.memoryUsage().rss;
    expect(await refusalOf(bomb)).toMatchObject({
      code: "IMAGE_TOO_LARGE",
      message: "The image is 8192x8192 at 16 bits, 67108864 pixels; images are decoded up to 16777216 pixels.",
      details: { field: "file", width: 8192, height: 8192, bitDepth: 16, bytesPerPixel: 8, pixelBytes: 536870912, limit: "maxPixels", maxPixels: 16777216 },
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  test("error: a JPEG whose SOF claims 65535x65535", async () => {
    expect(await refusalOf(hugeSofJpeg())).toMatchObject({ code: "IMAGE_TOO_LARGE", details: { field: "file", format: "jpeg", width: 65535, height: 65535, limit: "maxSide", maxSide: 8192 } });
  });

  test("error: a header that lies (16x16, data for 4096x4096) is refused by the inflate bound", async () => {
    expect(await refusalOf(lyingPng())).toEqual({
      code: "INPUT_INVALID",
      message: "Invalid file: the image could not be decoded (the image data inflate past the 784 bytes its header allows).",
      details: { field: "file", reason: "the image data inflate past the 784 bytes its header allows" },
    });
  });

  test("error: a second IHDR claiming a bomb after a small first one", async () => {
    expect(await refusalOf(secondIhdrPng())).toMatchObject({ code: "INPUT_INVALID", details: { field: "file", reason: "the PNG has 2 IHDR chunks; exactly one is allowed" } });
  });

  test("error: truncated image data", async () => {
    const refusal = await refusalOf(truncatedPng());
    expect(refusal.code).toBe("INPUT_INVALID");
    expect(refusal.details).toEqual({ field: "file", reason: expect.stringMatching(/^the IDAT chunk at byte 33 runs past the end of the file \(truncated\)$/) });
  });

  test("error: a PNG signature in front of text, and a file that is no image", async () => {
    expect(await refusalOf(pngMagicNonImage())).toEqual({
      code: "INPUT_INVALID",
      message: "Invalid file: the PNG does not start with a 13-byte IHDR chunk.",
      details: { field: "file", reason: "the PNG does not start with a 13-byte IHDR chunk" },
    });
    expect(await refusalOf(new TextEncoder().encode("%PDF-1.7"))).toMatchObject({ code: "INPUT_INVALID", details: { field: "file", reason: "not a PNG or JPEG image" } });
  });

  test("error: a corrupt JPEG (frame header, then nothing) names the field", async () => {
    const jpeg = legalJpeg(16, 16);
    const refusal = await refusalOf(jpeg.subarray(0, jpeg.length - 40));
    expect(refusal.code).toBe("INPUT_INVALID");
    expect(refusal.details.field).toBe("file");
  });
});

describe("createImageDecodePool", () => {
  const pool = createImageDecodePool({ maxConcurrent: 1, maxQueued: 1, retryAfterSeconds: 2 });
  afterAll(() => pool.close());

  test("behavior: the event loop keeps turning while a legal 3000x3000 image decodes", async () => {
    const big = legalPng(3000, 3000);
    let ticks = 0;
    let worstGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
      ticks += 1;
    }, 5);
    const started = performance.now();
    const result = await decodeImages({ images: [{ bytes: big, field: "file" }], reduce: describeImage, pool });
    const took = performance.now() - started;
    clearInterval(timer);
    expect(result).toMatchObject({ width: 3000, height: 3000 });
    // On the event loop the decode would be one gap as long as itself, and one tick. Off it,
    // a 5 ms timer keeps firing throughout: its worst gap stays under 200 ms (or a quarter of
    // the decode, on a machine so loaded that the decode itself takes seconds).
    expect(ticks).toBeGreaterThan(took / 5 / 4);
    expect(worstGap).toBeLessThan(Math.max(200, took / 4));
  });

  test("error: with every decoder busy and the queue full, IMAGE_DECODER_BUSY with retryAfterSeconds", async () => {
    const image = legalPng(1500, 1500);
    const run = () => decodeImages({ images: [{ bytes: image, field: "file" }], reduce: describeImage, pool });
    const running = run();
    const queued = run();
    await expect(run()).rejects.toMatchObject({
      code: "IMAGE_DECODER_BUSY",
      message: "Every image decoder is busy and 1 images are waiting; retry in 2 s.",
      details: { maxConcurrent: 1, maxQueued: 1, retryAfterSeconds: 2 },
    });
    expect(pool.stats()).toEqual({ running: 1, queued: 1, workers: 1 });
    await expect(Promise.all([running, queued])).resolves.toHaveLength(2);
    expect(pool.stats()).toMatchObject({ running: 0, queued: 0 });
  });

  test("behavior: a decode past its time limit is stopped and its worker replaced", async () => {
    const slow = createImageDecodePool({ maxConcurrent: 1, timeoutMs: 1000 });
    try {
      await expect(slow.run({ images: [], reduceSource: "() => { const end = Date.now() + 20000; while (Date.now() < end); }", options: null })).rejects.toThrow("decoding took longer than 1000 ms");
      expect(await slow.run({ images: [], reduceSource: "() => 42", options: null })).toBe(42);
    } finally {
      await slow.close();
    }
  });
});
