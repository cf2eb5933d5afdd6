import { describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { ImageError } from "@/lib/images/image-error";
import { perceptualDistance, perceptualHash } from "@/lib/provenance/perceptual-hash";
import { legalJpeg, pngBomb } from "../images/hostile-images";

/** A w x h PNG whose pixels come from `pixel(x, y)` as [r, g, b]. */
function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number], deflateLevel = 6): Uint8Array {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = pixel(x, y);
      image.data.set([r, g, b, 255], (y * width + x) * 4);
    }
  }
  return new Uint8Array(PNG.sync.write(image, { colorType: 2, deflateLevel }));
}

const gradient = (x: number, y: number): [number, number, number] => [(x * 7 + y * 3) % 256, (x * x + y) % 256, (y * 5) % 256];
const rings = (x: number, y: number): [number, number, number] => {
  const v = Math.round(127 + 127 * Math.sin(Math.hypot(x - 40, y - 30) / 3));
  return [v, 255 - v, v];
};

describe("perceptualHash", () => {
  it("default: 16 hex digits, the same for the same pixels at any zlib level", async () => {
    const a = await perceptualHash(png(80, 60, gradient, 1));
    const b = await perceptualHash(png(80, 60, gradient, 9));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).toBe(b);
  });

  it("behavior: a small edit moves a few bits, a different picture about half", async () => {
    const base = await perceptualHash(png(80, 60, rings));
    const edited = await perceptualHash(png(80, 60, (x, y) => (x === 10 && y === 10 ? [0, 0, 0] : rings(x, y))));
    const other = await perceptualHash(png(80, 60, gradient));
    expect(perceptualDistance(base, edited)).toBeLessThanOrEqual(2);
    expect(perceptualDistance(base, other)).toBeGreaterThan(16);
    expect(perceptualDistance(other, base)).toBe(perceptualDistance(base, other));
  });

  it("behavior: images smaller than the 9x8 grid still hash", async () => {
    expect(await perceptualHash(png(3, 2, gradient))).toMatch(/^[0-9a-f]{16}$/);
  });

  it("behavior: a JPEG hashes too (a minted PNG re-encoded as JPEG can still be found)", async () => {
    expect(await perceptualHash(legalJpeg(64, 48))).toMatch(/^[0-9a-f]{16}$/);
  });

  it("error: not a PNG or JPEG, or a header claiming a huge image, is refused before decoding", async () => {
    await expect(perceptualHash(new TextEncoder().encode("GIF89a..."))).rejects.toMatchObject({ code: "INPUT_INVALID", details: { field: "image", reason: "not a PNG or JPEG image" } });
    const bytes = png(4, 4, gradient);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(16, 100_000);
    await expect(perceptualHash(bytes)).rejects.toMatchObject({
      code: "IMAGE_TOO_LARGE",
      message: "The image is 100000x4 at 8 bits; images are decoded up to 8192 pixels a side.",
      details: { field: "image", width: 100000, height: 4, limit: "maxSide", maxSide: 8192 },
    });
  });

  it("error: the 8192x8192 16-bit bomb is an ImageError IMAGE_TOO_LARGE (a 422), not a decode", async () => {
    const error = await perceptualHash(await pngBomb()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImageError);
    expect(error).toMatchObject({ code: "IMAGE_TOO_LARGE", details: { limit: "maxPixels", pixels: 67108864 } });
  });
});
