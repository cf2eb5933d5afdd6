import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { POST as generate } from "@/app/api/generate/route";
import { GET as events } from "@/app/api/generate/[id]/events/route";
import { GET as listModels, POST as registerModel } from "@/app/api/models/route";
import { buildCppnModel } from "@/inference/build-cppn-model";
import { LOOM_ARCHITECTURE } from "@/inference/builtin-models";
import { TEST_BUILTIN_TRAINER } from "../../inference/test-builtin-trainer";

const BUILTIN_TRAINER_ADDRESS = TEST_BUILTIN_TRAINER.address;
import { isInferenceError } from "@/inference/inference-error";
import { signModelCard, type ModelCard } from "@/inference/model-card";
import { sha256Hex } from "@/inference/sha256-hex";
import { validateModelFile } from "@/inference/validate-model-file";
import { encodeModelCard } from "@/lib/generation/encode-model-card";
import { buildTestModel } from "../../inference/fixtures";
import { ALICE, BOB, errorOf, getRequest, jsonRequest, multipartRequest, openTestStack, readServerEvents, type TestStack } from "../../lib/generation/fixtures";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

/** A trainer's own CPPN: Loom's architecture with other weights. */
const TRAINER_MODEL = new Uint8Array(buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 12345 }));

const CARD_TEXT = {
  name: "Ember",
  version: "1.0.0",
  license: "CC-BY-4.0",
  trainingData: "None: procedurally generated weights.",
  weightsOrigin: "Loom's architecture, mulberry32 seed 12345.",
};

/** The card fields and signature a trainer sends for `file`, signed by `signer`. */
async function signedFields(file: Uint8Array, { trainer = ALICE.address, signer = ALICE, ...overrides }: Partial<ModelCard> & { signer?: typeof ALICE } = {}) {
  const card: ModelCard = { modelSha256: `0x${sha256Hex(file)}`, ...CARD_TEXT, trainer, ...overrides };
  const cardSignature = await signModelCard(card, signer);
  const { modelSha256: _signedHash, ...fields } = card;
  return { ...fields, cardSignature, trainerShareBps: "1500" };
}

async function register(file: Uint8Array | null, fields: Record<string, string>, wallet: typeof ALICE | null = ALICE): Promise<Response> {
  return registerModel(await multipartRequest("/api/models", file, fields, wallet));
}

/** What the route must answer for a file the inference module refuses. */
async function expectedRefusal(file: Uint8Array) {
  try {
    await validateModelFile(file);
  } catch (error) {
    if (!isInferenceError(error)) throw error;
    return { status: error.code === "FILE_TOO_LARGE" ? 413 : 422, code: error.code, message: error.message, details: { field: "file", ...error.details } };
  }
  throw new Error("the file validates");
}

/** A style-shaped model (input -> x * 1 -> output) with the given dims. */
function styleLike(dims: (number | string)[]): Uint8Array {
  return buildTestModel({
    inputs: [["input1", dims]],
    outputs: [["output1", dims]],
    build: (builder) => builder.op("Mul", ["input1", builder.scalar("one", 1)], {}, "output1"),
  });
}

describe("GET and POST /api/models", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await openTestStack();
  });
  afterAll(() => stack.close());

  test("default: GET lists the built-in models, registered on first use, with their signed cards", async () => {
    const response = await listModels(new Request("http://localhost/api/models"));
    expect(response.status).toBe(200);
    const { models } = (await response.json()) as { models: any[] };
    const inference = await stack.runtime.inference();
    const store = await stack.runtime.contentStore();
    expect(models.map((model) => model.id)).toEqual(["loom", "press", "tide"]);
    for (const model of models) {
      const manifest = inference.registry.get(model.id).manifest;
      expect(model).toEqual({
        id: manifest.id,
        name: manifest.name,
        version: manifest.version,
        kind: manifest.kind,
        trainer: BUILTIN_TRAINER_ADDRESS,
        sha256: `0x${manifest.sha256}`,
        fileCid: model.fileCid,
        cardCid: model.cardCid,
        card: manifest.card,
        cardSignature: manifest.cardSignature,
        trainerShareBps: 0,
        builtIn: true,
        status: "ACTIVE",
        createdAt: model.createdAt,
      });
      expect(sha256Hex(await store.get(model.fileCid))).toBe(manifest.sha256);
      expect(await store.get(model.cardCid)).toEqual(encodeModelCard(manifest.card));
    }
    // Listing again registers nothing new.
    expect(await (await stack.runtime.database()).prisma.model.count()).toBe(3);
  });

  test("default: POST registers a trainer's model ACTIVE, stored by CID; it generates at once and after a restart", async () => {
    const fields = await signedFields(TRAINER_MODEL);
    const response = await register(TRAINER_MODEL, fields);
    expect(response.status).toBe(201);
    const { model } = (await response.json()) as { model: any };
    const card = { modelSha256: `0x${sha256Hex(TRAINER_MODEL)}`, ...CARD_TEXT, trainer: ALICE.address };
    expect(model).toEqual({
      id: model.id,
      name: "Ember",
      version: "1.0.0",
      kind: "cppn",
      trainer: ALICE.address,
      sha256: card.modelSha256,
      fileCid: model.fileCid,
      cardCid: model.cardCid,
      card,
      cardSignature: fields.cardSignature,
      trainerShareBps: 1500,
      builtIn: false,
      status: "ACTIVE",
      createdAt: model.createdAt,
    });
    const store = await stack.runtime.contentStore();
    expect(await store.get(model.fileCid)).toEqual(TRAINER_MODEL);
    expect(await store.get(model.cardCid)).toEqual(encodeModelCard(card));
    const row = await (await stack.runtime.database()).prisma.model.findUniqueOrThrow({ where: { id: model.id } });
    expect(row).toMatchObject({ trainer: ALICE.address.toLowerCase(), status: "ACTIVE", kind: "cppn", sha256: card.modelSha256 });

    const listed = ((await (await listModels(new Request("http://localhost/api/models"))).json()) as { models: { id: string }[] }).models.map((entry) => entry.id);
    expect(listed).toEqual(["loom", "press", "tide", model.id]);

    const runOnce = async () => {
      const submitted = await generate(await jsonRequest("/api/generate", { modelId: model.id, prompt: "ember glow", seed: 5, width: 64, height: 64 }, BOB));
      expect(submitted.status).toBe(202);
      const { jobId } = (await submitted.json()) as { jobId: string };
      const received = await readServerEvents(await events(await getRequest(`/api/generate/${jobId}/events`, BOB), { params: Promise.resolve({ id: jobId }) }));
      const last = received.at(-1)!;
      expect(last.event).toBe("result");
      expect(last.data.results[0].facts.modelSha256).toBe(sha256Hex(TRAINER_MODEL));
      return last.data.results[0].sha256 as string;
    };
    const before = await runOnce();
    // A new process has only the database and the content store: it loads the model from there.
    const { dataDir } = stack;
    await stack.close();
    stack = await openTestStack({ dataDir });
    expect(await runOnce()).toBe(before);
  });

  test("error: 401 without a session", async () => {
    expect((await errorOf(await register(TRAINER_MODEL, await signedFields(TRAINER_MODEL), null))).status).toBe(401);
  });

  test("error: 415 naming the content type when it is not multipart", async () => {
    expect(await errorOf(await registerModel(await jsonRequest("/api/models", { name: "x" }, ALICE)))).toEqual({
      status: 415,
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: "Send the body as multipart/form-data",
      details: { field: "content-type", reason: "expected multipart/form-data, not application/json", expected: "multipart/form-data" },
    });
  });

  test("error: 400 naming the file when there is none", async () => {
    expect(await errorOf(await register(null, await signedFields(TRAINER_MODEL)))).toEqual({
      status: 400,
      code: "INPUT_INVALID",
      message: "Invalid file: a file is required",
      details: { field: "file", reason: "a file is required" },
    });
  });

  const badFields: [name: string, change: (fields: Record<string, string>) => Record<string, string>, field: string, reason: string][] = [
    ["name missing", ({ name: _name, ...rest }) => rest, "name", "is required"],
    ["version empty", (fields) => ({ ...fields, version: "" }), "version", "Too small: expected string to have >=1 characters"],
    ["trainer not checksummed", (fields) => ({ ...fields, trainer: ALICE.address.toLowerCase() }), "trainer", "an EIP-55 checksummed address"],
    ["cardSignature malformed", (fields) => ({ ...fields, cardSignature: "0x1234" }), "cardSignature", "a 65-byte signature as 0x followed by 130 hex digits"],
    ["trainerShareBps above 100%", (fields) => ({ ...fields, trainerShareBps: "10001" }), "trainerShareBps", "at most 10000 basis points (100%)"],
    ["trainerShareBps not a number", (fields) => ({ ...fields, trainerShareBps: "ten" }), "trainerShareBps", "a whole number of basis points, 0 to 10000"],
    ["modelSha256 malformed", (fields) => ({ ...fields, modelSha256: "abc" }), "modelSha256", "0x followed by 64 lowercase hex digits"],
    ["an unknown field", (fields) => ({ ...fields, royalty: "5" }), "royalty", "is not a field of this request"],
  ];
  test.each(badFields)("error: 400 INPUT_INVALID naming the field: %s", async (_name, change, field, reason) => {
    const response = await register(TRAINER_MODEL, change(await signedFields(TRAINER_MODEL)));
    expect(await errorOf(response)).toEqual({ status: 400, code: "INPUT_INVALID", message: `Invalid ${field}: ${reason}`, details: { field, reason } });
  });

  test("error: 413 PAYLOAD_TOO_LARGE for a file over 64 MiB, naming the file and the limit", async () => {
    const huge = new Uint8Array(64 * 1024 * 1024 + 1);
    expect(await errorOf(await register(huge, await signedFields(TRAINER_MODEL)))).toEqual({
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: `The file is larger than the limit of ${64 * 1024 * 1024} bytes`,
      details: { field: "file", reason: "too large", sizeBytes: huge.length, limitBytes: 64 * 1024 * 1024 },
    });
  });

  const refusedFiles: [name: string, file: Uint8Array, code: string][] = [
    ["bytes that are not ONNX", new TextEncoder().encode("definitely not a protobuf model, just text"), "NOT_ONNX"],
    ["an unsupported signature (rank-3 image)", styleLike([3, "height", "width"]), "UNSUPPORTED_SIGNATURE"],
    ["huge fixed dimensions", styleLike([1, 3, 100_000, 100_000]), "DIMENSIONS_TOO_LARGE"],
    ["an absurd declared dimension", styleLike([1, 3, 2 ** 40, 16]), "DIMENSIONS_TOO_LARGE"],
  ];
  test.each(refusedFiles)("error: 422 naming the file and saying why: %s", async (_name, file, code) => {
    const response = await register(file, await signedFields(file));
    const expected = await expectedRefusal(file);
    expect(expected.code).toBe(code);
    expect(await errorOf(response)).toEqual(expected);
  });

  test("error: 403 FORBIDDEN when the card's trainer is not the signed-in address", async () => {
    const fields = await signedFields(TRAINER_MODEL, { trainer: BOB.address, signer: BOB });
    expect(await errorOf(await register(TRAINER_MODEL, fields, ALICE))).toEqual({
      status: 403,
      code: "FORBIDDEN",
      message: "The card's trainer must be the signed-in address: sign the card with the wallet you are signed in with.",
      details: { field: "trainer", reason: "must be the signed-in address", trainer: BOB.address, signedIn: ALICE.address },
    });
  });

  test("error: 422 CARD_SIGNATURE_INVALID when someone else signed, or a field changed after signing", async () => {
    const byBob = await signedFields(TRAINER_MODEL, { signer: BOB });
    const other = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 777 });
    const cases = [byBob, { ...(await signedFields(other)), license: "MIT" }];
    for (const fields of cases) {
      const file = fields === byBob ? TRAINER_MODEL : other;
      const error = await errorOf(await register(file, fields));
      expect(error).toEqual({
        status: 422,
        code: "CARD_SIGNATURE_INVALID",
        message: "The card's signature was not made by its trainer over these card fields and this file.",
        details: { field: "cardSignature", reason: "does not recover the trainer's address", trainer: ALICE.address, recovered: error.details?.recovered },
      });
      expect(error.details?.recovered).not.toBe(ALICE.address);
    }
  });

  test("error: 422 CARD_SIGNATURE_INVALID when the card was signed over another file", async () => {
    const other = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 778 });
    const fields = await signedFields(TRAINER_MODEL);
    expect((await errorOf(await register(other, fields))).code).toBe("CARD_SIGNATURE_INVALID");
  });

  test("error: 422 MODEL_HASH_MISMATCH when the sent modelSha256 is not the file's", async () => {
    const other = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 779 });
    const wrong = `0x${sha256Hex(TRAINER_MODEL)}`;
    expect(await errorOf(await register(other, { ...(await signedFields(other)), modelSha256: wrong }))).toEqual({
      status: 422,
      code: "MODEL_HASH_MISMATCH",
      message: "The card names a different file: modelSha256 is not the sha256 of the uploaded file.",
      details: { field: "modelSha256", reason: "differs from the sha256 of the file", fileSha256: `0x${sha256Hex(other)}`, cardModelSha256: wrong },
    });
  });

  test("error: 409 CONFLICT for a file registered already, or the same name and version again", async () => {
    const existing = ((await (await listModels(new Request("http://localhost/api/models"))).json()) as { models: { id: string; name: string }[] }).models.find((model) => model.name === "Ember")!;
    expect(await errorOf(await register(TRAINER_MODEL, await signedFields(TRAINER_MODEL)))).toEqual({
      status: 409,
      code: "CONFLICT",
      message: `Cannot register: this model file is registered already (model ${existing.id}).`,
      details: { field: "file", reason: "this model file is registered already", modelId: existing.id },
    });
    const other = buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 780 });
    expect(await errorOf(await register(other, await signedFields(other)))).toEqual({
      status: 409,
      code: "CONFLICT",
      message: `Cannot register: you have registered a model with this name and version already (model ${existing.id}).`,
      details: { field: "version", reason: "you have registered a model with this name and version already", modelId: existing.id },
    });
  });
});
