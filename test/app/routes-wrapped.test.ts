// Every route handler goes through the one HTTP edge: each exported HTTP method of every
// app/**/route.ts is built by withRoute (directly or through withSession), which marks it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { isRouteHandler } from "@/lib/http/is-route-handler";

vi.mock("server-only", () => ({}));

const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function routeFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js)$/.test(entry.name) ? [full] : [];
  });
}

const files = routeFiles(path.join(ROOT, "app")).map((file) => path.relative(ROOT, file));

describe("route handlers", () => {
  test("default: the app has route files to check", () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  test.each(files)("behavior: every HTTP method exported by %s is built by withRoute", async (file) => {
    const module = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    const methods = Object.keys(module).filter((name) => METHODS.includes(name));
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) expect({ method, wrapped: isRouteHandler(module[method]) }).toEqual({ method, wrapped: true });
  });
});
