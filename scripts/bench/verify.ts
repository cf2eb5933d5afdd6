/**
 * Verification benchmark: how long `verifyWork` takes to verify a work from its image file
 * with many works minted, on Hardhat's in-process network with content in a map.
 *
 *   npm run bench:verify                     (compiles, then tsx scripts/bench/verify.ts)
 *   tsx scripts/bench/verify.ts --works 200 --samples 100 --reproduce-runs 5
 *
 * 1. Deploys the protocol, builds the built-in models, and mints `--works` works (default
 *    1,000): each a real generated image (Loom, 128x128, its own prompt and seed; the last
 *    one 512x512), a record signed by the attestor and the contributor, metadata, a mint.
 * 2. Times `verifyWork({ imageBytes })` without re-running the model (every step: image hash,
 *    token, record, metadata, both signatures, model card, parents, split) for `--samples`
 *    works spread over all minted ids: median, p90, p99, min, max.
 * 3. The same from the token id, and the altered-copy search over all minted works (a
 *    re-encoded copy: cold scan, then with its perceptual-hash cache warm).
 * 4. The 512x512 work with --reproduce (CPU): the first run (session creation) apart, then
 *    median and p99 of the rest.
 *
 * Content is served by a map fetcher that checks every block against its CID, like the
 * gateway fetcher the CLI uses; the chain is read over EIP-1193 with no response cache. A
 * benchmark prints figures; it never fails on a time.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readFile } from "node:fs/promises";
import hre from "hardhat";
import { BrowserProvider, Wallet, type Contract, type Eip1193Provider } from "ethers";
import { PNG } from "pngjs";
import { createInference } from "../../inference/create-inference";
import { modelFileNames } from "../../inference/write-builtin-models";
import { MINT_REQUEST_TYPES, artworkDomain } from "../../lib/contracts/mint-request";
import { buildMetadata, metadataBytes, metadataDigest } from "../../lib/provenance/build-metadata";
import { buildMintRequest } from "../../lib/provenance/build-mint-request";
import { buildRecord } from "../../lib/provenance/build-record";
import { signRecord } from "../../lib/provenance/eip712";
import { canonicalRecordBytes, hashRecord, recordCidFromHash } from "../../lib/provenance/hash-record";
import { modelCardBytes } from "../../lib/provenance/model-card-document";
import { createChainScanSimilarFinder } from "../../lib/provenance/verify/create-chain-scan-similar-finder";
import { createEthersChainReader } from "../../lib/provenance/verify/create-ethers-chain-reader";
import { createInferenceReproducer } from "../../lib/provenance/verify/create-inference-reproducer";
import { createMemoryContentFetcher } from "../../lib/provenance/verify/create-memory-content-fetcher";
import type { VerificationReport, VerifyDependencies, VerifyInput } from "../../lib/provenance/verify/types";
import { verifyWork } from "../../lib/provenance/verify/verify-work";
import { computeCid } from "../../lib/storage/compute-cid";
import { percentile } from "./stats";

const { ethers } = hre;

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const WORKS = flag("works", 1000);
const SAMPLES = flag("samples", 300);
const REPRODUCE_RUNS = flag("reproduce-runs", 11);
const SMALL_SIDE = 128;
const LARGE_SIDE = 512;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const summary = (values: number[]) =>
  `median ${ms(percentile(values, 50))}  p90 ${ms(percentile(values, 90))}  p99 ${ms(percentile(values, 99))}  min ${ms(Math.min(...values))}  max ${ms(Math.max(...values))}  (n=${values.length})`;

async function timed(input: VerifyInput, deps: VerifyDependencies, expected: VerificationReport["verdict"]): Promise<number> {
  const started = performance.now();
  const report = await verifyWork(input, deps);
  const elapsed = performance.now() - started;
  if (report.verdict !== expected) throw new Error(`expected ${expected}, got ${report.verdict}: ${report.summary}`);
  return elapsed;
}

async function main(): Promise<void> {
  console.log(`verify benchmark: ${WORKS} works, ${SAMPLES} samples; node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"})`);
  const [owner, contributor, , platform] = await ethers.getSigners();
  const attestor = Wallet.createRandom();
  const splitterImplementation = await (await ethers.getContractFactory("RoyaltySplitter")).deploy();
  const artwork = (await (await ethers.getContractFactory("Artwork")).deploy("Colophon", "CLPH", owner!.address, await splitterImplementation.getAddress())) as unknown as Contract;
  await (await artwork.setAttestor(attestor.address, true)).wait();
  const artworkAddress = await artwork.getAddress();
  const { chainId } = await ethers.provider.getNetwork();

  const directory = await mkdtemp(path.join(os.tmpdir(), "colophon-bench-verify-"));
  // A throwaway key signs the built-in cards: the bench measures, it mints nothing real.
  const inference = await createInference({ modelsDirectory: directory, device: "cpu", builtinTrainer: Wallet.createRandom() });
  const store = new Map<string, Uint8Array>();
  const add = async (bytes: Uint8Array) => {
    const { cid } = await computeCid(bytes);
    store.set(cid, bytes);
    return cid;
  };
  const { manifest } = inference.registry.get("loom");
  const fileCid = await add(new Uint8Array(await readFile(path.join(directory, modelFileNames("loom").model))));
  const cardCid = await add(modelCardBytes(manifest.card));

  const images: Uint8Array[] = [];
  const mintStarted = performance.now();
  for (let index = 0; index < WORKS; index += 1) {
    const side = index === WORKS - 1 ? LARGE_SIDE : SMALL_SIDE;
    const image = await inference.generateImage({ modelId: "loom", prompt: `work ${index} warm amber dusk`, seed: index + 1, width: side, height: side });
    const imageCid = await add(image.png);
    const record = buildRecord({
      image: { sha256: image.sha256, cid: imageCid, size: image.png.length, width: side, height: side },
      model: { sha256: manifest.sha256, cardCid, fileCid, trainer: manifest.trainer, name: manifest.name, version: manifest.version, kind: manifest.kind },
      generation: {
        prompt: image.facts.prompt,
        seed: image.facts.seed,
        params: image.facts.params,
        runtime: { onnxruntime: image.facts.ortVersion, executionProvider: image.facts.executionProvider },
      },
      contributor: { address: contributor!.address, contribution: "Prompt and selection." },
      split: [
        { account: contributor!.address, role: "prompter", bps: 7000 },
        { account: manifest.trainer, role: "trainer", bps: 2000 },
        { account: platform!.address, role: "platform", bps: 1000 },
      ],
      royaltyBps: 1000,
    });
    store.set(recordCidFromHash(hashRecord(record)), canonicalRecordBytes(record));
    const metadata = buildMetadata({
      record,
      signatures: {
        attestor: { address: attestor.address, signature: await signRecord(record, attestor) },
        contributor: { address: contributor!.address, signature: await signRecord(record, contributor!) },
        trainer: { address: manifest.trainer, signature: manifest.cardSignature },
      },
    });
    await add(metadataBytes(metadata));
    const latest = await ethers.provider.getBlock("latest");
    const request = buildMintRequest({ record, metadataDigest: metadataDigest(metadata), deadline: BigInt(latest!.timestamp + 86_400), nonce: BigInt(index + 1) });
    const signature = await attestor.signTypedData(artworkDomain(chainId, artworkAddress), MINT_REQUEST_TYPES as never, request);
    await (await (artwork.connect(contributor!) as Contract).mint(request, signature)).wait();
    images.push(image.png);
    if ((index + 1) % 100 === 0) console.log(`  minted ${index + 1} works (${((performance.now() - mintStarted) / 1000).toFixed(1)} s)`);
  }

  const provider = new BrowserProvider(hre.network.provider as unknown as Eip1193Provider, Number(chainId), { staticNetwork: true, cacheTimeout: -1 });
  const chain = createEthersChainReader({ provider, artworkAddress });
  const content = createMemoryContentFetcher(store, { verify: true });
  const deps: VerifyDependencies = { chain, content };
  console.log(`  content map: ${store.size} blocks; chain head block ${await provider.getBlockNumber()}`);

  // Warm-up (JIT, first-use caches) on works outside the sample.
  for (let index = 0; index < 20; index += 1) await timed({ imageBytes: images[index]! }, deps, "pass");

  const step = Math.max(1, Math.floor((WORKS - 1) / SAMPLES));
  const sample: number[] = [];
  for (let index = 0; sample.length < SAMPLES && index < WORKS - 1; index += step) sample.push(index);
  const fromImage: number[] = [];
  for (const index of sample) fromImage.push(await timed({ imageBytes: images[index]! }, deps, "pass"));
  const fromToken: number[] = [];
  for (const index of sample) fromToken.push(await timed({ tokenId: BigInt(index + 1) }, deps, "pass"));

  console.log("");
  console.log(`verify from the image file (${SMALL_SIDE}x${SMALL_SIDE} PNG, no --reproduce), ${WORKS} works minted:`);
  console.log(`  ${summary(fromImage)}`);
  console.log(`verify from the token id (image fetched by CID):`);
  console.log(`  ${summary(fromToken)}`);

  const copy = new Uint8Array(PNG.sync.write(PNG.sync.read(Buffer.from(images[Math.floor(WORKS / 2)]!)), { colorType: 2, deflateLevel: 9 }));
  const similar = createChainScanSimilarFinder(chain, content);
  const coldStarted = performance.now();
  await timed({ imageBytes: copy }, { ...deps, similar }, "altered-copy");
  const cold = performance.now() - coldStarted;
  const warm: number[] = [];
  for (let run = 0; run < 5; run += 1) warm.push(await timed({ imageBytes: copy }, { ...deps, similar }, "altered-copy"));
  console.log(`altered-copy search over ${WORKS} works (re-encoded copy): cold ${ms(cold)} (fetch + perceptual hash of every image), warm median ${ms(percentile(warm, 50))}`);

  const large = images[WORKS - 1]!;
  const largeNoReproduce: number[] = [];
  for (let run = 0; run < 11; run += 1) largeNoReproduce.push(await timed({ imageBytes: large }, deps, "pass"));
  const reproducer = createInferenceReproducer({ device: "cpu" });
  const reproduceDeps = { ...deps, reproduce: reproducer };
  const first = await timed({ imageBytes: large }, reproduceDeps, "pass");
  const reproduceRuns: number[] = [];
  for (let run = 0; run < REPRODUCE_RUNS - 1; run += 1) reproduceRuns.push(await timed({ imageBytes: large }, reproduceDeps, "pass"));
  console.log(`verify the ${LARGE_SIDE}x${LARGE_SIDE} work from its image file:`);
  console.log(`  without --reproduce: ${summary(largeNoReproduce)}`);
  console.log(`  with --reproduce (CPU, Loom): first run ${ms(first)} (session creation), then ${summary(reproduceRuns)}`);

  await reproducer.close();
  await inference.close();
  await rm(directory, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
