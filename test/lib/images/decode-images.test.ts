import { describe, expect, test } from "vitest";
import { httpStatusOf } from "@/lib/errors";
import { decodeImages, type DecodedImage } from "@/lib/images/decode-images";
import { ImageError } from "@/lib/images/image-error";
import { createImageDecodePool } from "@/inference/images/image-decode-pool";
import { legalPng, pngBomb, truncatedPng } from "./hostile-images";

const size = ([image]: DecodedImage[]) => `${image!.width}x${image!.height}`;

describe("decodeImages (server errors)", () => {
  test("default: decodes in the shared pool", async () => {
    expect(await decodeImages({ images: [{ bytes: legalPng(12, 9), field: "file" }], reduce: size })).toBe("12x9");
  });

  test("error: each refusal is an ImageError with its status: 400 corrupt, 422 over budget, 429 busy with retryAfterSeconds", async () => {
    const corrupt = await decodeImages({ images: [{ bytes: truncatedPng(), field: "file" }], reduce: size }).catch((error: unknown) => error);
    expect(corrupt).toBeInstanceOf(ImageError);
    expect([httpStatusOf(corrupt), (corrupt as ImageError).details.field]).toEqual([400, "file"]);

    const bomb = await decodeImages({ images: [{ bytes: await pngBomb(), field: "file" }], reduce: size }).catch((error: unknown) => error);
    expect([httpStatusOf(bomb), (bomb as ImageError).code]).toEqual([422, "IMAGE_TOO_LARGE"]);

    const pool = createImageDecodePool({ maxConcurrent: 1, maxQueued: 0 });
    try {
      const image = legalPng(800, 800);
      const running = decodeImages({ images: [{ bytes: image, field: "file" }], reduce: size, pool });
      const busy = await decodeImages({ images: [{ bytes: image, field: "file" }], reduce: size, pool }).catch((error: unknown) => error);
      expect(busy).toBeInstanceOf(ImageError);
      expect([httpStatusOf(busy), (busy as ImageError).details.retryAfterSeconds]).toEqual([429, 1]);
      expect(await running).toBe("800x800");
    } finally {
      await pool.close();
    }
  });
});
