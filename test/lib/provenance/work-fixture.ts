import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import hre from "hardhat";
import { BrowserProvider, Contract, type Eip1193Provider, type Signer, type TypedDataDomain, type TypedDataField } from "ethers";
import { createInference, type Inference } from "@/inference/create-inference";
import { TEST_BUILTIN_TRAINER } from "../../inference/test-builtin-trainer";
import type { GeneratedImage } from "@/inference/generate-image";
import type { ModelManifest } from "@/inference/model-manifest";
import { modelFileNames } from "@/inference/write-builtin-models";
import { readFile } from "node:fs/promises";
import { MINT_REQUEST_TYPES, artworkDomain, type MintRequest } from "@/lib/contracts/mint-request";
import { buildMetadata, metadataBytes, metadataDigest, type SignatureEntry, type TokenMetadata } from "@/lib/provenance/build-metadata";
import { buildMintRequest } from "@/lib/provenance/build-mint-request";
import { buildRecord } from "@/lib/provenance/build-record";
import { signRecord } from "@/lib/provenance/eip712";
import { canonicalRecordBytes, hashRecord, recordCidFromHash } from "@/lib/provenance/hash-record";
import { modelCardBytes } from "@/lib/provenance/model-card-document";
import type { ProvenanceRecord, RecordParent, RecordSplitEntry } from "@/lib/provenance/record-schema";
import { createEthersChainReader } from "@/lib/provenance/verify/create-ethers-chain-reader";
import { createMemoryContentFetcher } from "@/lib/provenance/verify/create-memory-content-fetcher";
import type { ChainReader, ContentFetcher, VerifyDependencies } from "@/lib/provenance/verify/types";
import { computeCid } from "@/lib/storage/compute-cid";
import { deployProtocol, findEvent, type Protocol } from "../../contracts/fixtures";

/** Anything that signs EIP-712 (a Wallet or a Hardhat account). */
export interface TypedSigner {
  address: string;
  signTypedData(domain: TypedDataDomain, types: Record<string, TypedDataField[]>, value: Record<string, unknown>): Promise<string>;
}

/** A built-in model as the flow stores it. */
export interface StoredModel {
  id: string;
  manifest: ModelManifest;
  bytes: Uint8Array;
  fileCid: string;
  cardCid: string;
}

/** The deployed protocol, an inference module, the built-in models and a content map. */
export interface World {
  p: Protocol;
  inference: Inference;
  models: Record<"loom" | "tide", StoredModel>;
  /** CID → bytes: what a gateway would serve. Tests edit it to simulate a lying gateway. */
  store: Map<string, Uint8Array>;
  provider: BrowserProvider;
  chain: ChainReader;
  /** A fetcher over `store` that does NOT check bytes (verification must do it). */
  content: ContentFetcher;
  deps(extra?: Partial<VerifyDependencies>): VerifyDependencies;
  close(): Promise<void>;
}

/** Adds bytes to a content map under the CID our store (and Kubo) gives them. */
export async function addContent(store: Map<string, Uint8Array>, bytes: Uint8Array): Promise<string> {
  const { cid } = await computeCid(bytes);
  store.set(cid, bytes);
  return cid;
}

/** Deploys the protocol, builds the built-in models into a temporary directory, stores model files and cards. */
export async function createWorld(): Promise<World> {
  const p = await deployProtocol();
  const directory = await mkdtemp(path.join(tmpdir(), "colophon-provenance-"));
  const inference = await createInference({ modelsDirectory: directory, device: "cpu", builtinTrainer: TEST_BUILTIN_TRAINER });
  const store = new Map<string, Uint8Array>();
  const models = {} as Record<"loom" | "tide", StoredModel>;
  for (const id of ["loom", "tide"] as const) {
    const { manifest } = inference.registry.get(id);
    const bytes = new Uint8Array(await readFile(path.join(directory, modelFileNames(id).model)));
    const fileCid = await addContent(store, bytes);
    const cardCid = await addContent(store, modelCardBytes(manifest.card));
    models[id] = { id, manifest, bytes, fileCid, cardCid };
  }
  // cacheTimeout -1: ethers otherwise answers a repeated eth_getLogs from a 250 ms cache,
  // which after evm_revert returns the logs of blocks that no longer exist.
  const provider = new BrowserProvider(hre.network.provider as unknown as Eip1193Provider, Number(p.chainId), { staticNetwork: true, cacheTimeout: -1 });
  const chain = createEthersChainReader({ provider, artworkAddress: await p.artwork.getAddress() });
  const content = createMemoryContentFetcher(store, { verify: false });
  return {
    p,
    inference,
    models,
    store,
    provider,
    chain,
    content,
    deps: (extra = {}) => ({ chain, content, ...extra }),
    async close() {
      await inference.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** Hooks that let a test forge or break one part of a work while the rest is built honestly. */
export interface WorkOptions {
  model?: "loom" | "tide";
  prompt?: string;
  seed?: number;
  size?: number;
  parents?: RecordParent[];
  /** Reuse an image already generated. */
  image?: GeneratedImage;
  contributor?: TypedSigner & Signer;
  /** Changes the record before it is hashed and signed (a consistently signed forgery). */
  record?: (record: ProvenanceRecord) => ProvenanceRecord;
  /** The attestor signs this variant of the record instead (a signature over another record). */
  attestorSignsRecord?: (record: ProvenanceRecord) => ProvenanceRecord;
  /** The contributor signs this variant of the record instead (the record changed after consent). */
  contributorSignsRecord?: (record: ProvenanceRecord) => ProvenanceRecord;
  /** Who signs the Record digest as attestor (default the authorised attestor). */
  attestor?: TypedSigner;
  /** The attestor address the metadata names (default the signer's). */
  attestorNamed?: string;
  attestorSignature?: (signature: string) => string;
  contributorSignature?: (signature: string) => string;
  /** Who signs the Record digest as contributor (default the contributor). */
  contributorSigner?: TypedSigner;
  trainerSignature?: (signature: string) => string;
  /** Changes the metadata before its digest is taken (minted consistently). */
  metadata?: (metadata: TokenMetadata) => TokenMetadata;
  /** Changes the mint request before it is attested and sent. */
  mintRequest?: (request: MintRequest) => MintRequest;
}

/** Everything about a minted work. */
export interface Work {
  tokenId: bigint;
  image: GeneratedImage;
  imageCid: string;
  record: ProvenanceRecord;
  recordHash: string;
  recordCid: string;
  metadata: TokenMetadata;
  metadataDigest: string;
  metadataCid: string;
  request: MintRequest;
}

let nonce = 1_000n;

/** The split of every test work: prompter 70%, trainer 20%, platform 10%. */
export function defaultSplit(world: World, contributor: string): RecordSplitEntry[] {
  return [
    { account: contributor, role: "prompter", bps: 7000 },
    { account: world.models.loom.manifest.trainer, role: "trainer", bps: 2000 },
    { account: world.p.platform.address, role: "platform", bps: 1000 },
  ];
}

/** Generates (or reuses) an image, builds and signs its record and metadata, stores everything and mints it. */
export async function makeWork(world: World, options: WorkOptions = {}): Promise<Work> {
  const { p, store } = world;
  const model = world.models[options.model ?? "loom"];
  const contributor = (options.contributor ?? p.contributor) as TypedSigner & Signer;
  const size = options.size ?? 64;
  const image =
    options.image ??
    (await world.inference.generateImage({ modelId: model.id, prompt: options.prompt ?? "calm golden dawn", seed: options.seed ?? 7, width: size, height: size }));
  const imageCid = await addContent(store, image.png);
  let record = buildRecord({
    image: { sha256: image.sha256, cid: imageCid, size: image.png.length, width: image.width, height: image.height },
    model: {
      sha256: model.manifest.sha256,
      cardCid: model.cardCid,
      fileCid: model.fileCid,
      trainer: model.manifest.trainer,
      name: model.manifest.name,
      version: model.manifest.version,
      kind: model.manifest.kind,
    },
    generation: {
      prompt: image.facts.prompt,
      seed: image.facts.seed,
      params: image.facts.params,
      runtime: { onnxruntime: image.facts.ortVersion, executionProvider: image.facts.executionProvider },
    },
    contributor: { address: contributor.address, contribution: "Wrote the prompt, picked the seed, chose this one of twelve." },
    parents: options.parents ?? [],
    split: defaultSplit(world, contributor.address),
    royaltyBps: 1000,
    createdAt: new Date(Date.now() - 5_000),
  });
  if (options.record) record = options.record(structuredClone(record));
  const recordHash = hashRecord(record);
  const recordCid = recordCidFromHash(recordHash);
  store.set(recordCid, canonicalRecordBytes(record));

  const attestorSigner = options.attestor ?? (p.attestor as unknown as TypedSigner);
  const attestorSignature = await signRecord(options.attestorSignsRecord?.(structuredClone(record)) ?? record, attestorSigner);
  const contributorSigner = options.contributorSigner ?? contributor;
  const contributorSignature = await signRecord(options.contributorSignsRecord?.(structuredClone(record)) ?? record, contributorSigner);
  const attestorEntry: SignatureEntry = { address: options.attestorNamed ?? attestorSigner.address, signature: options.attestorSignature?.(attestorSignature) ?? attestorSignature };
  const contributorEntry: SignatureEntry = { address: contributor.address, signature: options.contributorSignature?.(contributorSignature) ?? contributorSignature };
  const trainerEntry: SignatureEntry = {
    address: model.manifest.trainer,
    signature: options.trainerSignature?.(model.manifest.cardSignature) ?? model.manifest.cardSignature,
  };
  let metadata = buildMetadata({ record, signatures: { attestor: attestorEntry, contributor: contributorEntry, trainer: trainerEntry } });
  if (options.metadata) metadata = options.metadata(structuredClone(metadata));
  const bytes = metadataBytes(metadata);
  const digest = metadataDigest(metadata);
  const metadataCid = await addContent(store, bytes);

  const latest = await p.artwork.runner!.provider!.getBlock("latest");
  let request = buildMintRequest({ record, metadataDigest: digest, deadline: BigInt(latest!.timestamp + 3600), nonce: (nonce += 1n) });
  if (options.mintRequest) request = options.mintRequest(request);
  const mintSignature = await p.attestor.signTypedData(artworkDomain(p.chainId, await p.artwork.getAddress()), MINT_REQUEST_TYPES as never, request);
  const sender = (p.signers.find((s) => s.address === request.contributor) ?? contributor) as Signer;
  const tx = await (p.artwork.connect(sender) as Contract).mint(request, mintSignature);
  const receipt = await tx.wait();
  const minted = findEvent(receipt!.logs, p.artwork, "ArtworkMinted");
  return {
    tokenId: minted.args.tokenId as bigint,
    image,
    imageCid,
    record,
    recordHash,
    recordCid,
    metadata,
    metadataDigest: digest,
    metadataCid,
    request,
  };
}

/** Snapshot and revert helpers over the in-process chain. */
export async function snapshot(): Promise<string> {
  return (await hre.network.provider.send("evm_snapshot", [])) as string;
}

export async function revert(id: string): Promise<void> {
  await hre.network.provider.send("evm_revert", [id]);
}
