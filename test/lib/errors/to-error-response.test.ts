import { describe, expect, test } from "vitest";
import {
  BaseError,
  ConfigError,
  DependencyError,
  ERROR_STATUS,
  httpStatusOf,
  InputError,
  KeyError,
  toErrorResponse,
} from "@/lib/errors";

/** A logger that records instead of printing. */
function recorder() {
  const calls: Array<[string, unknown]> = [];
  return { calls, log: (message: string, error: unknown) => void calls.push([message, error]) };
}

describe("httpStatusOf", () => {
  test("default: each domain error gets its code's status from the one table", () => {
    expect(httpStatusOf(new InputError({ code: "INPUT_INVALID", message: "x" }))).toBe(400);
    expect(httpStatusOf(new InputError({ code: "NOT_FOUND", message: "x" }))).toBe(404);
    expect(httpStatusOf(new DependencyError({ code: "CHAIN_UNAVAILABLE", message: "x" }))).toBe(503);
    expect(httpStatusOf(new DependencyError({ code: "TIMEOUT", message: "x" }))).toBe(504);
    expect(httpStatusOf(new KeyError({ code: "KEY_FILE_INSECURE", message: "x" }))).toBe(500);
    expect(httpStatusOf(new ConfigError([{ variable: "PORT", reason: "bad" }]))).toBe(500);
  });

  test("behavior: every status in the table is a 4xx or 5xx", () => {
    for (const status of Object.values(ERROR_STATUS)) {
      expect(status >= 400 && status < 600).toBe(true);
    }
  });

  test("error: anything that is not a BaseError is a 500", () => {
    expect(httpStatusOf(new Error("boom"))).toBe(500);
    expect(httpStatusOf("a string")).toBe(500);
    expect(httpStatusOf(undefined)).toBe(500);
  });
});

describe("toErrorResponse", () => {
  test("default: a 4xx keeps code, message and details, and is not logged", () => {
    const { calls, log } = recorder();
    const error = new InputError({
      code: "INPUT_INVALID",
      message: "seed must be a whole number",
      details: { field: "seed" },
      cause: new Error("internal parse detail"),
    });
    expect(toErrorResponse(error, log)).toEqual({
      status: 400,
      body: { error: { code: "INPUT_INVALID", message: "seed must be a whole number", details: { field: "seed" } } },
    });
    expect(calls).toEqual([]);
  });

  test("behavior: a known 5xx is shown (its message was written for people) and logged with its cause", () => {
    const { calls, log } = recorder();
    const error = new DependencyError({ code: "DATABASE_UNAVAILABLE", message: "the database is not reachable" });
    expect(toErrorResponse(error, log)).toEqual({
      status: 503,
      body: { error: { code: "DATABASE_UNAVAILABLE", message: "the database is not reachable" } },
    });
    expect(calls).toEqual([["[DATABASE_UNAVAILABLE] the database is not reachable", error]]);
  });

  test("error: an unknown error becomes a generic 500 that leaks nothing and is logged in full", () => {
    const { calls, log } = recorder();
    const error = new Error("relation \"Work\" does not exist at /srv/colophon/.colophon/pglite");
    const { status, body } = toErrorResponse(error, log);
    expect(status).toBe(500);
    expect(body.error.code).toBe("INTERNAL");
    const reference = /^Internal error \(reference ([0-9a-f-]{36})\)$/.exec(body.error.message)?.[1];
    expect(reference).toBeDefined();
    expect(body.error).toEqual({ code: "INTERNAL", message: `Internal error (reference ${reference})` });
    // The log line carries the same reference, so a person can find the full error.
    expect(calls).toEqual([[`[INTERNAL ${reference}] unexpected error`, error]]);
  });

  test("behavior: a BaseError subclass from another domain keeps its class name and code", () => {
    class ChainLikeError extends BaseError<"DEPLOYMENT_NOT_FOUND"> {
      override name = "ChainLikeError";
    }
    const error = new ChainLikeError({ code: "DEPLOYMENT_NOT_FOUND", message: "no deployments/1.json" });
    expect(error.name).toBe("ChainLikeError");
    expect(toErrorResponse(error, () => {}).status).toBe(503);
  });
});
