import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { POST as generate } from "@/app/api/generate/route";
import { GET as events } from "@/app/api/generate/[id]/events/route";
import { GET as listGenerations, POST as keep } from "@/app/api/generations/route";
import { ALICE, BOB, errorOf, getRequest, jsonRequest, openTestStack, readServerEvents, type TestStack } from "../../lib/generation/fixtures";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

const REQUEST = { modelId: "tide", prompt: "cold misty sea", seed: 20, width: 64, height: 80, variations: 2, params: { zoom: 2 } };

describe("POST and GET /api/generations", () => {
  let stack: TestStack;
  let jobId: string;
  let results: any[];
  beforeAll(async () => {
    stack = await openTestStack();
    const submitted = await generate(await jsonRequest("/api/generate", REQUEST, ALICE));
    jobId = ((await submitted.json()) as { jobId: string }).jobId;
    const received = await readServerEvents(await events(await getRequest(`/api/generate/${jobId}/events`, ALICE), { params: Promise.resolve({ id: jobId }) }));
    results = received.at(-1)!.data.results;
  });
  afterAll(() => stack.close());

  test("default: keeping a result creates the Generation row and returns it; GET lists it", async () => {
    const response = await keep(await jsonRequest("/api/generations", { jobId, index: 1 }, ALICE));
    expect(response.status).toBe(201);
    const { generation } = (await response.json()) as { generation: any };
    const result = results[1];
    expect(generation).toEqual({
      id: generation.id,
      contributor: ALICE.address.toLowerCase(),
      modelId: "tide",
      prompt: "cold misty sea",
      seed: 21,
      params: { width: 64, height: 80, zoom: 2, centerX: 0, centerY: 0 },
      imageCid: result.cid,
      imageSha256: result.sha256,
      size: result.size,
      facts: result.facts,
      createdAt: generation.createdAt,
    });
    const row = await (await stack.runtime.database()).prisma.generation.findUniqueOrThrow({ where: { id: generation.id } });
    expect(row.seed).toBe(21n);

    const listed = await listGenerations(await getRequest("/api/generations", ALICE));
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual({ generations: [generation] });
    expect(await (await listGenerations(await getRequest("/api/generations", BOB))).json()).toEqual({ generations: [] });
  });

  test("behavior: keeping the same result again returns the row kept before (200)", async () => {
    const first = (await (await keep(await jsonRequest("/api/generations", { jobId, index: 0 }, ALICE))).json()) as { generation: { id: string } };
    const again = await keep(await jsonRequest("/api/generations", { jobId, index: 0 }, ALICE));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { generation: { id: string } }).generation.id).toBe(first.generation.id);
    const listed = (await (await listGenerations(await getRequest("/api/generations", ALICE))).json()) as { generations: { seed: number }[] };
    expect(listed.generations.map((generation) => generation.seed)).toEqual([20, 21]);
  });

  test("error: 401 without a session, for both methods", async () => {
    expect((await errorOf(await keep(await jsonRequest("/api/generations", { jobId, index: 0 }, null)))).status).toBe(401);
    expect((await errorOf(await listGenerations(await getRequest("/api/generations", null)))).status).toBe(401);
  });

  const invalid: [name: string, body: unknown, field: string, reason: string][] = [
    ["not JSON", "nope", "body", "expected a JSON object"],
    ["jobId missing", { index: 0 }, "jobId", "is required"],
    ["index negative", { jobId: "x", index: -1 }, "index", "index must be at least 0"],
    ["index past the most variations", { jobId: "x", index: 4 }, "index", "index must be at most 3"],
    ["index fractional", { jobId: "x", index: 0.5 }, "index", "index must be a whole number"],
  ];
  test.each(invalid)("error: 400 INPUT_INVALID naming the field: %s", async (_name, body, field, reason) => {
    expect(await errorOf(await keep(await jsonRequest("/api/generations", body, ALICE)))).toEqual({
      status: 400,
      code: "INPUT_INVALID",
      message: `Invalid ${field}: ${reason}`,
      details: { field, reason },
    });
  });

  test("error: 400 naming index when the job has fewer results", async () => {
    expect(await errorOf(await keep(await jsonRequest("/api/generations", { jobId, index: 2 }, ALICE)))).toEqual({
      status: 400,
      code: "INPUT_INVALID",
      message: "Invalid index: the job has 2 results.",
      details: { field: "index", reason: "must be below 2" },
    });
  });

  test("error: 404 for an unknown job, 403 for someone else's", async () => {
    expect(await errorOf(await keep(await jsonRequest("/api/generations", { jobId: "missing", index: 0 }, ALICE)))).toEqual({
      status: 404,
      code: "NOT_FOUND",
      message: "No generation job missing.",
      details: { field: "jobId", reason: "no job has this id" },
    });
    expect(await errorOf(await keep(await jsonRequest("/api/generations", { jobId, index: 0 }, BOB)))).toEqual({
      status: 403,
      code: "FORBIDDEN",
      message: "Only the account that asked for a job may keep its results.",
      details: { field: "jobId", reason: "the job belongs to another account" },
    });
  });

  test("error: 409 CONFLICT for a job that has not succeeded", async () => {
    const { prisma } = await stack.runtime.database();
    for (const status of ["QUEUED", "RUNNING", "FAILED"] as const) {
      const job = await prisma.generationJob.create({ data: { requester: ALICE.address.toLowerCase(), modelId: "tide", request: REQUEST, status } });
      expect(await errorOf(await keep(await jsonRequest("/api/generations", { jobId: job.id, index: 0 }, ALICE)))).toEqual({
        status: 409,
        code: "CONFLICT",
        message: `The job is ${status.toLowerCase()}; only a finished job's results can be kept.`,
        details: { field: "jobId", reason: "the job has not succeeded", status },
      });
    }
  });
});
