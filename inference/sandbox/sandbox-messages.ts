import type { GeneratedImage, GenerateImageRequest } from "../generate-image";
import type { InferenceErrorCode } from "../inference-error";
import type { ModelManifest } from "../model-manifest";
import type { ModelSignature } from "../model-signature";

/** Load a model in ONNX Runtime and run it once on a tiny input (validation). */
export interface ProbeMessage {
  id: number;
  type: "probe";
  bytes: Uint8Array;
  signature: ModelSignature;
}

/** Generate one image with a model (tiles and PNG encoding included). */
export interface GenerateMessage {
  id: number;
  type: "generate";
  manifest: ModelManifest;
  bytes: Uint8Array;
  request: Omit<GenerateImageRequest, "onProgress">;
  maxTilePixels?: number;
}

/** What the parent sends the worker. */
export type SandboxRequest = ProbeMessage | GenerateMessage;

/** An error as it crosses the pipe. */
export interface SandboxErrorValue {
  code: InferenceErrorCode | "INTERNAL";
  message: string;
  details: Record<string, unknown>;
}

/** What the worker sends the parent. `cpuSeconds` is the worker's CPU time so far. */
export type SandboxReply =
  | { type: "ready"; ortVersion: string; cpuSeconds: number }
  | { type: "start-failed"; message: string }
  | { id: number; type: "progress"; tilesDone: number; tilesTotal: number }
  | { id: number; type: "probed"; cpuSeconds: number }
  | { id: number; type: "generated"; image: GeneratedImage; cpuSeconds: number }
  | { id: number; type: "error"; error: SandboxErrorValue; cpuSeconds: number };
