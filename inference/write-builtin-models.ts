import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildBuiltinModels, type BuiltinTrainer } from "./builtin-models";
import { serializeModelManifest, type ModelManifest } from "./model-manifest";

/** Default directory of built models, relative to the repository root (git-ignored). */
export const DEFAULT_MODELS_DIRECTORY = ".colophon/models";

/** File names of a model in a models directory. */
export function modelFileNames(id: string): { model: string; manifest: string } {
  return { model: `${id}.onnx`, manifest: `${id}.manifest.json` };
}

/** What {@link writeBuiltinModels} did for one model. */
export interface WrittenModel {
  manifest: ModelManifest;
  modelPath: string;
  manifestPath: string;
  /** False when both files already held exactly these bytes. */
  written: boolean;
}

async function readOrNull(file: string): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(/*turbopackIgnore: true*/ file));
  } catch {
    return null;
  }
}

function equalBytes(left: Uint8Array | null, right: Uint8Array): boolean {
  return left !== null && Buffer.from(left).equals(Buffer.from(right));
}

/** Writes through a temporary file and a rename, so a reader never sees half a model. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(/*turbopackIgnore: true*/ temporary, bytes);
  await rename(temporary, file);
}

/**
 * Builds the built-in models, cards signed by `trainer`, and writes `<id>.onnx` and
 * `<id>.manifest.json` for each into `directory` (created if missing). Idempotent: files
 * that already hold the same bytes are left alone, so running it at every start is cheap
 * (~0.3 s, mostly signing). A manifest signed by another key (an earlier operator key, or
 * the key once published in this repository) is replaced by one signed by `trainer`.
 */
export async function writeBuiltinModels(directory: string, trainer: BuiltinTrainer): Promise<WrittenModel[]> {
  await mkdir(/*turbopackIgnore: true*/ directory, { recursive: true });
  const results: WrittenModel[] = [];
  for (const { manifest, bytes } of await buildBuiltinModels(trainer)) {
    const names = modelFileNames(manifest.id);
    const modelPath = path.join(directory, names.model);
    const manifestPath = path.join(directory, names.manifest);
    const manifestBytes = new TextEncoder().encode(serializeModelManifest(manifest));
    let written = false;
    if (!equalBytes(await readOrNull(modelPath), bytes)) {
      await writeAtomically(modelPath, bytes);
      written = true;
    }
    if (!equalBytes(await readOrNull(manifestPath), manifestBytes)) {
      await writeAtomically(manifestPath, manifestBytes);
      written = true;
    }
    results.push({ manifest, modelPath, manifestPath, written });
  }
  return results;
}
