import { CPPN_MAX_LATENT_SIZE, CPPN_MIN_LATENT_SIZE } from "./cppn-latent-layout";
import { InferenceError } from "./inference-error";
import type { ModelManifestDraft } from "./model-manifest";
import { describeTensor, EXPECTED_SIGNATURES, type ModelSignature, type TensorSpec } from "./model-signature";
import { readOnnxModel, type OnnxModelInfo } from "./read-onnx-model";
import { getDefaultModelSandbox, type ModelSandbox } from "./sandbox/model-sandbox";
import { sha256Hex } from "./sha256-hex";

/** Limits applied to a trainer's model file. */
export interface ModelFileLimits {
  /** Largest accepted file. Default 64 MiB (the zoo's fast-neural-style models are ~7 MB). */
  maxBytes: number;
  /** Largest fixed image side a style model may declare. Default 2048 (the generation limit). */
  maxImageSide: number;
  /** Largest fixed dimension any graph input or output may declare. Default 2^20. */
  maxDeclaredDim: number;
  /** Largest element count of one initializer. Default 2^28 (1 GiB of float32). */
  maxInitializerElements: number;
}

export const DEFAULT_MODEL_FILE_LIMITS: ModelFileLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxImageSide: 2048,
  maxDeclaredDim: 1 << 20,
  maxInitializerElements: 1 << 28,
};

/**
 * Operators refused in registered models: control flow can loop for as long as a model
 * wants, and the kinds we run need none of it.
 */
export const REFUSED_OPERATORS: ReadonlySet<string> = new Set(["Loop", "Scan", "If", "SequenceMap"]);

/** Operator domains accepted besides the default one (ONNX Runtime's contrib ops). */
const ACCEPTED_DOMAINS: ReadonlySet<string> = new Set(["com.microsoft"]);

/** Parameters of {@link validateModelFile}. */
export interface ValidateModelFileParameters {
  limits?: Partial<ModelFileLimits>;
  /**
   * Where the model is loaded and probed: an isolated worker process (see
   * inference/sandbox/). Default: this process's shared sandbox.
   */
  sandbox?: ModelSandbox;
}

const isDynamic = (dim: number | string): boolean => typeof dim === "string";

/** Why `inputs`/`outputs` are not a CPPN, or the CPPN signature. */
function matchCppn(inputs: TensorSpec[], outputs: TensorSpec[]): ModelSignature | string {
  if (inputs.length !== 2 || outputs.length !== 1) return `expected 2 inputs and 1 output, found ${inputs.length} and ${outputs.length}`;
  const notFloat = [...inputs, ...outputs].find((spec) => spec.dtype !== "float32");
  if (notFloat) return `${notFloat.name} is ${notFloat.dtype}, expected float32`;
  const coords = inputs.find((spec) => spec.shape.length === 2 && spec.shape[1] === 3 && isDynamic(spec.shape[0]!));
  const latent = inputs.find((spec) => spec !== coords);
  if (!coords) return "no input of shape [N, 3] with dynamic N (pixel coordinates)";
  if (!latent || latent.shape.length !== 2 || !(latent.shape[0] === 1 || isDynamic(latent.shape[0]!)) || typeof latent.shape[1] !== "number") {
    return `latent input must be [1, L] with fixed L, found ${latent ? `[${latent.shape.join(", ")}]` : "none"}`;
  }
  const latentSize = latent.shape[1];
  if (latentSize < CPPN_MIN_LATENT_SIZE || latentSize > CPPN_MAX_LATENT_SIZE) {
    return `latent size ${latentSize} is outside ${CPPN_MIN_LATENT_SIZE}..${CPPN_MAX_LATENT_SIZE}`;
  }
  const output = outputs[0]!;
  if (output.shape.length !== 2 || output.shape[1] !== 3) return `output must be [N, 3], found [${output.shape.join(", ")}]`;
  return { kind: "cppn", coordsInput: coords.name, latentInput: latent.name, output: output.name, latentSize };
}

/** Why `inputs`/`outputs` are not a style model, or the style signature. */
function matchStyle(inputs: TensorSpec[], outputs: TensorSpec[], limits: ModelFileLimits): ModelSignature | string {
  if (inputs.length !== 1 || outputs.length !== 1) return `expected 1 input and 1 output, found ${inputs.length} and ${outputs.length}`;
  const input = inputs[0]!;
  const output = outputs[0]!;
  for (const spec of [input, output]) {
    if (spec.dtype !== "float32") return `${spec.name} is ${spec.dtype}, expected float32`;
    if (spec.shape.length !== 4) return `${spec.name} has rank ${spec.shape.length} ([${spec.shape.join(", ")}]), expected rank 4 [1, 3, H, W]`;
    if (!(spec.shape[0] === 1 || isDynamic(spec.shape[0]!))) return `${spec.name} batch dimension is ${spec.shape[0]}, expected 1`;
    if (spec.shape[1] !== 3) return `${spec.name} has ${spec.shape[1]} channels, expected 3`;
  }
  const [height, width] = [input.shape[2]!, input.shape[3]!];
  for (const [axis, value] of [["height", height], ["width", width]] as const) {
    if (typeof value === "number" && value > limits.maxImageSide) {
      throw new InferenceError("DIMENSIONS_TOO_LARGE", `The model's fixed input ${axis} ${value} exceeds the limit ${limits.maxImageSide}.`, {
        details: { input: input.name, axis, value, limit: limits.maxImageSide },
      });
    }
  }
  return {
    kind: "style",
    input: input.name,
    output: output.name,
    fixedHeight: typeof height === "number" ? height : null,
    fixedWidth: typeof width === "number" ? width : null,
    tileHalo: null,
  };
}

/**
 * The signature kind a model's inputs and outputs match. Throws UNSUPPORTED_SIGNATURE with
 * the found and expected shapes, and per kind the reason it did not match.
 */
export function matchModelSignature(info: Pick<OnnxModelInfo, "inputs" | "outputs">, limits: ModelFileLimits = DEFAULT_MODEL_FILE_LIMITS): ModelSignature {
  const cppn = matchCppn(info.inputs, info.outputs);
  if (typeof cppn !== "string") return cppn;
  const style = matchStyle(info.inputs, info.outputs, limits);
  if (typeof style !== "string") return style;
  const found = { inputs: info.inputs.map(describeTensor), outputs: info.outputs.map(describeTensor) };
  throw new InferenceError(
    "UNSUPPORTED_SIGNATURE",
    `The model's inputs and outputs match no supported kind. Found inputs ${found.inputs.join("; ") || "none"} and outputs ${found.outputs.join("; ") || "none"}; ` +
      `expected cppn (${EXPECTED_SIGNATURES.cppn.inputs.join(", ")} -> ${EXPECTED_SIGNATURES.cppn.outputs[0]}) ` +
      `or style (${EXPECTED_SIGNATURES.style.inputs[0]} -> ${EXPECTED_SIGNATURES.style.outputs[0]}).`,
    { details: { found, expected: EXPECTED_SIGNATURES, reasons: { cppn, style } } },
  );
}

function checkLimits(info: OnnxModelInfo, limits: ModelFileLimits): void {
  for (const spec of [...info.inputs, ...info.outputs]) {
    const huge = spec.shape.find((dim) => typeof dim === "number" && dim > limits.maxDeclaredDim);
    if (huge !== undefined) {
      throw new InferenceError("DIMENSIONS_TOO_LARGE", `${spec.name} declares a dimension of ${huge}, above the limit ${limits.maxDeclaredDim}.`, {
        details: { tensor: describeTensor(spec), limit: limits.maxDeclaredDim },
      });
    }
  }
  for (const initializer of info.initializers) {
    const elements = initializer.dims.reduce((product, dim) => product * dim, 1);
    if (!(elements <= limits.maxInitializerElements) || initializer.dims.some((dim) => !(dim >= 0))) {
      throw new InferenceError(
        "DIMENSIONS_TOO_LARGE",
        `Tensor ${initializer.name} (${initializer.location}) declares [${initializer.dims.join(", ")}], above the limit of ${limits.maxInitializerElements} elements.`,
        { details: { initializer: initializer.name, location: initializer.location, dims: initializer.dims, limit: limits.maxInitializerElements } },
      );
    }
  }
  const refused = info.operators.filter((operator) => {
    const [domain, name] = operator.includes("::") ? operator.split("::") : ["", operator];
    return REFUSED_OPERATORS.has(name!) || (domain !== "" && !ACCEPTED_DOMAINS.has(domain!));
  });
  if (refused.length > 0) {
    throw new InferenceError("UNSUPPORTED_OPERATOR", `The model uses operators we do not run: ${refused.join(", ")}.`, {
      details: { operators: refused, refused: [...REFUSED_OPERATORS], acceptedDomains: ["ai.onnx", ...ACCEPTED_DOMAINS] },
    });
  }
}

/** What {@link checkModelFile} read from a file without running it. */
export interface CheckedModelFile {
  draft: ModelManifestDraft;
  signature: ModelSignature;
}

/**
 * The static checks of a trainer's .onnx bytes, which create no ONNX Runtime session and
 * run nothing: size limit (FILE_TOO_LARGE), protobuf decode (NOT_ONNX), no external data
 * anywhere (EXTERNAL_DATA_NOT_ALLOWED), declared dims and operators in every graph,
 * subgraph and function (DIMENSIONS_TOO_LARGE, UNSUPPORTED_OPERATOR), signature kind
 * (UNSUPPORTED_SIGNATURE). Returns the manifest draft.
 */
export function checkModelFile(bytes: Uint8Array, limitsOverride: Partial<ModelFileLimits> = {}): CheckedModelFile {
  const limits = { ...DEFAULT_MODEL_FILE_LIMITS, ...limitsOverride };
  if (bytes.length > limits.maxBytes) {
    throw new InferenceError("FILE_TOO_LARGE", `The model file is ${bytes.length} bytes; the limit is ${limits.maxBytes}.`, {
      details: { sizeBytes: bytes.length, limitBytes: limits.maxBytes },
    });
  }
  if (bytes.length === 0) throw new InferenceError("NOT_ONNX", "The model file is empty.", { details: { sizeBytes: 0 } });
  const info = readOnnxModel(bytes);
  checkLimits(info, limits);
  const signature = matchModelSignature(info, limits);
  return {
    signature,
    draft: {
      kind: signature.kind,
      signature,
      sha256: sha256Hex(bytes),
      sizeBytes: bytes.length,
      irVersion: info.irVersion,
      opsetVersion: info.opsetVersion,
      producer: info.producer,
      operators: info.operators,
    },
  };
}

/**
 * Validates a trainer's .onnx bytes and returns the manifest draft (kind, signature,
 * sha256, size, opset, operators): first the static checks of {@link checkModelFile}, then,
 * in the isolated sandbox worker only, a load in ONNX Runtime on CPU (LOAD_FAILED) and one
 * probe run on a tiny input (PROBE_FAILED). A model over the sandbox's memory or time
 * limit is MODEL_RESOURCE_LIMIT; without a working sandbox, SANDBOX_UNAVAILABLE. Storage
 * and the trainer's card are the caller's.
 */
export async function validateModelFile(bytes: Uint8Array, parameters: ValidateModelFileParameters = {}): Promise<ModelManifestDraft> {
  const { draft, signature } = checkModelFile(bytes, parameters.limits);
  await (parameters.sandbox ?? getDefaultModelSandbox()).probeModel(bytes, signature);
  return draft;
}
