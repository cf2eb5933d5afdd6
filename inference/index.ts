/**
 * The inference module's public surface. A leaf: nothing here imports lib/ or app/, so a GPU
 * worker or the CLI can load it alone. Browser code should import model-card.ts directly
 * (this index pulls in onnxruntime-node).
 */
export { buildCppnModel, type CppnArchitecture, type CppnActivation } from "./build-cppn-model";
export { buildStyleModel, STYLE_TILE_HALO, type StyleArchitecture } from "./build-style-model";
export { BUILTIN_MODELS, buildBuiltinModel, buildBuiltinModels, type BuiltinModelDefinition, type BuiltinTrainer, type BuiltModel } from "./builtin-models";
export {
  chooseExecutionProvider,
  getOrtVersion,
  INFERENCE_DEVICES,
  probeExecutionProvider,
  PROVIDER_ORDER,
  type ExecutionProviderName,
  type InferenceDevice,
  type ProviderChoice,
} from "./choose-execution-provider";
export { countFlops, imageInputShapes, type FlopCount } from "./count-flops";
export { CPPN_LATENT_SIZE, LATENT_DIM } from "./cppn-latent-layout";
export { createInference, type CreateInferenceOptions, type Inference } from "./create-inference";
export {
  DEFAULT_MAX_TILE_PIXELS,
  generateImage,
  MAX_IMAGE_SIDE,
  MAX_PROMPT_LENGTH,
  type GeneratedImage,
  type GenerateImageContext,
  type GenerateImageRequest,
  type GenerationFacts,
  type GenerationProgress,
} from "./generate-image";
export { InferenceError, isInferenceError, type InferenceErrorCode } from "./inference-error";
export {
  hashModelCard,
  MODEL_CARD_DOMAIN,
  MODEL_CARD_PRIMARY_TYPE,
  MODEL_CARD_TYPES,
  modelCardSchema,
  recoverModelCardSigner,
  signModelCard,
  verifyModelCard,
  type ModelCard,
} from "./model-card";
export {
  checkModelManifest,
  createModelManifest,
  MODEL_MANIFEST_FORMAT,
  modelManifestDraftSchema,
  modelManifestSchema,
  serializeModelManifest,
  type ModelManifest,
  type ModelManifestDraft,
} from "./model-manifest";
export { createModelRegistry, ModelRegistry, type RegisteredModel } from "./model-registry";
export { MODEL_KINDS, modelSignatureSchema, type ModelKind, type ModelSignature } from "./model-signature";
export { encodePng, PNG_ENCODING } from "./png-codec";
export { PROMPT_VOCABULARY, promptToLatent, tokenizePrompt, type PromptLatent } from "./prompt-to-latent";
export { createSessionPool, SessionPool, type PooledSession, type SessionPoolOptions } from "./session-pool";
export {
  createModelSandbox,
  DEFAULT_MODEL_SANDBOX_LIMITS,
  getDefaultModelSandbox,
  ModelSandbox,
  type ModelSandboxLimits,
  type ModelSandboxOptions,
} from "./sandbox/model-sandbox";
export { sha256Hex } from "./sha256-hex";
export { checkModelFile, DEFAULT_MODEL_FILE_LIMITS, matchModelSignature, validateModelFile, type ModelFileLimits } from "./validate-model-file";
export { DEFAULT_MODELS_DIRECTORY, writeBuiltinModels, type WrittenModel } from "./write-builtin-models";
