// What every decode path answers for the PNG bomb (pngBomb in ./hostile-images).

/**
 * The refusal of the 8192x8192 RGBA 16-bit bomb as the error body carries it: code, message
 * and details naming the pixel limit that was passed, the image's values and every limit.
 * Routes answer it with status 422; checkImageBudget throws it as an InferenceError.
 */
export const PNG_BOMB_REFUSAL = {
  code: "IMAGE_TOO_LARGE",
  message: "The image is 8192x8192 at 16 bits, 67108864 pixels; images are decoded up to 16777216 pixels.",
  details: {
    field: "file",
    format: "png",
    width: 8192,
    height: 8192,
    bitDepth: 16,
    channels: 4,
    pixels: 67108864,
    bytesPerPixel: 8,
    pixelBytes: 536870912,
    limit: "maxPixels",
    maxSide: 8192,
    maxPixels: 16777216,
    maxPixelBytes: 67108864,
  },
} as const;
