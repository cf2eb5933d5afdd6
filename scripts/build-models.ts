/**
 * Builds the built-in models (Loom, Tide, Press) into a directory, with signed manifests.
 *
 *   tsx scripts/build-models.ts [directory]     default: $COLOPHON_DATA_DIR/models
 *
 * Deterministic: every build writes the same bytes, so it is safe to run at install and at
 * every start; files that already match are left untouched.
 */
import path from "node:path";
import { writeBuiltinModels } from "../inference/write-builtin-models";
import { loadEnv } from "../lib/config/env";
import { loadBuiltinTrainerKey } from "../lib/keys/builtin-trainer-key";

// The models directory the server uses (lib/runtime/get-runtime.ts): inside the data
// directory, so a COLOPHON_DATA_DIR elsewhere leaves the repository's .colophon/ untouched.
const directory = process.argv[2] ?? path.join(loadEnv().COLOPHON_DATA_DIR, "models");
// Cards signed by the operator's own key (BUILTIN_TRAINER_PRIVATE_KEY, or the key file in the
// data directory, created on first use), never a published one.
const settings = loadEnv();
const trainer = loadBuiltinTrainerKey({ dataDir: settings.COLOPHON_DATA_DIR, privateKey: settings.BUILTIN_TRAINER_PRIVATE_KEY });
const written = await writeBuiltinModels(directory, trainer.signer);
for (const { manifest, modelPath, written: changed } of written) {
  console.log(`${changed ? "wrote    " : "unchanged"} ${modelPath}  ${manifest.kind.padEnd(5)} ${String(manifest.sizeBytes).padStart(7)} B  sha256 ${manifest.sha256}`);
}
console.log(`trainer (the operator's built-in trainer key, ${trainer.source === "env" ? "BUILTIN_TRAINER_PRIVATE_KEY" : trainer.file}): ${written[0]?.manifest.trainer}`);
