import { describe, expect, test } from "vitest";
import { checkCallbackUrl } from "@/lib/http/check-callback-url";

const request = (url = "http://localhost/api/auth/signout", cookie?: string) => new Request(url, cookie === undefined ? {} : { headers: { cookie } });

describe("checkCallbackUrl", () => {
  test("default: a path, an absolute URL or none at all pass", () => {
    for (const callbackUrl of ["/studio", "http://localhost:3000/works/1", undefined]) expect(() => checkCallbackUrl(request(), { callbackUrl })).not.toThrow();
  });

  test.each([
    ["the body", request(), { callbackUrl: "0xff" }],
    ["the query", request("http://localhost/api/auth/signin?callbackUrl=%C3%A9"), {}],
    ["the cookie", request(undefined, "next-auth.callback-url=not%20a%20url"), {}],
    ["a body value that is no string", request(), { callbackUrl: 5 }],
  ])("error: a callbackUrl that is no URL in %s is a 400 naming it", (_where, req, body) => {
    expect(() => checkCallbackUrl(req, body)).toThrow(expect.objectContaining({ code: "INPUT_INVALID", details: { field: "callbackUrl", reason: "must be a path (/…) or an absolute URL" } }));
  });
});
