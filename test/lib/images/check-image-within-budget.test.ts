import { describe, expect, test } from "vitest";
import { httpStatusOf } from "@/lib/errors";
import { checkImageWithinBudget } from "@/lib/images/check-image-within-budget";
import { ImageError } from "@/lib/images/image-error";
import { hugeSofJpeg, legalPng, pngBomb, pngMagicNonImage } from "./hostile-images";

describe("checkImageWithinBudget", () => {
  test("default: an image within the budget passes", () => {
    expect(() => checkImageWithinBudget(legalPng(64, 64), { field: "file" })).not.toThrow();
  });

  test("behavior: bytes that are not a PNG or JPEG pass, for the reader to describe", () => {
    expect(() => checkImageWithinBudget(new TextEncoder().encode("hello"), { field: "file" })).not.toThrow();
    expect(() => checkImageWithinBudget(pngMagicNonImage(), { field: "file" })).not.toThrow();
  });

  test("error: the bomb and a huge JPEG are an ImageError IMAGE_TOO_LARGE, status 422, naming the field", async () => {
    for (const bytes of [await pngBomb(), hugeSofJpeg()]) {
      let thrown: unknown;
      try {
        checkImageWithinBudget(bytes, { field: "file" });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ImageError);
      expect(thrown).toMatchObject({ code: "IMAGE_TOO_LARGE", details: { field: "file" } });
      expect(httpStatusOf(thrown)).toBe(422);
    }
  });
});
