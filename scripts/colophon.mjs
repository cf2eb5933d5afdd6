#!/usr/bin/env node
// `colophon` command: runs scripts/cli/colophon.ts under tsx (TypeScript, no build step).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
register({ tsconfig: path.join(root, "tsconfig.json") });
const { main } = await import("./cli/colophon.ts");
process.exitCode = await main(process.argv.slice(2));
