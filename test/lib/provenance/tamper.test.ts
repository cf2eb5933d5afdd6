import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { Contract, Wallet } from "ethers";
import type { GeneratedImage } from "@/inference/generate-image";
import type { MintRequest } from "@/lib/contracts/mint-request";
import { signModelCard } from "@/inference/model-card";
import { canonicalRecordBytes } from "@/lib/provenance/hash-record";
import { modelCardBytes } from "@/lib/provenance/model-card-document";
import type { ProvenanceRecord } from "@/lib/provenance/record-schema";
import { createChainScanSimilarFinder } from "@/lib/provenance/verify/create-chain-scan-similar-finder";
import { createGatewayFetcher } from "@/lib/provenance/verify/create-gateway-fetcher";
import { createInferenceReproducer, type InferenceReproducer } from "@/lib/provenance/verify/create-inference-reproducer";
import type { StepId, VerificationReport, VerifyDependencies, Reproducer } from "@/lib/provenance/verify/types";
import { STEP_IDS } from "@/lib/provenance/verify/types";
import { verifyWork } from "@/lib/provenance/verify/verify-work";
import { defaultSplit, createWorld, makeWork, revert, snapshot, type Work, type WorkOptions, type World } from "./work-fixture";

let world: World;
let reproducer: InferenceReproducer;
/** The image of the work under test (loom, seed 7, 64x64), generated once. */
let image: GeneratedImage;
/** Another image (loom, seed 8) for swaps. */
let otherImage: GeneratedImage;
let baseStore: Map<string, Uint8Array>;
let snapshotId: string;

beforeAll(async () => {
  world = await createWorld();
  reproducer = createInferenceReproducer({ device: "cpu" });
  image = await world.inference.generateImage({ modelId: "loom", prompt: "calm golden dawn", seed: 7, width: 64, height: 64 });
  otherImage = await world.inference.generateImage({ modelId: "loom", prompt: "calm golden dawn", seed: 8, width: 64, height: 64 });
  baseStore = new Map(world.store);
});

afterAll(async () => {
  await reproducer?.close();
  await world?.close();
});

beforeEach(async () => {
  snapshotId = await snapshot();
  world.store.clear();
  for (const [cid, bytes] of baseStore) world.store.set(cid, bytes);
});

afterEach(async () => {
  await revert(snapshotId);
});

/** Replaces the v byte of a 65-byte signature with 0x05, which no signature has. */
const garble = (signature: string) => `${signature.slice(0, -2)}05`;

/** The work under test: token #1 unless a scenario mints something first. */
const mainWork = (options: WorkOptions = {}) => makeWork(world, { image, ...options });

/** Serves an edited copy of the work's record under its CID (a lying gateway or a damaged store). */
const serveEditedRecord = (edit: (record: ProvenanceRecord) => void) => async (work: Work) => {
  const record = structuredClone(work.record);
  edit(record);
  world.store.set(work.recordCid, canonicalRecordBytes(record));
};

const tideModelHash = () => `0x${world.models.tide.manifest.sha256}`;

/** Asserts the report fails, that exactly `expected` steps fail, each with a matching reason, and the rest pass or are not checkable. */
function expectFailures(report: VerificationReport, expected: [StepId, RegExp][]) {
  const failed = report.steps.filter((step) => step.status === "fail");
  expect(report.verdict, report.summary).toBe("fail");
  expect(failed.map((step) => step.id)).toEqual(STEP_IDS.filter((id) => expected.some(([want]) => want === id)));
  for (const [id, reason] of expected) expect(failed.find((step) => step.id === id)!.reason).toMatch(reason);
  expect(report.summary).toMatch(/does NOT verify/);
}

interface Scenario {
  name: string;
  /** Verify from the image file (default) or the token id. */
  by?: "image" | "token";
  reproduce?: boolean;
  /** Builds the work under test (and anything minted before it). */
  mint?: () => Promise<Work>;
  options?: () => WorkOptions | Promise<WorkOptions>;
  /** Tampering after the mint (store edits, attestor revocation). */
  after?: (work: Work) => Promise<void>;
  deps?: (work: Work) => Partial<VerifyDependencies>;
  fails: [StepId, RegExp][];
}

const scenarios: Scenario[] = [
  // Record fields, forged before signing and minted consistently.
  {
    name: "record.image.sha256 names another image (verified by token id)",
    by: "token",
    options: () => ({ record: (r) => ({ ...r, image: { ...r.image, sha256: `0x${otherImage.sha256}` } }) }),
    fails: [["image-hash", /the image served at .* hashes to .*, not token #1's content hash/]],
  },
  {
    name: "record.image.cid names another file",
    options: () => ({ record: (r) => ({ ...r, image: { ...r.image, cid: world.models.tide.cardCid } }) }),
    fails: [["record", /^record\.image\.cid .* is not the image's CID/]],
  },
  {
    name: "record.image.size is wrong",
    options: () => ({ record: (r) => ({ ...r, image: { ...r.image, size: r.image.size + 1 } }) }),
    fails: [["record", /^record\.image\.size \d+ is not the image file's \d+ bytes/]],
  },
  {
    name: "record.image width is wrong",
    options: () => ({ record: (r) => ({ ...r, image: { ...r.image, width: 65 } }) }),
    fails: [["record", /^record\.image says 65x64, the image is 64x64/]],
  },
  {
    name: "record.model.sha256 names another model (tide), minted with that model hash",
    options: () => ({ record: (r) => ({ ...r, model: { ...r.model, sha256: tideModelHash() } }) }),
    fails: [["model-card", /^the model card describes the file .*, not the token's model hash/]],
  },
  {
    name: "record.model.cardCid names another model's card",
    options: () => ({ record: (r) => ({ ...r, model: { ...r.model, cardCid: world.models.tide.cardCid } }) }),
    fails: [["model-card", /^the model card signature recovers to .*, not the card's trainer/]],
  },
  {
    name: "record.model.fileCid names another model's file",
    options: () => ({ record: (r) => ({ ...r, model: { ...r.model, fileCid: world.models.tide.fileCid } }) }),
    fails: [["model-card", /^record\.model\.fileCid names a file with sha256 .*, not the model hash/]],
  },
  {
    name: "record.model.trainer names someone else, minted with that trainer",
    options: () => ({ record: (r) => ({ ...r, model: { ...r.model, trainer: world.p.bob.address } }) }),
    fails: [["model-card", /^the model card's trainer 0x33fF.* is not the on-chain trainer 0x9965507D/]],
  },
  {
    name: "record.model.name differs from the card",
    options: () => ({ record: (r) => ({ ...r, model: { ...r.model, name: "Loom Pro" } }) }),
    fails: [["model-card", /^the record names the model "Loom Pro 1.0.0", the card "Loom 1.0.0"/]],
  },
  {
    name: "record.generation.prompt changed and re-signed (caught by re-running)",
    reproduce: true,
    options: () => ({ record: (r) => ({ ...r, generation: { ...r.generation, prompt: "stormy violet night" } }) }),
    fails: [["reproduce", /^re-running the model gives a different image: sha256 .*, mean absolute pixel difference [\d.]+\/255/]],
  },
  {
    name: "record.generation.seed changed and re-signed (caught by re-running)",
    reproduce: true,
    options: () => ({ record: (r) => ({ ...r, generation: { ...r.generation, seed: "8" } }) }),
    fails: [["reproduce", /^re-running the model gives a different image/]],
  },
  {
    name: "record.generation.params changed and re-signed (caught by re-running)",
    reproduce: true,
    options: () => ({ record: (r) => ({ ...r, generation: { ...r.generation, params: { ...r.generation.params, zoom: 2 } } }) }),
    fails: [["reproduce", /^re-running the model gives a different image/]],
  },
  {
    name: "record.generation.sourceImageCids adds a source image a text-to-image model cannot take",
    reproduce: true,
    options: () => ({ record: (r) => ({ ...r, generation: { ...r.generation, sourceImageCids: [r.image.cid] } }) }),
    fails: [["reproduce", /^the recorded generation cannot be run: .*takes no source image/]],
  },
  {
    name: "record.contributor.address names another account (who mints it)",
    options: () => ({ record: (r) => ({ ...r, contributor: { ...r.contributor, address: world.p.bob.address } }) }),
    fails: [["contributor-signature", /^the contributor signature recovers to 0x70997970.*, not the on-chain contributor 0x9965507D/]],
  },
  {
    name: "record.contributor.contribution edited after the contributor signed",
    options: () => ({
      contributorSignsRecord: (r) => ({ ...r, contributor: { ...r.contributor, contribution: "Only pressed the button." } }),
    }),
    fails: [["contributor-signature", /^the contributor signature recovers to 0x[0-9a-fA-F]{40}, not the on-chain contributor/]],
  },
  {
    name: "record.parents names a parent with another content hash",
    mint: async () => {
      const parent = await mainWork();
      return makeWork(world, {
        image: otherImage,
        parents: [{ chainId: Number(world.p.chainId), contract: world.chain.artworkAddress, tokenId: parent.tokenId.toString(), contentHash: `0x${"ab".repeat(32)}` }],
      });
    },
    fails: [["parents", /^parent #1: the record names content hash 0xabababab…ababab, the chain has/]],
  },
  {
    name: "record.parents names a token that does not exist",
    options: () => ({ parents: [{ chainId: Number(world.p.chainId), contract: world.chain.artworkAddress, tokenId: "0", contentHash: `0x${otherImage.sha256}` }] }),
    fails: [["parents", /^parent #0: no such token/]],
  },
  {
    name: "record.parents names a parent minted later",
    options: () => ({ parents: [{ chainId: Number(world.p.chainId), contract: world.chain.artworkAddress, tokenId: "5", contentHash: `0x${otherImage.sha256}` }] }),
    fails: [["parents", /^parent #5: it was minted after this work/]],
  },
  {
    name: "a parent whose own metadata was tampered with fails the lineage",
    mint: async () => {
      const parent = await mainWork();
      world.store.set(parent.metadataCid, new TextEncoder().encode(JSON.stringify({ ...parent.metadata, name: "Forged" })));
      return makeWork(world, {
        image: otherImage,
        parents: [{ chainId: Number(world.p.chainId), contract: world.chain.artworkAddress, tokenId: parent.tokenId.toString(), contentHash: parent.record.image.sha256 }],
      });
    },
    fails: [["parents", /^parent #1: does not verify \(metadata: the metadata served for .* hashes to/]],
  },
  {
    name: "record.split shares differ from the minted split",
    options: () => ({
      record: (r) => ({ ...r, split: r.split.map((e) => ({ ...e, bps: e.role === "prompter" ? 6000 : e.role === "trainer" ? 3000 : e.bps })) }),
      mintRequest: honestShares,
    }),
    fails: [["split", /^split entry \d differs: the record has 0x[0-9a-fA-F]{40} 0x[0-9a-f]+ \d+ bps, the chain has/]],
  },
  {
    name: "record.split reordered out of the contract's canonical order",
    options: () => ({ record: (r) => ({ ...r, split: [...r.split].reverse() }) }),
    fails: [["split", /^the record's split is not in the contract's canonical order/]],
  },
  {
    name: "record.split sums to 9,000 bps",
    options: () => ({
      record: (r) => ({ ...r, split: r.split.map((e) => (e.role === "prompter" ? { ...e, bps: 6000 } : e)) }),
      mintRequest: honestShares,
    }),
    fails: [["split", /^the record's split sums to 9000 bps, not 10000/]],
  },
  {
    name: "record.royaltyBps differs from the minted royalty",
    options: () => ({ record: (r) => ({ ...r, royaltyBps: 500 }), mintRequest: (request) => ({ ...request, royaltyBps: 1000 }) }),
    fails: [["split", /^the record's royalty is 500 bps, the chain's 1000 bps/]],
  },
  {
    name: "record.createdAt is after the mint",
    options: () => ({ record: (r) => ({ ...r, createdAt: new Date(Date.now() + 86_400_000).toISOString() }) }),
    fails: [["record", /^record\.createdAt .* is after the mint/]],
  },
  // Signatures.
  {
    name: "attestor signature garbled",
    options: () => ({ attestorSignature: garble }),
    fails: [["attestor-signature", /^the attestor signature is malformed/]],
  },
  {
    name: "attestor signature made over another record",
    options: () => ({ attestorSignsRecord: (r) => ({ ...r, generation: { ...r.generation, prompt: "something else" } }) }),
    fails: [["attestor-signature", /^the attestor signature does not sign this token's record digest: it recovers to 0x[0-9a-fA-F]{40}, not the named attestor/]],
  },
  {
    name: "record signed by an unauthorised key (wrong signer)",
    options: () => ({ attestor: Wallet.createRandom() }),
    fails: [["attestor-signature", /^0x[0-9a-fA-F]{40} signed the record but is not an authorised attestor of Artwork/]],
  },
  {
    name: "attestor signature names another attestor than the signer",
    options: () => ({ attestorNamed: world.p.bob.address }),
    fails: [["attestor-signature", /does not sign this token's record digest: it recovers to .*, not the named attestor 0x9965507D/]],
  },
  {
    name: "attestor revoked with setAttestor(false) after the mint",
    after: async () => {
      await (await (world.p.artwork as Contract).setAttestor(world.p.attestor.address, false)).wait();
    },
    fails: [["attestor-signature", /signed the record but is not an authorised attestor/]],
  },
  {
    name: "contributor signature made by another account",
    options: () => ({ contributorSigner: world.p.alice as never }),
    fails: [["contributor-signature", /^the contributor signature recovers to 0x15d34AAf.*, not the on-chain contributor 0x70997970/]],
  },
  {
    name: "contributor signature garbled",
    options: () => ({ contributorSignature: garble }),
    fails: [["contributor-signature", /^the contributor signature is malformed/]],
  },
  {
    name: "model card signature made by another key",
    options: async () => {
      const forged = await signModelCard(world.models.loom.manifest.card, Wallet.createRandom());
      return { trainerSignature: () => forged };
    },
    fails: [["model-card", /^the model card signature recovers to 0x[0-9a-fA-F]{40}, not the card's trainer 0x33fF/]],
  },
  {
    name: "model card signature garbled",
    options: () => ({ trainerSignature: garble }),
    fails: [["model-card", /^the model card signature recovers to no address, not the card's trainer/]],
  },
  // Storage: what a gateway serves after the mint.
  {
    name: "stale record: another work's record served under this record's CID",
    mint: async () => {
      const other = await makeWork(world, { image: otherImage });
      const work = await mainWork();
      world.store.set(work.recordCid, world.store.get(other.recordCid)!);
      return work;
    },
    fails: [["record", /^the record served for .* hashes to .*, not the on-chain recordHash .*: it was altered or belongs to another work/]],
  },
  {
    name: "served record: prompt edited",
    after: serveEditedRecord((r) => void (r.generation.prompt = "a different prompt")),
    fails: [["record", /^the record served for .* hashes to .*, not the on-chain recordHash/]],
  },
  {
    name: "served record: seed edited",
    after: serveEditedRecord((r) => void (r.generation.seed = "9")),
    fails: [["record", /not the on-chain recordHash/]],
  },
  {
    name: "served record: runtime edited",
    after: serveEditedRecord((r) => void (r.generation.runtime = { onnxruntime: "9.9.9", executionProvider: "cuda" })),
    fails: [["record", /not the on-chain recordHash/]],
  },
  {
    name: "served record: contributor statement edited",
    after: serveEditedRecord((r) => void (r.contributor.contribution = "I painted it by hand.")),
    fails: [["record", /not the on-chain recordHash/]],
  },
  {
    name: "served record: split edited",
    after: serveEditedRecord((r) => void (r.split[0]!.bps += 1)),
    fails: [["record", /not the on-chain recordHash/]],
  },
  {
    name: "served record: re-serialised non-canonically (same content, other bytes)",
    after: async (work) => void world.store.set(work.recordCid, new TextEncoder().encode(JSON.stringify(work.record, null, 2))),
    fails: [["record", /not the on-chain recordHash/]],
  },
  {
    name: "served metadata: name edited",
    after: async (work) => void world.store.set(work.metadataCid, new TextEncoder().encode(JSON.stringify({ ...work.metadata, name: "Forged title" }))),
    fails: [["metadata", /^the metadata served for .* hashes to .*, not the on-chain metadataDigest .*: it was altered/]],
  },
  {
    name: "metadata minted with another colophon.recordHash",
    options: () => ({ metadata: (m) => ({ ...m, colophon: { ...m.colophon, recordHash: `0x${"cd".repeat(32)}` } }) }),
    fails: [["metadata", /^metadata colophon\.recordHash 0xcdcdcdcd…cdcdcd is not the on-chain recordHash/]],
  },
  {
    name: "metadata minted with another image",
    options: () => ({ metadata: (m) => ({ ...m, image: `ipfs://${world.models.tide.cardCid}` }) }),
    fails: [["metadata", /^metadata image ipfs:\/\/.* is not the record's image/]],
  },
  {
    name: "metadata minted with lying attributes",
    options: () => ({ metadata: (m) => ({ ...m, attributes: m.attributes.map((a) => (a.trait_type === "Contributor" ? { ...a, value: world.p.bob.address } : a)) }) }),
    fails: [["metadata", /^metadata attributes differ from the ones the record implies/]],
  },
  {
    name: "metadata minted with another model card",
    options: () => ({ metadata: (m) => ({ ...m, colophon: { ...m.colophon, modelCard: `ipfs://${world.models.tide.cardCid}` } }) }),
    fails: [["metadata", /^metadata colophon\.modelCard .* is not the record's model card/]],
  },
  {
    name: "metadata minted naming another trainer as the card's signer",
    options: () => ({
      metadata: (m) => ({ ...m, colophon: { ...m.colophon, signatures: { ...m.colophon.signatures, trainer: { ...m.colophon.signatures.trainer, address: world.p.bob.address } } } }),
    }),
    fails: [["model-card", /^the metadata names 0x9965507D.* as the card's signer, not its trainer/]],
  },
  {
    name: "swapped image: another image served under the record's image CID (verified by token id)",
    by: "token",
    after: async (work) => void world.store.set(work.imageCid, otherImage.png),
    fails: [["image-hash", /^the image served at .* hashes to .*, not token #1's content hash/]],
  },
  {
    name: "swapped model: another model file served under the record's file CID (re-run)",
    reproduce: true,
    after: async () => void world.store.set(world.models.loom.fileCid, world.models.tide.bytes),
    fails: [["reproduce", /^the bytes served for the model file \(.*\) hash to sha256 0x9836dcf7.*, not the CID's 0x5e2b8dd4/]],
  },
  {
    name: "swapped card: another card served under the record's card CID",
    after: async () => void world.store.set(world.models.loom.cardCid, modelCardBytes(world.models.tide.manifest.card)),
    fails: [["model-card", /^the bytes served for the model card .* hash to sha256 .*, not the CID's/]],
  },
  {
    name: "a gateway returns wrong bytes for the record's CID",
    deps: (work) => ({
      content: createGatewayFetcher("http://gateway.test", {
        fetch: async (url) => {
          const cid = String(url).split("/ipfs/")[1]!;
          const bytes = cid === work.recordCid ? canonicalRecordBytes({ ...work.record, royaltyBps: 0 }) : world.store.get(cid);
          return bytes ? new Response(bytes as Uint8Array<ArrayBuffer>) : new Response("not found", { status: 404 });
        },
      }),
    }),
    fails: [["record", /^the content source served wrong bytes for the record .*: gateway http:\/\/gateway\.test returned bytes for .* that hash to sha256/]],
  },
  {
    name: "mint request names another trainer than the record",
    options: () => ({ mintRequest: (request) => ({ ...request, trainer: world.p.bob.address }) }),
    fails: [
      ["record", /^record\.model\.trainer 0x33fF.* is not the on-chain trainer 0x9965507D/],
      ["model-card", /^the model card's trainer .* is not the on-chain trainer/],
    ],
  },
  {
    name: "stale record under a valid token: the token's recordHash is another work's record",
    mint: async () => {
      const other = await makeWork(world, { image: otherImage });
      return mainWork({ mintRequest: (request) => ({ ...request, recordHash: other.recordHash }) });
    },
    fails: [
      ["record", /^record\.image\.sha256 .* is not the on-chain content hash/],
      ["metadata", /^metadata colophon\.recordHash .* is not the on-chain recordHash/],
      ["attestor-signature", /does not sign this token's record digest/],
      ["contributor-signature", /^the contributor signature recovers to/],
    ],
  },
];

/** The mint request's shares with the honest split's bps (the record may say otherwise). */
function honestShares(request: MintRequest): MintRequest {
  const byRole = new Map(defaultSplit(world, world.p.contributor.address).map((e) => [e.role, e.bps]));
  return { ...request, shares: request.shares.map((s) => ({ ...s, bps: byRole.get(roleName(s.role))! })) };
}

function roleName(id: string): string {
  return Buffer.from(id.slice(2), "hex").toString("utf8").replace(/\0+$/, "");
}

async function runScenario(scenario: Scenario): Promise<{ work: Work; report: VerificationReport }> {
  const work = scenario.mint ? await scenario.mint() : await mainWork(await scenario.options?.());
  await scenario.after?.(work);
  const deps = world.deps({ ...(scenario.reproduce ? { reproduce: reproducer as Reproducer } : {}), ...scenario.deps?.(work) });
  const input = scenario.by === "token" ? { tokenId: work.tokenId } : { imageBytes: work.image.png };
  return { work, report: await verifyWork(input, deps) };
}

describe("verifyWork on a real work (inference, signatures, Hardhat mint)", () => {
  it("default: passes every step from the image file, with the exact step list", async () => {
    const work = await mainWork();
    expect(work.tokenId).toBe(1n);
    const report = await verifyWork({ imageBytes: image.png }, world.deps());
    expect(report.verdict).toBe("pass");
    expect(report.summary).toBe("Token #1 verifies: every required check passed.");
    expect(report.steps.map((s) => [s.id, s.status, s.required])).toEqual([
      ["image-hash", "pass", true],
      ["token", "pass", true],
      ["record", "pass", true],
      ["metadata", "pass", true],
      ["attestor-signature", "pass", true],
      ["contributor-signature", "pass", true],
      ["model-card", "pass", true],
      ["parents", "pass", true],
      ["split", "pass", true],
      ["reproduce", "not-checkable", false],
    ]);
    expect(report.steps.find((s) => s.id === "reproduce")!.reason).toBe("not requested (--reproduce re-runs the model)");
    expect(report.tokenId).toBe("1");
    expect(report.contentHash).toBe(`0x${image.sha256}`);
    expect(report.work.record).toEqual(work.record);
    expect(report.work.metadata).toEqual(work.metadata);
    // The contract's own CidV1 gives the same CID as multiformats for the metadata.
    expect(await world.chain.tokenURI(1n)).toBe(`ipfs://${work.metadataCid}`);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("behavior: passes from the token id and from the content hash", async () => {
    await mainWork();
    for (const input of [{ tokenId: 1n }, { contentHash: `0x${image.sha256.toUpperCase()}` }]) {
      const report = await verifyWork(input, world.deps());
      expect(report.steps.filter((s) => s.status !== "pass").map((s) => s.id)).toEqual(["reproduce"]);
      expect(report.verdict).toBe("pass");
    }
  });

  it("behavior: --reproduce re-runs the model on CPU and gets the identical image", async () => {
    await mainWork();
    const report = await verifyWork({ imageBytes: image.png }, world.deps({ reproduce: reproducer }));
    expect(report.verdict).toBe("pass");
    const step = report.steps.find((s) => s.id === "reproduce")!;
    expect([step.status, step.required, step.reason]).toEqual(["pass", true, "re-running Loom 1.0.0 on cpu gives the identical image"]);
  });

  it("behavior: a re-run on another provider within tolerance passes as 'reproduced within tolerance'; the same difference on the recorded provider fails", async () => {
    await mainWork();
    const nudged = (provider: string): Reproducer => ({
      async reproduce(request) {
        const result = await reproducer.reproduce(request);
        const png = PNG.sync.read(Buffer.from(result.png));
        // The lowest bit of the red channel of the first row: 64 of 4,096 pixels differ by 1.
        for (let x = 0; x < 64; x += 1) png.data[x * 4] ^= 1;
        const bytes = new Uint8Array(PNG.sync.write(png, { colorType: 2 }));
        return { ...result, png: bytes, sha256: "0x" + "00".repeat(32), executionProvider: provider };
      },
    });
    const other = await verifyWork({ imageBytes: image.png }, world.deps({ reproduce: nudged("cuda") }));
    const otherStep = other.steps.find((s) => s.id === "reproduce")!;
    expect(other.verdict).toBe("pass");
    expect(otherStep.reason).toMatch(/^reproduced within tolerance: mean absolute pixel difference 0\.005\/255 \(recorded on cpu, re-run on cuda; tolerance 1\)$/);
    const same = await verifyWork({ imageBytes: image.png }, world.deps({ reproduce: nudged("cpu") }));
    expectFailures(same, [["reproduce", /^re-running the model gives a different image: .* mean absolute pixel difference 0\.005\/255, 1\.563% of pixels differ/]]);
  });

  it("behavior: walks a parent that verifies", async () => {
    const parent = await mainWork();
    const child = await makeWork(world, {
      image: otherImage,
      parents: [{ chainId: Number(world.p.chainId), contract: world.chain.artworkAddress, tokenId: "1", contentHash: parent.record.image.sha256 }],
    });
    const report = await verifyWork({ tokenId: child.tokenId }, world.deps());
    expect(report.verdict).toBe("pass");
    expect(report.steps.find((s) => s.id === "parents")!.reason).toBe("1 parent work verifies");
    expect(report.work.parents?.map((p) => [p.tokenId, p.verdict])).toEqual([["1", "pass"]]);
    const shallow = await verifyWork({ tokenId: child.tokenId }, world.deps({ maxParentDepth: 0 }));
    expect(shallow.steps.find((s) => s.id === "parents")!.reason).toBe("1 parent work exist with the named content hashes (depth limit reached)");
  });

  it("behavior: a parent on another chain makes the lineage not checkable, so the verdict is incomplete", async () => {
    const work = await mainWork({ parents: [{ chainId: 1, contract: world.chain.artworkAddress, tokenId: "7", contentHash: `0x${otherImage.sha256}` }] });
    const report = await verifyWork({ tokenId: work.tokenId }, world.deps());
    expect(report.verdict).toBe("incomplete");
    expect(report.steps.find((s) => s.id === "parents")!.reason).toMatch(/^parent #7: it lives on chain 1 at .*, not on this verifier's chain 31337/);
  });

  it("behavior: missing content makes steps not checkable (incomplete), never a pass", async () => {
    const work = await mainWork();
    world.store.delete(work.recordCid);
    const report = await verifyWork({ imageBytes: image.png }, world.deps());
    expect(report.verdict).toBe("incomplete");
    expect(report.steps.find((s) => s.id === "record")!.reason).toMatch(/^the record \(.*\) could not be fetched: Content .* is unavailable: not found/);
  });

  describe("tamper: each mutation is caught at the right step and nothing passes", () => {
    it("covers at least 30 distinct mutations", () => {
      expect(scenarios.length).toBeGreaterThanOrEqual(30);
      expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
      for (const scenario of scenarios) expect(scenario.fails.length, scenario.name).toBeGreaterThan(0);
    });

    for (const scenario of scenarios) {
      it(`error: ${scenario.name}`, async () => {
        const { report } = await runScenario(scenario);
        expectFailures(report, scenario.fails);
      });
    }
  });

  describe("altered copies", () => {
    const similarDeps = () => world.deps({ similar: createChainScanSimilarFinder(world.chain, world.content) });

    it("error: the same pixels re-encoded with another zlib level look like token #1 (distance 0), not a pass", async () => {
      await mainWork();
      await makeWork(world, { image: otherImage });
      const decoded = PNG.sync.read(Buffer.from(image.png));
      const reencoded = new Uint8Array(PNG.sync.write(decoded, { colorType: 2, deflateLevel: 9 }));
      expect(Buffer.from(reencoded).equals(Buffer.from(image.png))).toBe(false);
      const report = await verifyWork({ imageBytes: reencoded }, similarDeps());
      expect(report.verdict).toBe("altered-copy");
      expect(report.summary).toBe(
        "Looks like token #1 (distance 0): this copy was altered or re-encoded; it is not the minted image and does not verify.",
      );
      expect(report.similar[0]).toMatchObject({ tokenId: "1", distance: 0 });
      expect(report.steps.find((s) => s.id === "image-hash")!.status).toBe("fail");
    });

    it("error: a one-pixel edit looks like token #1 at a small distance", async () => {
      await mainWork();
      await makeWork(world, { image: otherImage });
      const decoded = PNG.sync.read(Buffer.from(image.png));
      decoded.data[4 * (32 * 64 + 32)] = 255 - decoded.data[4 * (32 * 64 + 32)]!;
      const edited = new Uint8Array(PNG.sync.write(decoded, { colorType: 2 }));
      const report = await verifyWork({ imageBytes: edited }, similarDeps());
      expect(report.verdict, report.summary).toBe("altered-copy");
      expect(report.summary).toMatch(/^Looks like token #1 \(distance [0-3]\): this copy was altered or re-encoded/);
    });

    it("error: an image that was never minted and looks like nothing minted is not found", async () => {
      await mainWork();
      const unrelated = await world.inference.generateImage({ modelId: "tide", prompt: "deep teal waves", seed: 99, width: 64, height: 64 });
      const report = await verifyWork({ imageBytes: unrelated.png }, similarDeps());
      expect(report.verdict).toBe("not-found");
      expect(report.summary).toMatch(/^No minted work has this image \(sha256 0x[0-9a-f]{64}\) or looks like it/);
    });
  });
});
