import { describe, expect, test } from "vitest";
import { createAdmissionGate } from "@/lib/http/create-admission-gate";
import { isAdmissionExempt } from "@/lib/http/is-admission-exempt";

/** Whether a promise has settled, after the microtasks already queued have run. */
async function settled<T>(promise: Promise<T>): Promise<{ done: boolean; value?: T }> {
  let state: { done: boolean; value?: T } = { done: false };
  void promise.then((value) => (state = { done: true, value }));
  await new Promise((resolve) => setImmediate(resolve));
  return state;
}

describe("createAdmissionGate", () => {
  test("default: admits up to maxInFlight at once, then queues in arrival order", async () => {
    const gate = createAdmissionGate({ maxInFlight: 2, maxWaiting: 10 });
    const [a, b, c, d] = [gate.enter(), gate.enter(), gate.enter(), gate.enter()];
    expect(await settled(a.admitted)).toEqual({ done: true, value: true });
    expect(await settled(b.admitted)).toEqual({ done: true, value: true });
    expect(await settled(c.admitted)).toEqual({ done: false });
    expect([gate.inFlight, gate.waiting]).toEqual([2, 2]);

    b.release();
    expect(await settled(c.admitted)).toEqual({ done: true, value: true });
    expect(await settled(d.admitted)).toEqual({ done: false });
    expect([gate.inFlight, gate.waiting]).toEqual([2, 1]);

    a.release();
    expect(await settled(d.admitted)).toEqual({ done: true, value: true });
    expect([gate.inFlight, gate.waiting]).toEqual([2, 0]);
  });

  test("error: refuses at once when maxWaiting requests already wait", async () => {
    const gate = createAdmissionGate({ maxInFlight: 1, maxWaiting: 1 });
    gate.enter();
    const waiting = gate.enter();
    const refused = gate.enter();
    expect(await settled(refused.admitted)).toEqual({ done: true, value: false });
    expect(await settled(waiting.admitted)).toEqual({ done: false });
    expect([gate.inFlight, gate.waiting]).toEqual([1, 1]);
  });

  test("behavior: a request that leaves while waiting gives up its place; releasing twice frees one slot", async () => {
    const gate = createAdmissionGate({ maxInFlight: 1, maxWaiting: 5 });
    const first = gate.enter();
    const gone = gate.enter();
    const next = gate.enter();
    gone.release();
    expect(await settled(gone.admitted)).toEqual({ done: true, value: false });
    expect(gate.waiting).toBe(1);

    first.release();
    first.release();
    expect(await settled(next.admitted)).toEqual({ done: true, value: true });
    expect([gate.inFlight, gate.waiting]).toEqual([1, 0]);
    next.release();
    expect([gate.inFlight, gate.waiting]).toEqual([0, 0]);
  });
});

describe("isAdmissionExempt", () => {
  test.each([
    [{ method: "GET", path: "/api/health" }, true],
    [{ method: "GET", path: "/_next/static/chunks/app.js" }, true],
    [{ method: "GET", path: "/api/generate/job-1/events", accept: "text/event-stream" }, true],
    [{ method: "POST", path: "/api/health" }, false],
    [{ method: "GET", path: "/api/health/x" }, false],
    [{ method: "GET", path: "/" }, false],
    [{ method: "POST", path: "/api/verify", accept: "text/event-stream" }, false],
  ])("%o skips the gate: %s", (request, exempt) => {
    expect(isAdmissionExempt(request)).toBe(exempt);
  });
});
