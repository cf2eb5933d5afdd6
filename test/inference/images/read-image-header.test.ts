import { describe, expect, test } from "vitest";
import { readImageHeader } from "@/inference/images/read-image-header";
import { hugeSofJpeg, legalJpeg, legalPng, pngFrom, pngMagicNonImage } from "../../lib/images/hostile-images";

describe("readImageHeader", () => {
  test("default: a PNG's IHDR (size, depth, colour type, channels, interlace)", () => {
    expect(readImageHeader(legalPng(30, 20))).toEqual({ header: { format: "png", width: 30, height: 20, bitDepth: 8, channels: 3, colorType: 2, interlaced: false } });
    expect(readImageHeader(pngFrom({ width: 5, height: 6, bitDepth: 16, colorType: 6, interlace: 1 }, new Uint8Array(0))).header).toMatchObject({ bitDepth: 16, channels: 4, interlaced: true });
  });

  test("default: a JPEG's first SOF, past the markers before it", () => {
    expect(readImageHeader(legalJpeg(33, 17))).toEqual({ header: { format: "jpeg", width: 33, height: 17, bitDepth: 8, channels: 3, colorType: null, interlaced: false } });
    expect(readImageHeader(hugeSofJpeg()).header).toMatchObject({ width: 65535, height: 65535, channels: 3 });
  });

  test("error: neither PNG nor JPEG, or a PNG signature without an IHDR", () => {
    expect(readImageHeader(new TextEncoder().encode("GIF89a......"))).toEqual({ header: null, reason: "not a PNG or JPEG image" });
    expect(readImageHeader(pngMagicNonImage())).toEqual({ header: null, reason: "the PNG does not start with a 13-byte IHDR chunk" });
    expect(readImageHeader(pngMagicNonImage().subarray(0, 20))).toEqual({ header: null, reason: "the PNG ends before its header (IHDR)" });
  });

  test("error: a colour type or bit depth the PNG specification does not have", () => {
    expect(readImageHeader(pngFrom({ width: 1, height: 1, colorType: 5 }, new Uint8Array(0)))).toEqual({ header: null, reason: "the PNG colour type 5 does not exist" });
    expect(readImageHeader(pngFrom({ width: 1, height: 1, bitDepth: 4, colorType: 2 }, new Uint8Array(0)))).toEqual({
      header: null,
      reason: "the PNG bit depth 4 is not allowed with colour type 2",
    });
  });

  test("error: a JPEG with no SOF before its scan, or cut inside it", () => {
    expect(readImageHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x02]))).toEqual({ header: null, reason: "the JPEG has no frame header (SOF) before its image data" });
    expect(readImageHeader(hugeSofJpeg().subarray(0, 9))).toEqual({ header: null, reason: "the JPEG ends inside its frame header (SOF)" });
  });
});
