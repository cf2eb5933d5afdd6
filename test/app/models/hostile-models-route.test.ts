import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { POST as generate } from "@/app/api/generate/route";
import { POST as registerModel } from "@/app/api/models/route";
import { buildCppnModel } from "@/inference/build-cppn-model";
import { LOOM_ARCHITECTURE } from "@/inference/builtin-models";
import { signModelCard, type ModelCard } from "@/inference/model-card";
import { sha256Hex } from "@/inference/sha256-hex";
import {
  computeHeavyModel,
  cppnModel,
  endlessLoopModel,
  EXTERNAL_DATA_PLACES,
  hugeAllocationModel,
  leakingModel,
  modelWithExternalData,
  unknownOperatorModel,
  type ExternalDataPlace,
} from "../../inference/hostile-models";
import { ALICE, BOB, jsonRequest, multipartRequest, openTestStack, type TestStack } from "../../lib/generation/fixtures";
import { CARD_TEXT } from "./register-test-model";

// Route modules import "server-only", which throws outside a React Server bundle.
vi.mock("server-only", () => ({}));

// Hostile model files through POST /api/models on a real runtime whose sandbox has short
// limits (2 GiB of address space, 5 s per request). Each gets its exact 4xx; a canary file
// planted beside the keys never appears in any response; the server keeps serving.

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
const SANDBOX_LIMITS = { memoryMiB: 3072, timeLimitSeconds: 5 };

/** Every response body any test here received, checked for the canary at the end. */
const bodies: string[] = [];

/** Registers `file` as ALICE, signed by her; returns the status and the JSON body. */
async function register(file: Uint8Array, name: string, { badSignature = false } = {}): Promise<{ status: number; body: any }> {
  const card: ModelCard = { modelSha256: `0x${sha256Hex(file)}`, name, ...CARD_TEXT, trainer: ALICE.address };
  const cardSignature = await signModelCard(badSignature ? { ...card, name: `${name} (other)` } : card, ALICE);
  const { modelSha256: _signed, ...fields } = card;
  const response = await registerModel(await multipartRequest("/api/models", file, { ...fields, cardSignature, trainerShareBps: "1500" }, ALICE));
  const text = await response.text();
  bodies.push(text);
  return { status: response.status, body: JSON.parse(text) };
}

/** The canary's bytes in the forms a leak could take in a JSON body. */
function canaryForms(canary: Uint8Array): string[] {
  const bytes = Buffer.from(canary);
  return [bytes.toString("latin1"), bytes.toString("hex"), bytes.toString("base64"), JSON.stringify([...bytes]).slice(1, -1)];
}

describe("POST /api/models: hostile models", () => {
  let stack: TestStack;
  // The data dir sits in the repository, like the default `.colophon/`, so a relative path
  // from the server's working directory reaches it.
  // Named here, made in beforeAll (so a filtered run that skips these tests leaves nothing).
  const dataDir = path.join(REPO_ROOT, ".colophon", `test-hostile-${randomBytes(6).toString("hex")}`);
  const canary = new Uint8Array(randomBytes(48));
  const canaryPath = path.join(dataDir, "keys", "canary.key");
  const paths = {
    relative: path.relative(REPO_ROOT, canaryPath),
    absolute: canaryPath,
    "..": path.join("..", path.basename(REPO_ROOT), path.relative(REPO_ROOT, canaryPath)),
    symlink: path.relative(REPO_ROOT, path.join(dataDir, "canary-link")),
  };

  beforeAll(async () => {
    fs.mkdirSync(dataDir, { recursive: true });
    stack = await openTestStack({ dataDir, sandbox: { limits: SANDBOX_LIMITS } });
    fs.mkdirSync(path.dirname(canaryPath), { recursive: true });
    fs.writeFileSync(canaryPath, canary);
    fs.symlinkSync(canaryPath, path.join(dataDir, "canary-link"));
  });
  afterAll(async () => {
    await stack.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  for (const [place, location] of Object.entries(EXTERNAL_DATA_PLACES) as [ExternalDataPlace, string][]) {
    test(`error: 422 EXTERNAL_DATA_NOT_ALLOWED for external data in ${place}, by relative, absolute, .. and symlink paths`, async () => {
      for (const [kind, target] of Object.entries(paths)) {
        const { status, body } = await register(modelWithExternalData(place, target), `ext ${place} ${kind}`);
        expect({ kind, status, body }).toEqual({
          kind,
          status: 422,
          body: {
            error: {
              code: "EXTERNAL_DATA_NOT_ALLOWED",
              message: `The model keeps tensors in external files (${location}); register a single self-contained .onnx file.`,
              details: { field: "file", locations: [location], tensors: [place.includes("subgraph") ? "hidden" : "stolen"], count: 1 },
            },
          },
        });
      }
    });
  }

  test("error: 422 EXTERNAL_DATA_NOT_ALLOWED for the CPPN of issue 10 that paints the key file as pixels", async () => {
    const { status, body } = await register(leakingModel(paths.relative), "issue 10");
    expect(status).toBe(422);
    expect(body.error.code).toBe("EXTERNAL_DATA_NOT_ALLOWED");
    expect(body.error.details).toEqual({ field: "file", locations: ["graph.initializer[0]"], tensors: ["leak"], count: 1 });
  });

  test("error: 422 MODEL_RESOURCE_LIMIT (memory) for a 400-byte model asking for 16 GiB; this process does not grow", async () => {
    const before = process.memoryUsage().rss;
    const { status, body } = await register(hugeAllocationModel(2 ** 32), "huge");
    expect(status).toBe(422);
    expect(body.error).toEqual({
      code: "MODEL_RESOURCE_LIMIT",
      message: "The model exceeded the sandbox's memory limit of 3072 MiB.",
      details: { field: "file", limit: "memory", limitMiB: 3072, reason: body.error.details.reason },
    });
    expect(body.error.details.reason).toMatch(/Failed to allocate memory for requested buffer of size 17179869184/);
    // The allocation was tried in the sandbox worker, not here: within 64 MiB of where it was.
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  test("error: 422 MODEL_RESOURCE_LIMIT (time) for a compute-heavy model, after the 5 s limit", async () => {
    const started = performance.now();
    const { status, body } = await register(computeHeavyModel(4000), "heavy");
    const seconds = (performance.now() - started) / 1000;
    expect({ status, body }).toEqual({
      status: 422,
      body: { error: { code: "MODEL_RESOURCE_LIMIT", message: "The model exceeded the sandbox's time limit of 5 s.", details: { field: "file", limit: "time", limitSeconds: 5 } } },
    });
    expect(seconds).toBeGreaterThanOrEqual(5);
    expect(seconds).toBeLessThan(30);
  });

  test("error: 422 LOAD_FAILED for an operator ONNX Runtime does not have, with its reason", async () => {
    const { status, body } = await register(unknownOperatorModel(), "unknown op");
    expect(status).toBe(422);
    expect(body.error.code).toBe("LOAD_FAILED");
    expect(body.error.message).toBe("ONNX Runtime could not load the model.");
    expect(Object.keys(body.error.details)).toEqual(["field", "reason"]);
    expect(body.error.details.field).toBe("file");
    expect(body.error.details.reason).toContain("ReadAttestorKey");
  });

  test("error: 422 UNSUPPORTED_OPERATOR for an operator of an unknown domain", async () => {
    const bytes = cppnModel((builder) => void builder.nodes.push({ opType: "Steal", domain: "evil.ops", input: ["coords"], output: ["rgb"] }));
    const { status, body } = await register(bytes, "unknown domain");
    expect(status).toBe(422);
    expect(body.error).toEqual({
      code: "UNSUPPORTED_OPERATOR",
      message: "The model uses operators we do not run: evil.ops::Steal.",
      details: { field: "file", operators: ["evil.ops::Steal"], refused: ["Loop", "Scan", "If", "SequenceMap"], acceptedDomains: ["ai.onnx", "com.microsoft"] },
    });
  });

  test("error: 422 UNSUPPORTED_OPERATOR for a Loop that never ends, refused without running", async () => {
    const { status, body } = await register(endlessLoopModel(), "endless");
    expect(status).toBe(422);
    expect(body.error).toEqual({
      code: "UNSUPPORTED_OPERATOR",
      message: "The model uses operators we do not run: Loop.",
      details: { field: "file", operators: ["Loop"], refused: ["Loop", "Scan", "If", "SequenceMap"], acceptedDomains: ["ai.onnx", "com.microsoft"] },
    });
  });

  test("error: 422 CARD_SIGNATURE_INVALID for a hostile model with a bad signature, before any session or sandbox run", async () => {
    const inference = await stack.runtime.inference();
    const probe = vi.spyOn(inference.sandbox, "probeModel");
    const { status, body } = await register(hugeAllocationModel(2 ** 32), "unsigned", { badSignature: true });
    expect(status).toBe(422);
    expect(body.error.code).toBe("CARD_SIGNATURE_INVALID");
    expect(body.error.details).toMatchObject({ field: "cardSignature", trainer: ALICE.address });
    expect(probe).not.toHaveBeenCalled();
    probe.mockRestore();
  });

  test("behavior: after all of the above the server keeps serving: a trainer's model registers (201) and generates", async () => {
    const { status, body } = await register(buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 9090 }), "Survivor");
    expect(status).toBe(201);
    expect(body.model).toMatchObject({ name: "Survivor", builtIn: false, status: "ACTIVE" });
    const response = await generate(await jsonRequest("/api/generate", { modelId: body.model.id, prompt: "still here", seed: 3, width: 64, height: 64 }, BOB));
    bodies.push(await response.clone().text());
    expect(response.status).toBe(202);
  });

  test("behavior: no response body holds the canary's bytes, in any encoding", () => {
    expect(bodies.length).toBeGreaterThan(50);
    for (const body of bodies) for (const form of canaryForms(canary)) expect(body.includes(form)).toBe(false);
  });
});

describe("POST /api/models and /api/generate without the sandbox", () => {
  const NO_BWRAP = { commands: { bwrap: "bwrap-not-installed" } };
  const MESSAGE =
    "Models that are not built in run only in an isolated sandbox (bubblewrap and prlimit), which cannot run on this server: " +
    "bwrap (bwrap-not-installed) is not installed. The operator can fix this with: apt-get install bubblewrap util-linux.";

  test("error: 503 SANDBOX_UNAVAILABLE for a stranger's model, naming what is missing and the fix; nothing runs", async () => {
    const stack = await openTestStack({ sandbox: NO_BWRAP });
    try {
      const { status, body } = await register(buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 9091 }), "Homeless");
      expect({ status, body }).toEqual({
        status: 503,
        body: { error: { code: "SANDBOX_UNAVAILABLE", message: MESSAGE, details: { field: "file", reason: "bwrap (bwrap-not-installed) is not installed", fix: "apt-get install bubblewrap util-linux", missing: ["bwrap"] } } },
      });
    } finally {
      await stack.close();
    }
  });

  test("error: 503 SANDBOX_UNAVAILABLE when generating with a registered trainer model after a restart without the sandbox; built-ins still generate", async () => {
    const first = await openTestStack({ sandbox: { limits: SANDBOX_LIMITS } });
    const { status, body } = await register(buildCppnModel({ ...LOOM_ARCHITECTURE, weightSeed: 9092 }), "Orphan");
    expect(status).toBe(201);
    await first.close();
    const second = await openTestStack({ dataDir: first.dataDir, sandbox: NO_BWRAP });
    try {
      const refused = await generate(await jsonRequest("/api/generate", { modelId: body.model.id, prompt: "orphan", seed: 1, width: 64, height: 64 }, BOB));
      const text = await refused.text();
      bodies.push(text);
      expect(refused.status).toBe(503);
      expect(JSON.parse(text).error).toMatchObject({ code: "SANDBOX_UNAVAILABLE", message: MESSAGE });
      const builtIn = await generate(await jsonRequest("/api/generate", { modelId: "loom", prompt: "built in", seed: 1, width: 64, height: 64 }, BOB));
      expect(builtIn.status).toBe(202);
    } finally {
      await second.close();
    }
  });
});
