import { describe, expect, test } from "vitest";
import { checkImageBudget, IMAGE_LIMITS } from "@/inference/images/check-image-budget";
import type { ImageHeader } from "@/inference/images/read-image-header";
import type { InferenceError } from "@/inference/inference-error";
import { PNG_BOMB_REFUSAL } from "../../lib/images/png-bomb-refusal";

const header = (fields: Partial<ImageHeader>): ImageHeader => ({ format: "png", width: 10, height: 10, bitDepth: 8, channels: 3, colorType: 2, interlaced: false, ...fields });

function errorOf(run: () => void): InferenceError {
  try {
    run();
  } catch (error) {
    return error as InferenceError;
  }
  throw new Error("expected a throw");
}

describe("checkImageBudget", () => {
  test("default: images up to the limits pass (4096x4096 RGBA at 8 bits is the largest square)", () => {
    expect(() => checkImageBudget(header({ width: 4096, height: 4096, channels: 4 }), { field: "file" })).not.toThrow();
    expect(() => checkImageBudget(header({ width: 8192, height: 2048, channels: 4 }), { field: "file" })).not.toThrow();
  });

  test("error: the issue's bomb (8192x8192 RGBA at 16 bits) names the pixel limit and its values", () => {
    const error = errorOf(() => checkImageBudget(header({ width: 8192, height: 8192, bitDepth: 16, channels: 4, colorType: 6 }), { field: "file" }));
    expect({ code: error.code, message: error.message, details: error.details }).toEqual(PNG_BOMB_REFUSAL);
    // The limits it names are the defaults.
    expect(error.details).toMatchObject(IMAGE_LIMITS);
  });

  test("behavior: 16-bit samples count double (4096x4096 RGB at 16 bits is over the byte budget)", () => {
    const error = errorOf(() => checkImageBudget(header({ width: 4096, height: 4096, bitDepth: 16 }), { field: "image" }));
    expect(error.message).toBe("The image is 4096x4096 at 16 bits, 100663296 bytes of pixels (6 a pixel); images are decoded up to 67108864 bytes.");
    expect(error.details).toMatchObject({ field: "image", limit: "maxPixelBytes", bytesPerPixel: 6, pixelBytes: 100663296, maxPixelBytes: 67108864 });
  });

  test("error: a side over the limit, and a zero side", () => {
    expect(errorOf(() => checkImageBudget(header({ width: 100_000, height: 4 }), { field: "file" })).details).toMatchObject({ limit: "maxSide", width: 100000, maxSide: 8192 });
    const zero = errorOf(() => checkImageBudget(header({ width: 0 }), { field: "file" }));
    expect([zero.code, zero.details.reason]).toEqual(["INPUT_INVALID", "zero width or height"]);
  });

  test("behavior: a caller's own limits", () => {
    const error = errorOf(() => checkImageBudget(header({ width: 5000, height: 10 }), { field: "sourceImage", limits: { ...IMAGE_LIMITS, maxSide: 4096 } }));
    expect(error.details).toMatchObject({ field: "sourceImage", limit: "maxSide", maxSide: 4096 });
  });
});
