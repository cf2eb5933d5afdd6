import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { POST as generate } from "@/app/api/generate/route";
import { GET as listModels } from "@/app/api/models/route";
import { POST as setStatus } from "@/app/api/models/[id]/status/route";
import { TEST_BUILTIN_TRAINER } from "../../inference/test-builtin-trainer";

const BUILTIN_TRAINER_ADDRESS = TEST_BUILTIN_TRAINER.address;
import { createSessionCookie } from "@/lib/auth/create-session-cookie";
import type { ModelJson } from "@/lib/generation/model-json";
import { ALICE, BOB, jsonRequest, openTestStack, SESSION_SECRET, type TestStack } from "../../lib/generation/fixtures";
import { registerTestModel } from "./register-test-model";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

// POST /api/models/:id/status on a real runtime (PGlite, content store, ONNX Runtime on CPU):
// who may ask (401 without a session, 403 for anyone but the trainer), what they may send
// (400 naming the field), which models can change (404 unknown, 409 built-in), and what a
// retired model means (left out of GET /api/models, refused for generation).

type Wallet = typeof ALICE;

/** Calls the route for model `id` with `body`, signed in as `wallet` (or no one). */
async function post(id: string, body: unknown, wallet: Wallet | null): Promise<{ status: number; json: any }> {
  const response = await setStatus(await jsonRequest(`/api/models/${id}/status`, body, wallet), { params: Promise.resolve({ id }) });
  expect(response.headers.get("cache-control")).toBe("no-store");
  return { status: response.status, json: await response.json() };
}

/** The ids GET /api/models lists. */
async function listedIds(): Promise<string[]> {
  return ((await (await listModels(new Request("http://localhost/api/models"))).json()) as { models: ModelJson[] }).models.map((model) => model.id);
}

describe("POST /api/models/:id/status", () => {
  let stack: TestStack;
  let ember: ModelJson;
  beforeAll(async () => {
    stack = await openTestStack();
    ember = await registerTestModel(ALICE, "Ember", 4242);
  });
  afterAll(() => stack.close());

  test("default: the trainer retires the model: it leaves GET /api/models and cannot generate; reactivating brings it back", async () => {
    expect(await listedIds()).toEqual(["loom", "press", "tide", ember.id]);

    const retired = await post(ember.id, { status: "retired" }, ALICE);
    expect(retired).toEqual({ status: 200, json: { model: { ...ember, status: "RETIRED" } } });
    expect(await listedIds()).toEqual(["loom", "press", "tide"]);
    const refused = await generate(await jsonRequest("/api/generate", { modelId: ember.id, prompt: "ember glow", seed: 5, width: 64, height: 64 }, BOB));
    expect({ status: refused.status, json: await refused.json() }).toEqual({
      status: 404,
      json: {
        error: {
          code: "MODEL_NOT_FOUND",
          message: "Invalid modelId: the model is retired, not active.",
          details: { field: "modelId", reason: "the model is retired, not active", modelId: ember.id },
        },
      },
    });

    // Asking again for the status it has changes nothing.
    expect(await post(ember.id, { status: "retired" }, ALICE)).toEqual(retired);

    expect(await post(ember.id, { status: "active" }, ALICE)).toEqual({ status: 200, json: { model: ember } });
    expect(await listedIds()).toEqual(["loom", "press", "tide", ember.id]);
    const accepted = await generate(await jsonRequest("/api/generate", { modelId: ember.id, prompt: "ember glow", seed: 5, width: 64, height: 64 }, BOB));
    expect(accepted.status).toBe(202);
  });

  test("behavior: the trainer's address is compared without regard to letter case", async () => {
    const row = await (await stack.runtime.database()).prisma.model.findUniqueOrThrow({ where: { id: ember.id } });
    expect(row.trainer).toBe(ALICE.address.toLowerCase());
    expect((await post(ember.id, { status: "active" }, ALICE)).status).toBe(200);
  });

  test("error: 401 UNAUTHENTICATED without a session, before the body is read", async () => {
    const expected = { status: 401, json: { error: { code: "UNAUTHENTICATED", message: "Sign in with your wallet first", details: { reason: "NOT_SIGNED_IN" } } } };
    expect(await post(ember.id, { status: "retired" }, null)).toEqual(expected);
    expect(await post(ember.id, "not json", null)).toEqual(expected);
    expect(await listedIds()).toContain(ember.id);
  });

  test("error: 403 FORBIDDEN (WRONG_ACCOUNT) for another account; the model stays active", async () => {
    expect(await post(ember.id, { status: "retired" }, BOB)).toEqual({
      status: 403,
      json: {
        error: {
          code: "FORBIDDEN",
          message: `You are signed in as ${BOB.address}, but only ${ALICE.address} may do this; sign in with that account`,
          details: { reason: "WRONG_ACCOUNT", address: BOB.address, expected: ALICE.address },
        },
      },
    });
    expect(await listedIds()).toContain(ember.id);
  });

  test("error: 409 CONFLICT for a built-in model, even for its trainer", async () => {
    const response = await setStatus(
      new Request("http://localhost/api/models/loom/status", {
        method: "POST",
        headers: { "content-type": "application/json", cookie: await createSessionCookie({ address: BUILTIN_TRAINER_ADDRESS, secret: SESSION_SECRET }) },
        body: JSON.stringify({ status: "retired" }),
      }),
      { params: Promise.resolve({ id: "loom" }) },
    );
    expect({ status: response.status, json: await response.json() }).toEqual({
      status: 409,
      json: {
        error: {
          code: "CONFLICT",
          message: "Loom is a built-in model: built-in models ship with the server and cannot be retired or reactivated.",
          details: { field: "id", reason: "built-in models cannot be retired or reactivated", modelId: "loom" },
        },
      },
    });
    expect(await listedIds()).toContain("loom");
  });

  test("error: 403 for a built-in model asked by anyone but its trainer (who may ask comes first)", async () => {
    expect((await post("loom", { status: "retired" }, BOB)).json.error.details).toEqual({ reason: "WRONG_ACCOUNT", address: BOB.address, expected: BUILTIN_TRAINER_ADDRESS });
  });

  test("error: 400 naming the id when it cannot be an id (checked before any lookup)", async () => {
    expect(await post("bad id!", { status: "retired" }, ALICE)).toEqual({
      status: 400,
      json: { error: { code: "INPUT_INVALID", message: "Invalid id: may hold only letters, digits, - and _", details: { field: "id", reason: "may hold only letters, digits, - and _" } } },
    });
  });

  test.each([["an unknown id", "no-such-model"]])("error: 404 NOT_FOUND for %s", async (_name, id) => {
    expect(await post(id, { status: "retired" }, ALICE)).toEqual({
      status: 404,
      json: { error: { code: "NOT_FOUND", message: `No model has the id ${JSON.stringify(id)}.`, details: { field: "id", reason: "no model has this id", modelId: id } } },
    });
  });

  test.each<[name: string, body: unknown, field: string, reason: string]>([
    ["an unknown status", { status: "paused" }, "status", 'must be "active" or "retired"'],
    ["the status in capitals", { status: "RETIRED" }, "status", 'must be "active" or "retired"'],
    ["no status", {}, "status", 'must be "active" or "retired"'],
    ["an unknown field", { status: "retired", reason: "old" }, "reason", "is not a field of this request"],
    ["a body that is not an object", [], "body", "Invalid input: expected object, received array"],
    ["a body that is not JSON", "status=retired", "body", "expected a JSON object"],
  ])("error: 400 INPUT_INVALID naming the field: %s", async (_name, body, field, reason) => {
    expect(await post(ember.id, body, ALICE)).toEqual({
      status: 400,
      json: { error: { code: "INPUT_INVALID", message: `Invalid ${field}: ${reason}`, details: { field, reason } } },
    });
    expect(await listedIds()).toContain(ember.id);
  });
});
