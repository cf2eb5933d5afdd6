// The sandbox worker's launcher (see model-sandbox.ts): tsx's CommonJS hook compiles the
// TypeScript in this process. tsx's ESM loader (`node --import tsx`) would start a second
// V8 isolate for its hooks, which needs about 1 GB more address space than the whole
// worker is allowed under the sandbox's prlimit --as limit.
require("tsx/cjs");
require("./model-sandbox-worker.ts");
