import { describe, expect, test, vi } from "vitest";
import { InferenceError } from "@/inference/inference-error";
import { BaseError } from "@/lib/errors";
import { GenerationError } from "@/lib/generation/generation-error";
import { invalidInput } from "@/lib/http/invalid-input";
import { respondError } from "@/lib/http/respond-error";
import { respondJson } from "@/lib/http/respond-json";
import { isRouteHandler } from "@/lib/http/is-route-handler";
import { withRoute } from "@/lib/http/with-route";

vi.mock("server-only", () => ({}));

describe("respondJson", () => {
  test("default: JSON, 200, never cached unless a header says otherwise", async () => {
    const response = respondJson({ a: 1 });
    expect({ status: response.status, cache: response.headers.get("cache-control"), body: await response.json() }).toEqual({ status: 200, cache: "no-store", body: { a: 1 } });
    expect(respondJson({}, { status: 201, headers: { "cache-control": "public, max-age=60" } }).headers.get("cache-control")).toBe("public, max-age=60");
  });
});

describe("respondError", () => {
  test("default: a known error keeps its code, message and details, with its status and no-store", async () => {
    const response = respondError(invalidInput("name", "is required"));
    expect(response.status).toBe(400);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { code: "INPUT_INVALID", message: "Invalid name: is required", details: { field: "name", reason: "is required" } } });
  });

  test("behavior: retryAfterSeconds becomes Retry-After", () => {
    const limited = new GenerationError({ code: "RATE_LIMITED", message: "Too many", details: { retryAfterSeconds: 12.2 } });
    const response = respondError(limited);
    expect({ status: response.status, retryAfter: response.headers.get("retry-after") }).toEqual({ status: 429, retryAfter: "13" });
  });

  test("behavior: an inference error keeps its code", async () => {
    const response = respondError(new InferenceError("NOT_ONNX", "Not an ONNX model"));
    expect({ status: response.status, code: (await response.json()).error.code }).toEqual({ status: 422, code: "NOT_ONNX" });
  });

  test("error: anything unknown is a 500 that leaks no message, stack or path", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = respondError(new Error("ENOENT /secret/path/attestor.key"));
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(text).not.toMatch(/secret|ENOENT|at /);
    expect(JSON.parse(text).error.code).toBe("INTERNAL");
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});

describe("withRoute", () => {
  test("default: the handler's answer, marked as wrapped", async () => {
    const GET = withRoute(async () => respondJson({ ok: true }));
    expect(isRouteHandler(GET)).toBe(true);
    expect(isRouteHandler(async () => new Response())).toBe(false);
    expect((await GET(new Request("http://localhost/"))).status).toBe(200);
  });

  test("behavior: a thrown error becomes the API's JSON error", async () => {
    const POST = withRoute(async () => {
      throw new BaseError({ code: "NOT_FOUND", message: "No such thing" });
    });
    const response = await POST(new Request("http://localhost/", { method: "POST" }));
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 404, body: { error: { code: "NOT_FOUND", message: "No such thing" } } });
  });
});
