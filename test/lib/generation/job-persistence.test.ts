import { afterEach, describe, expect, test, vi } from "vitest";
import { POST as generate } from "@/app/api/generate/route";
import { GET as events } from "@/app/api/generate/[id]/events/route";
import { INTERRUPTED_JOB_MESSAGE } from "@/lib/generation/fail-interrupted-jobs";
import { ALICE, getRequest, jsonRequest, openTestStack, readServerEvents, type TestStack } from "./fixtures";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

const REQUEST = { modelId: "loom", prompt: "quiet teal night", seed: 3, width: 64, height: 64, variations: 2 };

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

async function readEvents(jobId: string) {
  const response = await events(await getRequest(`/api/generate/${jobId}/events`, ALICE), { params: Promise.resolve({ id: jobId }) });
  expect(response.status).toBe(200);
  return readServerEvents(response);
}

describe("GenerationJob persistence (in-process queue)", () => {
  test("behavior: a finished job's results survive closing and reopening the database", async () => {
    stack = await openTestStack();
    const { jobId } = (await (await generate(await jsonRequest("/api/generate", REQUEST, ALICE))).json()) as { jobId: string };
    const live = (await readEvents(jobId)).at(-1)!;
    expect(live.event).toBe("result");
    const { dataDir } = stack;
    await stack.close();

    stack = await openTestStack({ dataDir });
    const { prisma } = await stack.runtime.database();
    const row = await prisma.generationJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(row).toMatchObject({ status: "SUCCEEDED", progress: 1, error: null, requester: ALICE.address.toLowerCase() });
    // The stream after the restart answers from the database, with exactly the live results.
    expect(await readEvents(jobId)).toEqual([{ event: "result", data: live.data }]);
    // And the PNGs are still in the content store.
    const store = await stack.runtime.contentStore();
    for (const result of live.data.results) expect(await store.has(result.cid)).toBe(true);
  });

  test("behavior: jobs left waiting or running by a stopped process are failed as interrupted at the next start", async () => {
    stack = await openTestStack();
    const { prisma } = await stack.runtime.database();
    const requester = ALICE.address.toLowerCase();
    // What a crash leaves behind: one job mid-run, one still waiting, one finished.
    const running = await prisma.generationJob.create({ data: { requester, modelId: "loom", request: REQUEST, status: "RUNNING", progress: 0.4 } });
    const queued = await prisma.generationJob.create({ data: { requester, modelId: "loom", request: REQUEST, status: "QUEUED" } });
    const finished = await prisma.generationJob.create({ data: { requester, modelId: "loom", request: REQUEST, status: "SUCCEEDED", progress: 1, results: [] } });
    const { dataDir } = stack;
    await stack.close();

    stack = await openTestStack({ dataDir });
    // The events route opens the queue, which settles what the last process left.
    expect(await readEvents(running.id)).toEqual([{ event: "error", data: { message: INTERRUPTED_JOB_MESSAGE } }]);
    const rows = await (await stack.runtime.database()).prisma.generationJob.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.id, row.status, row.error])).toEqual([
      [running.id, "FAILED", "interrupted by a server restart"],
      [queued.id, "FAILED", "interrupted by a server restart"],
      [finished.id, "SUCCEEDED", null],
    ]);
  });

  test("behavior: a job the runner fails on ends with an error event and a FAILED row", async () => {
    stack = await openTestStack();
    const { prisma } = await stack.runtime.database();
    // A model row whose file is not in the content store: the runner cannot load it.
    await prisma.model.create({
      data: {
        id: "ghost",
        sha256: `0x${"ab".repeat(32)}`,
        name: "Ghost",
        version: "1",
        kind: "cppn",
        trainer: ALICE.address.toLowerCase(),
        fileCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
        cardCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
        cardSignature: `0x${"12".repeat(65)}`,
        status: "ACTIVE",
      },
    });
    const queue = await stack.runtime.generationQueue();
    const job = await prisma.generationJob.create({ data: { requester: ALICE.address.toLowerCase(), modelId: "ghost", request: REQUEST } });
    await queue.enqueue({
      jobId: job.id,
      model: { id: "ghost", sha256: `0x${"ab".repeat(32)}`, fileCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4", cardCid: "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4", cardSignature: `0x${"12".repeat(65)}`, builtIn: false },
      request: { ...REQUEST, params: {} },
    });
    const message = "No content with CID bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";
    const received = await readEvents(job.id);
    expect(received.at(-1)).toEqual({ event: "error", data: { message } });
    expect(received.slice(0, -1).map((event) => event.event)).toEqual(received.slice(0, -1).map(() => "progress"));
    expect(await prisma.generationJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "FAILED", error: message });
  });
});
