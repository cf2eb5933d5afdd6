import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { InferenceError, messageOf } from "./inference-error";
import { checkModelManifest, type ModelManifest } from "./model-manifest";
import { sha256Hex } from "./sha256-hex";
import { modelFileNames } from "./write-builtin-models";

/** A model the generator can run: its manifest and its .onnx bytes. */
export interface RegisteredModel {
  manifest: ModelManifest;
  bytes: Uint8Array;
}

/**
 * The models this process can run, by id. Registering checks that the manifest is
 * consistent and signed by its trainer (checkModelManifest) and that the bytes hash to
 * the manifest's sha256; nothing unverified gets in.
 */
export class ModelRegistry {
  private readonly models = new Map<string, RegisteredModel>();

  /**
   * Adds a model. Throws MANIFEST_INVALID, CARD_SIGNATURE_INVALID or MODEL_HASH_MISMATCH,
   * or MANIFEST_INVALID when the id is taken by a different file.
   */
  register(manifestValue: unknown, bytes: Uint8Array): RegisteredModel {
    const manifest = checkModelManifest(manifestValue);
    const sha256 = sha256Hex(bytes);
    if (sha256 !== manifest.sha256) {
      throw new InferenceError("MODEL_HASH_MISMATCH", `The file for model "${manifest.id}" does not match its manifest's sha256.`, {
        details: { id: manifest.id, manifestSha256: manifest.sha256, fileSha256: sha256 },
      });
    }
    const existing = this.models.get(manifest.id);
    if (existing && existing.manifest.sha256 !== manifest.sha256) {
      throw new InferenceError("MANIFEST_INVALID", `A different model is already registered as "${manifest.id}".`, {
        details: { id: manifest.id, registeredSha256: existing.manifest.sha256, newSha256: manifest.sha256 },
      });
    }
    const model = { manifest, bytes };
    this.models.set(manifest.id, model);
    return model;
  }

  /** The model with this id. Throws MODEL_NOT_FOUND. */
  get(id: string): RegisteredModel {
    const model = this.models.get(id);
    if (!model) throw new InferenceError("MODEL_NOT_FOUND", `No model "${id}" is registered.`, { details: { id, known: [...this.models.keys()] } });
    return model;
  }

  has(id: string): boolean {
    return this.models.has(id);
  }

  /** Every manifest, built-ins first, then by id. */
  list(): ModelManifest[] {
    return [...this.models.values()]
      .map((model) => model.manifest)
      .sort((left, right) => Number(right.builtIn) - Number(left.builtIn) || left.id.localeCompare(right.id));
  }

  /**
   * Registers every `<id>.manifest.json` in `directory` with its `<id>.onnx`. A file that
   * fails its checks is an error, not skipped: a tampered models directory should stop the
   * start-up, not silently shrink the catalogue.
   */
  async loadDirectory(directory: string): Promise<ModelManifest[]> {
    const entries = (await readdir(directory)).filter((name) => name.endsWith(".manifest.json")).sort();
    const loaded: ModelManifest[] = [];
    for (const entry of entries) {
      const manifestPath = path.join(directory, entry);
      let value: unknown;
      try {
        value = JSON.parse(await readFile(manifestPath, "utf8"));
      } catch (error) {
        throw new InferenceError("MANIFEST_INVALID", `The manifest ${manifestPath} is not valid JSON.`, { details: { path: manifestPath, reason: messageOf(error) }, cause: error });
      }
      const id = entry.slice(0, -".manifest.json".length);
      const manifest = checkModelManifest(value);
      if (manifest.id !== id) {
        throw new InferenceError("MANIFEST_INVALID", `The manifest ${manifestPath} names model "${manifest.id}", not "${id}".`, { details: { path: manifestPath } });
      }
      const bytes = new Uint8Array(await readFile(path.join(directory, modelFileNames(id).model)));
      loaded.push(this.register(manifest, bytes).manifest);
    }
    return loaded;
  }
}

/** An empty registry. */
export function createModelRegistry(): ModelRegistry {
  return new ModelRegistry();
}
