import { describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { perceptualDistance, perceptualHash } from "@/lib/provenance/perceptual-hash";

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
  it("default: 16 hex digits, the same for the same pixels at any zlib level", () => {
    const a = perceptualHash(png(80, 60, gradient, 1));
    const b = perceptualHash(png(80, 60, gradient, 9));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).toBe(b);
  });

  it("behavior: a small edit moves a few bits, a different picture about half", () => {
    const base = perceptualHash(png(80, 60, rings));
    const edited = perceptualHash(png(80, 60, (x, y) => (x === 10 && y === 10 ? [0, 0, 0] : rings(x, y))));
    const other = perceptualHash(png(80, 60, gradient));
    expect(perceptualDistance(base, edited)).toBeLessThanOrEqual(2);
    expect(perceptualDistance(base, other)).toBeGreaterThan(16);
    expect(perceptualDistance(other, base)).toBe(perceptualDistance(base, other));
  });

  it("behavior: images smaller than the 9x8 grid still hash", () => {
    expect(perceptualHash(png(3, 2, gradient))).toMatch(/^[0-9a-f]{16}$/);
  });

  it("error: not a PNG, or a header claiming a huge image, is INPUT_INVALID", () => {
    expect(() => perceptualHash(new TextEncoder().encode("GIF89a..."))).toThrow(/Not a PNG file/);
    const bytes = png(4, 4, gradient);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(16, 100_000);
    expect(() => perceptualHash(bytes)).toThrow(/100000x4; perceptual hashes are computed up to 8192/);
  });
});
