import { NextRequest } from "next/server";
import { describe, expect, test } from "vitest";
import { withCappedBody } from "@/lib/http/with-capped-body";

/** A POST to the sign-in callback with `body` of `type`. */
function post(body: BodyInit, type: string): NextRequest {
  return new NextRequest("http://localhost/api/auth/callback/siwe", { method: "POST", body, headers: { "content-type": type } });
}

/** What `withCappedBody` throws for `request`, or undefined. */
async function refusalOf(request: NextRequest, limitBytes = 1024): Promise<unknown> {
  return withCappedBody(request, { limitBytes }).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("withCappedBody", () => {
  test("default: a form body is read once, checked as fields and handed on as the same bytes", async () => {
    const seen: Array<Record<string, unknown>> = [];
    const capped = await withCappedBody(post("csrfToken=abc&json=true", "application/x-www-form-urlencoded"), { limitBytes: 1024, check: (fields) => seen.push(fields) });
    expect(seen).toEqual([{ csrfToken: "abc", json: "true" }]);
    expect(capped.method).toBe("POST");
    expect(capped.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(await capped.text()).toBe("csrfToken=abc&json=true");
  });

  test("behavior: a JSON object's fields are checked; a GET is returned as it is after a check with no fields", async () => {
    const seen: Array<Record<string, unknown>> = [];
    await withCappedBody(post('{"callbackUrl":"/"}', "application/json"), { limitBytes: 1024, check: (fields) => seen.push(fields) });
    const get = new NextRequest("http://localhost/api/auth/session");
    expect(await withCappedBody(get, { limitBytes: 1024, check: (fields) => seen.push(fields) })).toBe(get);
    expect(seen).toEqual([{ callbackUrl: "/" }, {}]);
  });

  test("error: not UTF-8, JSON that does not parse, or a NUL in a field is a 400 naming it; over the cap a 413", async () => {
    expect(await refusalOf(post(new Uint8Array([0x7b, 0xff, 0x7d]), "application/json"))).toMatchObject({ code: "INPUT_INVALID", details: { field: "body", reason: "is not UTF-8 text" } });
    expect(await refusalOf(post("{", "application/json"))).toMatchObject({ code: "INPUT_INVALID", details: { field: "body", reason: "expected a JSON object" } });
    expect(await refusalOf(post('{"callbackUrl":"a\\u0000b"}', "application/json"))).toMatchObject({ code: "INPUT_INVALID", details: { field: "callbackUrl" } });
    expect(await refusalOf(post("x".repeat(100), "text/plain"), 50)).toMatchObject({ code: "PAYLOAD_TOO_LARGE", details: { limitBytes: 50 } });
  });
});
