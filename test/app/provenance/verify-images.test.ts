import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createImageDecodePool, type ImageDecodePool } from "@/inference/images/image-decode-pool";
import { startFlowHarness, type FlowHarness } from "./flow-harness";
import { hugeSofJpeg, legalPng, pngBomb, pngMagicNonImage, truncatedPng } from "../../lib/images/hostile-images";
import { PNG_BOMB_REFUSAL } from "../../lib/images/png-bomb-refusal";

// POST /api/verify with hostile images: anonymous, so the decode budget is all that stands
// between a 522 KB file and a gigabyte of pixels on the request thread.

vi.mock("server-only", () => ({}));

let h: FlowHarness;
let verify: (request: Request) => Promise<Response>;

beforeAll(async () => {
  h = await startFlowHarness("verify-images");
  verify = (await import("@/app/api/verify/route")).POST as unknown as (request: Request) => Promise<Response>;
});

afterAll(async () => {
  await h?.close();
});

async function verifyFile(bytes: Uint8Array): Promise<{ status: number; json: any; retryAfter: string | null }> {
  const form = new FormData();
  form.set("file", new Blob([bytes as Uint8Array<ArrayBuffer>]), "image.png");
  const response = await verify(new Request("http://localhost/api/verify", { method: "POST", body: form }));
  return { status: response.status, json: await response.json(), retryAfter: response.headers.get("retry-after") };
}

describe("POST /api/verify with images", () => {
  test("error: the 522 KB 8192x8192 16-bit bomb is a 422 IMAGE_TOO_LARGE naming the limit and its values, and memory stays flat", async () => {
    const bomb = await pngBomb();
    const before = process.memoryUsage().rss;
    const answer = await verifyFile(bomb);
    expect(answer.status).toBe(422);
    expect(answer.json.error).toEqual(PNG_BOMB_REFUSAL);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  test("error: three bombs at once are three 422s", async () => {
    const bomb = await pngBomb();
    const answers = await Promise.all([verifyFile(bomb), verifyFile(bomb), verifyFile(bomb)]);
    expect(answers.map((answer) => [answer.status, answer.json.error.code])).toEqual(Array(3).fill([422, "IMAGE_TOO_LARGE"]));
  });

  test("error: a JPEG whose SOF claims 65535x65535 is a 422 naming the side limit", async () => {
    const answer = await verifyFile(hugeSofJpeg());
    expect(answer.status).toBe(422);
    expect(answer.json.error).toMatchObject({ code: "IMAGE_TOO_LARGE", details: { field: "file", format: "jpeg", width: 65535, height: 65535, limit: "maxSide", maxSide: 8192 } });
  });

  test("behavior: a legal image no token has is reported not-found (hashed in a worker)", async () => {
    const answer = await verifyFile(legalPng(300, 200));
    expect(answer.status).toBe(200);
    expect(answer.json.verdict).toBe("not-found");
    expect(answer.json.summary).toMatch(/or looks like it \(perceptual hash [0-9a-f]{16}\)/);
  });

  test("error: with every decoder busy and no room to wait, a 429 IMAGE_DECODER_BUSY with Retry-After, never a 5xx", async () => {
    const key = Symbol.for("colophon.imageDecodePool");
    const holder = globalThis as { [key]?: ImageDecodePool };
    const shared = holder[key];
    const tight = createImageDecodePool({ maxConcurrent: 1, maxQueued: 0, retryAfterSeconds: 3 });
    holder[key] = tight;
    try {
      const image = legalPng(1600, 1200);
      const answers = await Promise.all([verifyFile(image), verifyFile(image), verifyFile(image)]);
      const busy = answers.filter((answer) => answer.status === 429);
      expect(busy.length).toBeGreaterThan(0);
      expect(answers.every((answer) => answer.status === 200 || answer.status === 429)).toBe(true);
      expect(busy[0]!.json.error).toEqual({
        code: "IMAGE_DECODER_BUSY",
        message: "Every image decoder is busy and 0 images are waiting; retry in 3 s.",
        details: { maxConcurrent: 1, maxQueued: 0, retryAfterSeconds: 3 },
      });
      expect(busy[0]!.retryAfter).toBe("3");
    } finally {
      holder[key] = shared;
      await tight.close();
    }
  });

  test.each([
    ["truncated image data", truncatedPng(), "the IDAT chunk at byte 33 runs past the end of the file (truncated)"],
    ["a PNG signature in front of text", pngMagicNonImage(), "the PNG does not start with a 13-byte IHDR chunk"],
  ])("behavior: %s is reported as not comparable by look, not a 5xx", async (_name, bytes, reason) => {
    const answer = await verifyFile(bytes);
    expect(answer.status).toBe(200);
    expect(answer.json.verdict).toBe("not-found");
    expect(answer.json.summary).toContain(reason);
  });
});
