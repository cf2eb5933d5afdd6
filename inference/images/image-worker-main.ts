/* eslint-disable @typescript-eslint/no-explicit-any */

/** A decode job as the worker receives it. */
export interface ImageWorkerTask {
  id: number;
  images: { bytes: Uint8Array; format: "png" | "jpeg"; width: number; height: number; interlaced: boolean; bytesPerPixel: number; maxPixels: number }[];
  /** Source of a self-contained function `(images, options) => result` (see decodeImages). */
  reduceSource: string;
  options: unknown;
}

/** The worker's answer: the reducer's result, or which image failed to decode and why. */
export type ImageWorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; index: number; reason: string };

/**
 * The body of an image-decode worker thread. It is sent to the worker as its own source
 * (`imageWorkerMain.toString()`, run with `eval: true`) because a bundled server has no
 * worker file to point at, so it must be self-contained: it uses nothing from this module's
 * scope, only its `load` argument (a `require` made from the repository's package.json) and
 * globals.
 *
 * For each task it decodes every image to 8-bit RGBA (pngjs for PNG, jpeg-js for JPEG),
 * runs the task's reducer on them and posts the result back, transferring any typed-array
 * fields. Before pngjs sees a PNG, its chunks are walked: a second IHDR (which pngjs would
 * obey, resizing its buffers past the budget checked on the first), a chunk running past
 * the end, or zlib data inflating past what the header allows is refused.
 */
export function imageWorkerMain(load: (id: string) => any): void {
  const { parentPort } = load("node:worker_threads");
  const zlib = load("node:zlib");
  const { PNG } = load("pngjs");
  const jpeg = load("jpeg-js");
  const reducers = new Map<string, (images: unknown[], options: unknown) => unknown>();

  function walkPng(bytes: Buffer, image: ImageWorkerTask["images"][number]): void {
    let offset = 8;
    let headers = 0;
    const data: Buffer[] = [];
    let ended = false;
    while (offset + 8 <= bytes.length) {
      const length = bytes.readUInt32BE(offset);
      const type = bytes.toString("latin1", offset + 4, offset + 8);
      if (offset + 12 + length > bytes.length) throw new Error(`the ${type} chunk at byte ${offset} runs past the end of the file (truncated)`);
      if (type === "IHDR") headers += 1;
      if (type === "IDAT") data.push(bytes.subarray(offset + 8, offset + 8 + length));
      offset += 12 + length;
      if (type === "IEND") {
        ended = true;
        break;
      }
    }
    if (headers !== 1) throw new Error(`the PNG has ${headers} IHDR chunks; exactly one is allowed`);
    if (data.length === 0) throw new Error("the PNG has no image data (IDAT)");
    if (!ended) throw new Error("the PNG has no IEND chunk (truncated)");
    // Inflated size the header allows: a filter byte a row, plus Adam7's extra rows when interlaced.
    const rowBytes = image.width * image.bytesPerPixel + 1;
    const allowed = rowBytes * image.height + (image.interlaced ? 15 * (image.height + 8) * (image.bytesPerPixel + 1) : 0);
    // pngjs bounds its own inflate only for non-interlaced images; this bounds both.
    try {
      zlib.inflateSync(Buffer.concat(data), { maxOutputLength: allowed });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === "ERR_BUFFER_TOO_LARGE") throw new Error(`the image data inflate past the ${allowed} bytes its header allows`);
      throw new Error(`the image data do not inflate: ${(error as Error).message}`);
    }
  }

  function decode(image: ImageWorkerTask["images"][number]): { width: number; height: number; data: Uint8Array } {
    const bytes = Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength);
    if (image.format === "png") {
      walkPng(bytes, image);
      const png = PNG.sync.read(bytes);
      return { width: png.width, height: png.height, data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
    }
    const decoded = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: false,
      maxResolutionInMP: image.maxPixels / 1_000_000,
      // About 16 bytes a pixel at the limit: coefficients of 3 components (2 bytes each), the RGBA output, slack.
      maxMemoryUsageInMB: Math.ceil((image.maxPixels * 16) / (1024 * 1024)),
    });
    return { width: decoded.width, height: decoded.height, data: decoded.data };
  }

  parentPort.on("message", (task: ImageWorkerTask) => {
    let index = -1;
    try {
      const images: unknown[] = [];
      for (index = 0; index < task.images.length; index += 1) images.push(decode(task.images[index]!));
      index = -1;
      let reduce = reducers.get(task.reduceSource);
      if (reduce === undefined) {
        reduce = new Function(`return (${task.reduceSource});`)() as (images: unknown[], options: unknown) => unknown;
        reducers.set(task.reduceSource, reduce);
      }
      const result = reduce(images, task.options);
      const transfer =
        result !== null && typeof result === "object"
          ? [...new Set(Object.values(result).filter((value): value is Uint8Array => ArrayBuffer.isView(value)).map((value) => value.buffer))]
          : [];
      parentPort.postMessage({ id: task.id, ok: true, result }, transfer);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").trim();
      parentPort.postMessage({ id: task.id, ok: false, index, reason });
    }
  });
}
