// Hostile and legal images for the decode tests and the soak bench, built byte by byte.
import { crc32, createDeflate, deflateSync } from "node:zlib";
import { encode as encodeJpeg } from "jpeg-js";
import { PNG } from "pngjs";

/** One PNG chunk: length, type, data, CRC of type and data. */
export function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** An IHDR chunk's 13 data bytes. */
export function ihdrData({ width, height, bitDepth = 8, colorType = 2, interlace = 0 }: { width: number; height: number; bitDepth?: number; colorType?: number; interlace?: number }): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([bitDepth, colorType, 0, 0, interlace], 8);
  return data;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A PNG from its header fields and already-deflated image data (any chunks may follow IHDR). */
export function pngFrom(header: Parameters<typeof ihdrData>[0], idat: Uint8Array, extra: Buffer[] = []): Uint8Array {
  return new Uint8Array(Buffer.concat([SIGNATURE, pngChunk("IHDR", ihdrData(header)), ...extra, pngChunk("IDAT", idat), pngChunk("IEND", new Uint8Array(0))]));
}

/** Deflates `rows` rows of `rowBytes` zeros without holding them all (a bomb's data is mostly nothing). */
async function deflateZeroRows(rowBytes: number, rows: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on("data", (part: Buffer) => parts.push(part));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  const row = Buffer.alloc(rowBytes);
  for (let index = 0; index < rows; index += 1) {
    if (!deflate.write(row)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(parts);
}

let bomb: Promise<Uint8Array> | undefined;

/** The bomb: 8192x8192 RGBA at 16 bits (512 MiB of samples) in about 522 KB of zlib'd zeros. */
export function pngBomb(): Promise<Uint8Array> {
  bomb ??= deflateZeroRows(1 + 8192 * 8, 8192).then((idat) => pngFrom({ width: 8192, height: 8192, bitDepth: 16, colorType: 6 }, idat));
  return bomb;
}

/** A legal 8-bit RGB PNG with a gradient (`deflateLevel` 1 keeps building it quick). */
export function legalPng(width: number, height: number): Uint8Array {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) png.data.set([(x * 7 + y) & 255, (x + y * 3) & 255, (x ^ y) & 255, 255], (y * width + x) * 4);
  }
  return new Uint8Array(PNG.sync.write(png, { colorType: 2, deflateLevel: 1 }));
}

/** A header that lies: IHDR says 16x16 RGB, the data inflate to 4096x4096 RGB (48 MiB). */
export function lyingPng(): Uint8Array {
  return pngFrom({ width: 16, height: 16 }, deflateSync(Buffer.alloc((1 + 4096 * 3) * 4096)));
}

/** A small legal IHDR, then a second IHDR claiming 8192x8192 at 16 bits (pngjs obeys the last one). */
export function secondIhdrPng(): Uint8Array {
  return pngFrom({ width: 16, height: 16 }, deflateSync(Buffer.alloc((1 + 16 * 3) * 16)), [pngChunk("IHDR", ihdrData({ width: 8192, height: 8192, bitDepth: 16, colorType: 6 }))]);
}

/** A legal PNG cut in the middle of its image data. */
export function truncatedPng(): Uint8Array {
  const whole = legalPng(64, 64);
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** The PNG signature, then text: a non-image that starts like a PNG. */
export function pngMagicNonImage(): Uint8Array {
  return new Uint8Array(Buffer.concat([SIGNATURE, Buffer.from("this is not an image, only its first eight bytes are\n")]));
}

/** A JPEG whose frame header (SOF0) claims 65535x65535 with 3 components, and no data behind it. */
export function hugeSofJpeg(): Uint8Array {
  const sof = [0xff, 0xc0, 0x00, 0x11, 8, 0xff, 0xff, 0xff, 0xff, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...sof, 0xff, 0xd9]);
}

/** A legal baseline JPEG (jpeg-js's encoder). */
export function legalJpeg(width: number, height: number): Uint8Array {
  const data = Buffer.alloc(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel += 1) data.set([(pixel * 5) & 255, (pixel >> 3) & 255, 90, 255], pixel * 4);
  return new Uint8Array(encodeJpeg({ width, height, data }, 80).data);
}
