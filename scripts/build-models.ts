/**
 * Builds the built-in models (Loom, Tide, Press) into a directory, with signed manifests.
 *
 *   tsx scripts/build-models.ts [directory]     default: .colophon/models
 *
 * Deterministic: every build writes the same bytes, so it is safe to run at install and at
 * every start; files that already match are left untouched.
 */
import { DEFAULT_MODELS_DIRECTORY, writeBuiltinModels } from "../inference/write-builtin-models";

const directory = process.argv[2] ?? DEFAULT_MODELS_DIRECTORY;
const written = await writeBuiltinModels(directory);
for (const { manifest, modelPath, written: changed } of written) {
  console.log(`${changed ? "wrote    " : "unchanged"} ${modelPath}  ${manifest.kind.padEnd(5)} ${String(manifest.sizeBytes).padStart(7)} B  sha256 ${manifest.sha256}`);
}
console.log(`trainer (built-in dev key, not a secret): ${written[0]?.manifest.trainer}`);
