import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { POST as generate } from "@/app/api/generate/route";
import { GET as events } from "@/app/api/generate/[id]/events/route";
import { getOrtVersion } from "@/inference/choose-execution-provider";
import { decodePng, encodePng } from "@/inference/png-codec";
import { promptToLatent } from "@/inference/prompt-to-latent";
import { sha256Hex } from "@/inference/sha256-hex";
import { modelSeedOf } from "@/lib/generation/generation-request";
import { ALICE, BOB, errorOf, getRequest, jsonRequest, openTestStack, readServerEvents, type TestStack } from "../../lib/generation/fixtures";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

const LOOM = { modelId: "loom", prompt: "calm golden dawn", seed: 7, width: 64, height: 64 };

function eventsOf(jobId: string, wallet: typeof ALICE | null) {
  return getRequest(`/api/generate/${jobId}/events`, wallet).then((request) => events(request, { params: Promise.resolve({ id: jobId }) }));
}

/** Submits as Alice, expects 202, and reads the job's events to the end. */
async function generateAndWait(body: unknown) {
  const response = await generate(await jsonRequest("/api/generate", body, ALICE));
  expect(response.status).toBe(202);
  const submitted = (await response.json()) as { jobId: string; eventsUrl: string };
  const stream = await eventsOf(submitted.jobId, ALICE);
  expect(stream.status).toBe(200);
  expect(stream.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  return { submitted, events: await readServerEvents(stream) };
}

describe("POST /api/generate and its events (in-process queue, real inference)", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await openTestStack();
  });
  afterAll(() => stack.close());

  test("default: 202, progress events, then a result whose PNG is in the content store", async () => {
    const { submitted, events: received } = await generateAndWait(LOOM);
    expect(submitted.eventsUrl).toBe(`/api/generate/${submitted.jobId}/events`);
    const progress = received.filter((event) => event.event === "progress").map((event) => event.data.progress as number);
    expect(progress.length).toBeGreaterThanOrEqual(1);
    expect(progress).toEqual([...progress].sort((left, right) => left - right));
    for (const value of progress) expect(value >= 0 && value <= 1).toBe(true);
    const last = received.at(-1)!;
    expect(last.event).toBe("result");
    expect(received.filter((event) => event.event !== "progress")).toHaveLength(1);

    const [result] = last.data.results;
    const store = await stack.runtime.contentStore();
    const png = await store.get(result.cid);
    const inference = await stack.runtime.inference();
    expect(result).toEqual({
      cid: result.cid,
      sha256: `0x${sha256Hex(png)}`,
      size: png.length,
      width: 64,
      height: 64,
      seed: 7,
      facts: {
        modelSha256: inference.registry.get("loom").manifest.sha256,
        ortVersion: getOrtVersion(),
        executionProvider: "cpu",
        seed: 7,
        prompt: "calm golden dawn",
        params: { zoom: 1, centerX: 0, centerY: 0 },
        latent: result.facts.latent,
        tiles: 1,
        ms: result.facts.ms,
      },
    });
    // Each latent value is a short decimal of the exact float32 the model was fed.
    expect(result.facts.latent.map(Math.fround)).toEqual([...promptToLatent("calm golden dawn", 7).latent]);
    expect(await decodePng(png)).toMatchObject({ width: 64, height: 64 });

    // The same request straight through inference gives the same bytes: the queue adds nothing.
    const direct = await inference.generateImage({ ...LOOM, seed: 7 });
    expect(`0x${direct.sha256}`).toBe(result.sha256);

    const { prisma } = await stack.runtime.database();
    const row = await prisma.generationJob.findUniqueOrThrow({ where: { id: submitted.jobId } });
    expect(row).toMatchObject({ requester: ALICE.address.toLowerCase(), modelId: "loom", status: "SUCCEEDED", progress: 1, error: null });
    expect(row.request).toEqual({ ...LOOM, variations: 1, params: {} });
    expect(row.results).toEqual(last.data.results);
  });

  test("behavior: variations run seeds seed..seed+n-1, each a different image", async () => {
    const { events: received } = await generateAndWait({ ...LOOM, seed: 40, variations: 3 });
    const { results } = received.at(-1)!.data;
    expect(results.map((result: { seed: number }) => result.seed)).toEqual([40, 41, 42]);
    expect(results.map((result: { facts: { seed: number } }) => result.facts.seed)).toEqual([40, 41, 42]);
    expect(new Set(results.map((result: { sha256: string }) => result.sha256)).size).toBe(3);
  });

  test("behavior: a seed above 2^32 runs with its folded 32-bit model seed, recorded in facts", async () => {
    const seed = Number.MAX_SAFE_INTEGER - 1;
    const { events: received } = await generateAndWait({ ...LOOM, seed, variations: 2 });
    const { results } = received.at(-1)!.data;
    expect(results.map((result: { seed: number }) => result.seed)).toEqual([seed, seed + 1]);
    expect(results.map((result: { facts: { seed: number } }) => result.facts.seed)).toEqual([modelSeedOf(seed), modelSeedOf(seed + 1)]);
  });

  test("behavior: the style model runs on a PNG from the content store", async () => {
    const store = await stack.runtime.contentStore();
    const rgb = new Uint8Array(80 * 72 * 3).map((_, index) => (index * 37) % 256);
    const { cid } = await store.add(encodePng(rgb, 80, 72));
    const { events: received } = await generateAndWait({ modelId: "press", prompt: "", seed: 1, width: 64, height: 96, sourceImageCid: cid, params: { strength: 0.5 } });
    const [result] = received.at(-1)!.data.results;
    expect(result).toMatchObject({ width: 64, height: 96, seed: 1 });
    expect(result.facts.params).toEqual({ strength: 0.5 });
    expect(await decodePng(await store.get(result.cid))).toMatchObject({ width: 64, height: 96 });
  });

  test("error: 401 without a session", async () => {
    const response = await generate(await jsonRequest("/api/generate", LOOM, null));
    expect(await errorOf(response)).toEqual({ status: 401, code: "UNAUTHENTICATED", message: "Sign in with your wallet first", details: { reason: "NOT_SIGNED_IN" } });
  });

  const invalidBodies: [name: string, body: unknown, field: string, reason: string][] = [
    ["body not JSON", "{not json", "body", "expected a JSON object"],
    ["modelId missing", { ...LOOM, modelId: undefined }, "modelId", "is required"],
    ["prompt too long", { ...LOOM, prompt: "x".repeat(1001) }, "prompt", "prompt is at most 1000 characters"],
    ["prompt not a string", { ...LOOM, prompt: 5 }, "prompt", "prompt must be a string"],
    ["seed negative", { ...LOOM, seed: -1 }, "seed", "seed must be at least 0"],
    ["seed fractional", { ...LOOM, seed: 1.5 }, "seed", "seed must be a whole number"],
    ["seed above 2^53 - 1", { ...LOOM, seed: 2 ** 53 }, "seed", "seed must be at most 9007199254740991 (2^53 - 1)"],
    ["seed + variations past 2^53 - 1", { ...LOOM, seed: Number.MAX_SAFE_INTEGER, variations: 2 }, "seed", "seed + variations - 1 must be at most 9007199254740991"],
    ["width below 64", { ...LOOM, width: 63 }, "width", "width must be at least 64 pixels"],
    ["height above 2048", { ...LOOM, height: 2049 }, "height", "height must be at most 2048 pixels"],
    ["width fractional", { ...LOOM, width: 64.5 }, "width", "width must be a whole number of pixels"],
    ["variations 0", { ...LOOM, variations: 0 }, "variations", "variations must be at least 1"],
    ["variations 5", { ...LOOM, variations: 5 }, "variations", "variations must be at most 4"],
    ["an unknown field", { ...LOOM, steps: 30 }, "steps", "is not a field of this request"],
    ["a param that is not a number", { ...LOOM, params: { zoom: "2" } }, "params.zoom", "each param must be a number"],
    ["a param out of range", { ...LOOM, params: { zoom: 100 } }, "params.zoom", "Too big: expected number to be <=8"],
    ["a param the model does not take", { ...LOOM, params: { strength: 1 } }, "params.strength", "is not a field of this request"],
    ["a source image for a text-to-image model", { ...LOOM, sourceImageCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4" }, "sourceImageCid", 'model "loom" is text-to-image and takes no source image'],
    ["no source image for the style model", { ...LOOM, modelId: "press" }, "sourceImageCid", 'model "press" is image-to-image and needs a source image (upload one first)'],
    ["a source image that is not a CID", { ...LOOM, modelId: "press", sourceImageCid: "not-a-cid" }, "sourceImageCid", "is not a CID"],
    ["a source image not in the store", { ...LOOM, modelId: "press", sourceImageCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4" }, "sourceImageCid", "no content with this CID in the content store"],
  ];
  test.each(invalidBodies)("error: 400 INPUT_INVALID naming the field: %s", async (_name, body, field, reason) => {
    const response = await generate(await jsonRequest("/api/generate", body, ALICE));
    expect(await errorOf(response)).toEqual({ status: 400, code: "INPUT_INVALID", message: `Invalid ${field}: ${reason}`, details: expect.objectContaining({ field, reason }) });
  });

  test("error: 400 naming sourceImageCid when the source is a JPEG (style models read PNG)", async () => {
    const store = await stack.runtime.contentStore();
    const { cid } = await store.add(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]));
    const error = await errorOf(await generate(await jsonRequest("/api/generate", { ...LOOM, modelId: "press", sourceImageCid: cid }, ALICE)));
    expect(error).toEqual({ status: 400, code: "INPUT_INVALID", message: "Invalid sourceImageCid: the source image must be a PNG", details: { field: "sourceImageCid", reason: "the source image must be a PNG" } });
  });

  test("error: 404 MODEL_NOT_FOUND naming modelId for an unknown model", async () => {
    const error = await errorOf(await generate(await jsonRequest("/api/generate", { ...LOOM, modelId: "nope" }, ALICE)));
    expect(error).toEqual({ status: 404, code: "MODEL_NOT_FOUND", message: "Invalid modelId: no model has this id.", details: { field: "modelId", reason: "no model has this id", modelId: "nope" } });
  });

  test("error: 404 MODEL_NOT_FOUND for a retired model", async () => {
    const { prisma } = await stack.runtime.database();
    await prisma.model.update({ where: { id: "tide" }, data: { status: "RETIRED" } });
    try {
      const error = await errorOf(await generate(await jsonRequest("/api/generate", { ...LOOM, modelId: "tide" }, ALICE)));
      expect(error).toEqual({
        status: 404,
        code: "MODEL_NOT_FOUND",
        message: "Invalid modelId: the model is retired, not active.",
        details: { field: "modelId", reason: "the model is retired, not active", modelId: "tide" },
      });
    } finally {
      await prisma.model.update({ where: { id: "tide" }, data: { status: "ACTIVE" } });
    }
  });

  test("error: events of someone else's job are 403, of an unknown job 404, without a session 401", async () => {
    const response = await generate(await jsonRequest("/api/generate", LOOM, ALICE));
    const { jobId } = (await response.json()) as { jobId: string };
    expect(await errorOf(await eventsOf(jobId, BOB))).toEqual({
      status: 403,
      code: "FORBIDDEN",
      message: "Only the account that asked for a job may follow it.",
      details: { field: "id", reason: "the job belongs to another account" },
    });
    expect(await errorOf(await eventsOf("no-such-job", ALICE))).toEqual({
      status: 404,
      code: "NOT_FOUND",
      message: "No generation job no-such-job.",
      details: { field: "id", reason: "no job has this id" },
    });
    expect((await errorOf(await eventsOf(jobId, null))).status).toBe(401);
    // Alice's own stream still ends with the result.
    expect((await readServerEvents(await eventsOf(jobId, ALICE))).at(-1)!.event).toBe("result");
  });
});
