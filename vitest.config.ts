import { defineConfig } from "vitest/config";
import path from "node:path";

// One runner for every suite. Files run in separate forks; the machine has two cores, so
// at most two files run at once and chain/browser suites set their own longer timeouts.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["test/**/*.test.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ["default"],
  },
});
